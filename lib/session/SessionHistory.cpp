#include "session/SessionHistory.h"

#include "api/RequestHistory.h"
#include "session/RequestService.h"

#include <QFileInfo>

SessionHistory::SessionHistory(RequestService* requests, QObject* parent)
    : QObject(parent)
    , m_requests(requests)
{
    connect(requests, &RequestService::profileChanged, this, &SessionHistory::follow);
    follow();
}

void SessionHistory::follow()
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = m_requests->history();
    if (m_history) {
        connect(m_history, &RequestHistory::entryAppended, this, &SessionHistory::entryAppended);
        connect(m_history, &RequestHistory::reset, this, &SessionHistory::reset);
        connect(m_history, &RequestHistory::loadingChanged, this, &SessionHistory::loadingChanged);
    }
    emit reset();
}

QString SessionHistory::filePath() const
{
    return m_history ? m_history->filePath() : QString();
}

QString SessionHistory::folder() const
{
    return m_history ? QFileInfo(m_history->filePath()).absolutePath() : QString();
}

bool SessionHistory::isLoading() const
{
    return m_history && m_history->isLoading();
}

int SessionHistory::count() const
{
    return m_history ? m_history->count() : 0;
}

QList<HistorySummary> SessionHistory::summaries() const
{
    return m_history ? m_history->summaries() : QList<HistorySummary>();
}

std::optional<HistoryEntry> SessionHistory::entry(int index) const
{
    if (!m_history)
        return std::nullopt;
    return m_history->entry(index);
}

ApiRequest SessionHistory::resendRequest(int index) const
{
    return m_history ? m_history->resendRequest(index) : ApiRequest();
}

QList<int> SessionHistory::search(
    const QList<HistorySummary>& summaries, const QString& filePath, const HistoryQuery& query)
{
    return RequestHistory::search(summaries, filePath, query);
}
