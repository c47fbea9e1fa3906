#pragma once

#include "api/ApiRequest.h"
#include "api/HistoryEntry.h"
#include "api/HistorySummary.h"

#include <QObject>
#include <QPointer>

#include <optional>

class RequestHistory;
class RequestService;

// The active profile's request history as panels see it: what they list, search, show and send
// again. One object for the session's lifetime; when another profile becomes active it follows
// that profile's history and says reset(). Writing stays with RequestService.
class SessionHistory : public QObject
{
    Q_OBJECT

public:
    explicit SessionHistory(RequestService* requests, QObject* parent = nullptr);

    bool hasProfile() const { return !m_history.isNull(); }
    QString filePath() const; // empty without a profile
    QString folder() const; // where the history file is; empty without a profile
    bool isLoading() const;
    int count() const;
    QList<HistorySummary> summaries() const; // oldest first
    std::optional<HistoryEntry> entry(int index) const;
    ApiRequest resendRequest(int index) const; // invalid URL when the entry cannot be read
    // Indexes (oldest first) of `summaries` matching `query`, reading `filePath` for text; safe on
    // a worker thread over copies taken from this object.
    static QList<int> search(
        const QList<HistorySummary>& summaries, const QString& filePath, const HistoryQuery& query);

signals:
    void entryAppended(int index);
    void reset(); // another profile, or loaded, cleared or compacted: indexes changed
    void loadingChanged(bool loading);

private:
    void follow();

    RequestService* m_requests;
    QPointer<RequestHistory> m_history;
};
