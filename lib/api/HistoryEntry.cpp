#include "api/HistoryEntry.h"

#include "api/ApiResponse.h"
#include "util/SecretMasker.h"
#include "util/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int FormatVersion = 1;
const QByteArray SummaryStart = QByteArrayLiteral("{\"s\":");
const QByteArray DetailsKey = QByteArrayLiteral(",\"d\":");
// Where the summary ends and the details begin.
const QByteArray Boundary = QByteArrayLiteral("},\"d\":{");
// A secret that straddles the truncation point must still be redacted whole.
constexpr int RedactionOverlap = 8192;

QByteArray maskedHeaderValue(const QByteArray& name, const QByteArray& value)
{
    if (!SecretMasker::isCredentialHeader(name))
        return SecretMasker::global().redact(value);
    const QString text = QString::fromUtf8(value);
    const int space = text.indexOf(QLatin1Char(' '));
    const bool hasScheme = space > 0 && name.toLower().endsWith("authorization");
    const QString masked = hasScheme ? text.left(space + 1) + SecretMasker::mask(text.mid(space + 1))
                                     : SecretMasker::mask(text);
    return masked.toUtf8();
}

HeaderList maskedHeaders(const HeaderList& headers)
{
    HeaderList masked;
    masked.reserve(headers.size());
    for (const auto& header : headers)
        masked.append({header.first, maskedHeaderValue(header.first, header.second)});
    return masked;
}

// Cut at `limit` bytes without splitting a UTF-8 sequence.
QByteArray cutAt(const QByteArray& bytes, int limit)
{
    if (bytes.size() <= limit)
        return bytes;
    int end = limit;
    while (end > 0 && (uchar(bytes.at(end)) & 0xC0) == 0x80)
        --end;
    return bytes.left(end);
}

QJsonArray headersToJson(const HeaderList& headers)
{
    QJsonArray array;
    for (const auto& header : headers)
        array.append(QJsonArray {QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
    return array;
}

HeaderList headersFromJson(const QJsonArray& array)
{
    HeaderList headers;
    for (const QJsonValue& value : array) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2)
            headers.append({pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

void writeBody(QJsonObject& object, const QByteArray& body)
{
    if (body.isEmpty())
        return;
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body) // not UTF-8: keep the bytes exactly
        object.insert(QLatin1String("bodyBase64"), QString::fromLatin1(body.toBase64()));
    else
        object.insert(QLatin1String("body"), text);
}

QByteArray readBody(const QJsonObject& object)
{
    if (object.contains(QLatin1String("bodyBase64")))
        return QByteArray::fromBase64(object.value(QLatin1String("bodyBase64")).toString().toLatin1());
    return object.value(QLatin1String("body")).toString().toUtf8();
}

// SecretMasker works on text; bytes that are not UTF-8 go through it byte for byte (Latin-1),
// so that binary bodies survive while any ASCII secret inside them is still replaced.
QByteArray redactBytes(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        return SecretMasker::global().redact(text).toUtf8();
    return SecretMasker::global().redact(QString::fromLatin1(bytes)).toLatin1();
}

// Masked and cut at `limit` bytes; the text around the cut is masked before cutting so that a
// secret straddling it is still replaced whole.
QByteArray cappedBody(const QByteArray& body, int limit, bool* truncated)
{
    *truncated = body.size() > limit;
    if (!*truncated)
        return redactBytes(body);
    return cutAt(redactBytes(body.left(limit + RedactionOverlap)), limit);
}

} // namespace

HistoryEntry HistoryEntry::fromResponse(const ApiResponse& response, int maxBodyBytes)
{
    SecretMasker& masker = SecretMasker::global();
    masker.rememberSecretFieldsIn(response.request.url.toString(QUrl::FullyEncoded).toUtf8());
    masker.rememberSecretFieldsIn(response.request.body);
    masker.rememberSecretFieldsIn(response.body);
    HistoryEntry entry;
    entry.time = response.startedAt.isValid() ? response.startedAt : QDateTime::currentDateTimeUtc();
    entry.accountId = response.accountId;
    entry.endpointId = response.request.endpointId;
    entry.method = response.request.method;
    entry.url = masker.redact(response.request.url.toString(QUrl::FullyEncoded));
    entry.requestHeaders = maskedHeaders(response.request.headers);
    entry.requestBody = cappedBody(response.request.body, maxBodyBytes, &entry.requestTruncated);
    entry.status = response.httpStatus;
    entry.responseHeaders = maskedHeaders(response.headers);
    entry.responseBytes = response.body.size();
    entry.responseBody = cappedBody(response.body, maxBodyBytes, &entry.responseTruncated);
    entry.elapsedMs = response.elapsedMs;
    entry.errorKind = LoftyError::kindName(response.error.kind());
    entry.errorCode = response.error.code();
    entry.errorTitle = response.error.title();
    entry.renewedAndRetried = response.renewedAndRetried;
    return entry;
}

QByteArray HistoryEntry::toJsonLine() const
{
    QJsonObject summary {
        {QLatin1String("v"), FormatVersion},
        {QLatin1String("t"), time.toMSecsSinceEpoch()},
        {QLatin1String("account"), accountId},
        {QLatin1String("endpoint"), endpointId},
        {QLatin1String("method"), method},
        {QLatin1String("url"), url},
        {QLatin1String("status"), status},
        {QLatin1String("elapsedMs"), elapsedMs},
        {QLatin1String("bytes"), responseBytes},
        {QLatin1String("errorKind"), errorKind},
        {QLatin1String("errorCode"), errorCode},
        {QLatin1String("errorTitle"), errorTitle},
    };
    if (renewedAndRetried) // only then: earlier lines stay as they were
        summary.insert(QLatin1String("renewedAndRetried"), true);
    QJsonObject request {{QLatin1String("headers"), headersToJson(requestHeaders)}};
    if (requestTruncated)
        request.insert(QLatin1String("truncated"), true);
    writeBody(request, requestBody);
    QJsonObject reply {{QLatin1String("headers"), headersToJson(responseHeaders)},
        {QLatin1String("truncated"), responseTruncated}};
    writeBody(reply, responseBody);
    const QJsonObject details {{QLatin1String("request"), request}, {QLatin1String("response"), reply}};
    return SummaryStart + QJsonDocument(summary).toJson(QJsonDocument::Compact) + DetailsKey
        + QJsonDocument(details).toJson(QJsonDocument::Compact) + '}';
}

HistoryEntry HistoryEntry::fromJsonLine(const QByteArray& line, bool* ok, Part part)
{
    HistoryEntry entry;
    *ok = false;
    // `},"d":` cannot occur inside the summary: a quote inside a JSON string is escaped.
    const qsizetype boundary = line.indexOf(Boundary);
    if (!line.startsWith(SummaryStart) || boundary < 0 || !line.endsWith("}}"))
        return entry;
    const qsizetype summaryLength = boundary + 1 - SummaryStart.size();
    const QJsonDocument summaryDocument
        = QJsonDocument::fromJson(line.mid(SummaryStart.size(), summaryLength));
    const QJsonObject summary = summaryDocument.object();
    if (!summaryDocument.isObject() || summary.value(QLatin1String("v")).toInt() != FormatVersion)
        return entry;
    entry.time = UtcTime::fromMSecsSinceEpoch(summary.value(QLatin1String("t")).toInteger());
    entry.accountId = summary.value(QLatin1String("account")).toString();
    entry.endpointId = summary.value(QLatin1String("endpoint")).toString();
    entry.method = summary.value(QLatin1String("method")).toString();
    entry.url = summary.value(QLatin1String("url")).toString();
    entry.status = summary.value(QLatin1String("status")).toInt();
    entry.elapsedMs = summary.value(QLatin1String("elapsedMs")).toInteger();
    entry.responseBytes = summary.value(QLatin1String("bytes")).toInteger();
    entry.errorKind = summary.value(QLatin1String("errorKind")).toString();
    entry.errorCode = summary.value(QLatin1String("errorCode")).toString();
    entry.errorTitle = summary.value(QLatin1String("errorTitle")).toString();
    entry.renewedAndRetried = summary.value(QLatin1String("renewedAndRetried")).toBool();
    if (part == Part::Summary) {
        *ok = true;
        return entry;
    }
    const qsizetype detailsStart = boundary + Boundary.size() - 1;
    const QJsonDocument detailsDocument
        = QJsonDocument::fromJson(line.mid(detailsStart, line.size() - 1 - detailsStart));
    if (!detailsDocument.isObject())
        return entry;
    const QJsonObject request = detailsDocument.object().value(QLatin1String("request")).toObject();
    entry.requestHeaders = headersFromJson(request.value(QLatin1String("headers")).toArray());
    entry.requestBody = readBody(request);
    entry.requestTruncated = request.value(QLatin1String("truncated")).toBool();
    const QJsonObject reply = detailsDocument.object().value(QLatin1String("response")).toObject();
    entry.responseHeaders = headersFromJson(reply.value(QLatin1String("headers")).toArray());
    entry.responseBody = readBody(reply);
    entry.responseTruncated = reply.value(QLatin1String("truncated")).toBool();
    *ok = true;
    return entry;
}

ApiRequest HistoryEntry::toRequest() const
{
    ApiRequest request = ApiRequest::fromUrl(method, QUrl(url, QUrl::TolerantMode));
    request.endpointId = endpointId;
    request.headers = requestHeaders;
    request.removeHeader("Authorization");
    request.body = requestBody;
    return request;
}
