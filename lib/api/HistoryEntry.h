#pragma once

#include "api/ApiRequest.h"

#include <QDateTime>

struct ApiResponse;

// One exchange as the history keeps it: secrets masked, the response body cut at a size limit.
// Stored as one JSON object per line (toJsonLine / fromJsonLine).
struct HistoryEntry
{
    QDateTime time; // UTC, when the request was sent
    QString accountId;
    QString endpointId; // catalog id; empty for a free URL
    QString method;
    QString url; // masked
    HeaderList requestHeaders; // masked; Authorization always
    QByteArray requestBody; // masked, at most the limit
    bool requestTruncated = false;
    int status = 0; // 0: no answer
    HeaderList responseHeaders; // masked
    QByteArray responseBody; // masked, at most the limit
    bool responseTruncated = false;
    qint64 responseBytes = 0; // as received, before truncation
    qint64 elapsedMs = 0;
    QString errorKind; // LoftyError::kindName, "none" for success
    QString errorCode; // Lofty's `code` ("200100"), when there was one
    QString errorTitle;
    bool renewedAndRetried = false; // a refused (401) attempt; the renewed token's retry follows

    // Masks every secret (by name and by known value, plus the Authorization header whatever it
    // holds) and cuts the request and response bodies at `maxBodyBytes`.
    static HistoryEntry fromResponse(const ApiResponse& response, int maxBodyBytes);

    // One line, no trailing newline: {"s":{summary fields},"d":{headers and bodies}}. The summary
    // comes first so that loading a long history parses only the small part.
    QByteArray toJsonLine() const;
    enum class Part { Summary, Everything };
    static HistoryEntry fromJsonLine(const QByteArray& line, bool* ok, Part part = Part::Everything);

    // A request to send again. The masked Authorization header is dropped: the client adds the
    // account's current credentials.
    ApiRequest toRequest() const;
    bool isSuccess() const { return errorKind == QLatin1String("none"); }
};
