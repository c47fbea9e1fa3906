#pragma once

#include "api/ApiClient.h"
#include "api/RequestHistory.h"

#include <QSignalSpy>
#include <QTest>

// Sends one request through `client`, waits for its reply's finished() and for its history entry.
inline ApiResponse sendAndWait(ApiClient& client, const ApiRequest& request, int timeoutMs = 30000)
{
    ApiReply* reply = client.send(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(timeoutMs))
        return ApiResponse();
    reply->deleteLater();
    client.flushHistory(); // the entry is otherwise written from the event loop
    return reply->response();
}

// Every entry of a history file, read by a fresh RequestHistory as after a restart.
inline int historyEntriesOnDisk(const QString& path, int* skippedLines = nullptr)
{
    RequestHistory reread(path);
    if (!reread.load())
        return -1;
    if (skippedLines)
        *skippedLines = reread.skippedLines();
    for (int i = 0; i < reread.count(); ++i) {
        if (!reread.entry(i))
            return -1;
    }
    return reread.count();
}
