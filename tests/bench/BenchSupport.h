#pragma once

// Small helpers shared by the benchmark drivers (header-only, so that every driver, including
// bench_json whose target lives in tests/json, can include it without CMake changes).

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace Bench {

// A field of /proc/self/status in KiB (VmRSS:, VmHWM:), or -1.
inline qint64 statusKiB(const char* field)
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

inline double rssMiB()
{
    return statusKiB("VmRSS:") / 1024.0;
}

// The median of `values` (0 when empty).
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// The q-quantile (0..1) of `values`, nearest rank.
inline double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::min(values.size() - 1, qsizetype(q * double(values.size())));
    return values[rank];
}

// One machine-readable result line: "RESULT <key> <value>", parsed by run-all.sh.
inline void result(const char* key, double value)
{
    std::printf("RESULT %s %.3f\n", key, value);
    std::fflush(stdout);
}

// One lead of a Lofty-like list body: 64-bit ids beyond 2^53, extreme integers, exponents,
// unicode escapes and surrogate pairs, ~1.8 KB once the list is pretty-printed.
inline QByteArray loftyLikeLead(qint64 i)
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

// A `{"leads":[...],"_metadata":{...}}` body of at least `bytes` bytes.
inline QByteArray loftyLikeBody(qint64 bytes)
{
    QByteArray body;
    body.reserve(bytes + 4096);
    body += "{\"leads\":[";
    for (qint64 i = 0; body.size() < bytes; ++i) {
        if (i > 0)
            body += ',';
        body += loftyLikeLead(i);
    }
    body += "],\"_metadata\":{\"collection\":\"leads\",\"total\":0,\"scrollId\":\"c2Nyb2xs\"}}";
    return body;
}

} // namespace Bench
