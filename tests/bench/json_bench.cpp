// Measures JsonReader / JsonWriter / JsonTreeModel on generated Lofty-like bodies. Not a test:
// built as bench_json (no add_test), run by tests/bench/json_bench.sh, one mode per process so
// that the peak-memory figure (VmHWM) belongs to that mode alone.
//
//   bench_json <megabytes> parse|reformat-pretty|reformat-compact|write-pretty|model|qjsondocument

#include "json/JsonReader.h"
#include "json/JsonTreeModel.h"
#include "json/JsonWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray lead(qint64 i)
{
    const QByteArray n = QByteArray::number(i);
    return "{\"leadId\":" + QByteArray::number(Q_INT64_C(9007199254740993) + i) + ",\"firstName\":\"Jamie "
        + n + "\",\"lastName\":\"Rivera\",\"emails\":[\"jamie" + n
        + "@example.com\"],\"phones\":[\"+1 415 555 "
          "0134\"],\"stage\":\"New\",\"source\":\"Zillow\",\"score\":0.1,"
          "\"tags\":[\"buyer\",\"hot\"],\"assignedUserId\":18446744073709551615,\"teamId\":-"
          "9223372036854775808,"
          "\"hiddenFlag\":false,\"lenderUserId\":null,\"note\":\"caf\\u00e9 \\ud83d\\ude00\","
          "\"leadInquiry\":{\"priceMin\":500000,\"priceMax\":1e6,\"locations\":[\"San Francisco, CA\"]},"
          "\"createTime\":1780333200000}";
}

QByteArray generate(qint64 bytes)
{
    QByteArray body;
    body.reserve(bytes + 4096);
    body += "{\"leads\":[";
    for (qint64 i = 0; body.size() < bytes; ++i) {
        if (i > 0)
            body += ',';
        body += lead(i);
    }
    body += "],\"_metadata\":{\"collection\":\"leads\",\"total\":0,\"scrollId\":\"c2Nyb2xs\"}}";
    return body;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_json <megabytes> <mode>\n");
        return 2;
    }
    const qint64 megabytes = QByteArray(argv[1]).toLongLong();
    const QByteArray mode = argv[2];
    const QByteArray body = generate(megabytes * 1024 * 1024);
    const qint64 baselineKiB = statusKiB("VmRSS:");

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
    const qint64 peakKiB = statusKiB("VmHWM:");
    // | input MB | mode | ms | MB/s | peak RSS MiB | peak above input MiB | values | output bytes |
    std::printf("| %.1f | %s | %lld | %.0f | %.1f | %.1f | %lld | %lld |\n", body.size() / 1048576.0,
        mode.constData(), elapsedMs, elapsedMs > 0 ? body.size() / 1048576.0 / (elapsedMs / 1000.0) : 0.0,
        peakKiB / 1024.0, (peakKiB - baselineKiB) / 1024.0, values, outputBytes);
    return 0;
}
