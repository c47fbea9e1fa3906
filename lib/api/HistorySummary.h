#pragma once

#include <QDateTime>
#include <QString>

// One exchange of a request history as the index keeps it in memory (the full entry stays in the
// file, at `offset`).
struct HistorySummary
{
    QDateTime time;
    QString accountId;
    QString endpointId;
    QString method;
    QString url;
    int status = 0;
    qint64 elapsedMs = 0;
    qint64 responseBytes = 0;
    QString errorKind;
    QString errorCode;
    bool renewedAndRetried = false; // HistoryEntry::renewedAndRetried
    qint64 offset = 0; // of the line in the file
    int length = 0; // of the line, without the newline
};

// Which exchanges of a history to show.
struct HistoryQuery
{
    QString endpointId; // exact; empty: any
    int status = 0; // 0: any; 1..5: that class (2 = 2xx); otherwise exact
    QString accountId; // exact; empty: any
    QString text; // case-insensitive, in URL, headers and bodies; empty: any
};
