// Measures JsonReader / JsonWriter / JsonTreeModel on generated Lofty-like bodies. Not a test:
// built as bench_json (no add_test), run by tests/bench/json_bench.sh, one mode per process so
// that the peak-memory figure (VmHWM) belongs to that mode alone.
//
//   bench_json <megabytes> parse|reformat-pretty|reformat-compact|write-pretty|model|qjsondocument

#include "BenchSupport.h"
#include "json/JsonReader.h"
#include "json/JsonTreeModel.h"
#include "json/JsonWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_json <megabytes> <mode>\n");
        return 2;
    }
    const qint64 megabytes = QByteArray(argv[1]).toLongLong();
    const QByteArray mode = argv[2];
    const QByteArray body = Bench::loftyLikeBody(megabytes * 1024 * 1024);
    const qint64 baselineKiB = Bench::statusKiB("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    qint64 outputBytes = 0;
    qint64 values = 0;
    if (mode == "parse") {
        JsonParseError error;
        const auto document = JsonReader().read(body, &error);
        values = document ? document->entryCount() : -1;
        outputBytes = document ? document->recordBytes() : 0;
    } else if (mode == "reformat-pretty" || mode == "reformat-compact") {
        outputBytes
            = JsonWriter::reformat(body, mode == "reformat-pretty" ? JsonWriter::Pretty : JsonWriter::Compact)
                  .size();
    } else if (mode == "write-pretty") {
        const JsonNode root = JsonReader::parse(body, nullptr);
        outputBytes = JsonWriter::write(root, JsonWriter::Pretty).size();
    } else if (mode == "model") {
        JsonTreeModel model;
        model.setDocument(JsonReader().read(body, nullptr));
        const QModelIndex leads = model.index(0, 0);
        values = model.rowCount(leads);
        outputBytes = model.index(0, 1, model.index(0, 0, leads)).data().toString().size();
    } else if (mode == "qjsondocument") {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        values = document.isObject() ? document.object().size() : -1;
    } else {
        std::fprintf(stderr, "unknown mode %s\n", mode.constData());
        return 2;
    }
    const qint64 elapsedMs = timer.elapsed();
    const qint64 peakKiB = Bench::statusKiB("VmHWM:");
    // | input MB | mode | ms | MB/s | peak RSS MiB | peak above input MiB | values | output bytes |
    std::printf("| %.1f | %s | %lld | %.0f | %.1f | %.1f | %lld | %lld |\n", body.size() / 1048576.0,
        mode.constData(), elapsedMs, elapsedMs > 0 ? body.size() / 1048576.0 / (elapsedMs / 1000.0) : 0.0,
        peakKiB / 1024.0, (peakKiB - baselineKiB) / 1024.0, values, outputBytes);
    return 0;
}
