#include "panels/HistoryModel.h"

#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_watcher(new QFutureWatcher<QList<int>>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &HistoryModel::adoptSearch);
}

void HistoryModel::setHistory(SessionHistory* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history) {
        connect(history, &SessionHistory::entryAppended, this, &HistoryModel::reload);
        connect(history, &SessionHistory::reset, this, &HistoryModel::reload);
        connect(history, &SessionHistory::loadingChanged, this, &HistoryModel::reload);
    }
    reload();
}

void HistoryModel::setQuery(const HistoryQuery& query)
{
    m_query = query;
    reload();
}

void HistoryModel::setAccountNames(const QHash<QString, QString>& names)
{
    m_accountNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

void HistoryModel::reload()
{
    if (m_watcher->isRunning()) {
        m_searchAgain = true;
        return;
    }
    startSearch();
}

void HistoryModel::startSearch()
{
    if (m_history && m_history->isLoading()) {
        // Busy until the index is in; its reset() searches then.
        if (!m_busy) {
            m_busy = true;
            emit busyChanged(true);
        }
        return;
    }
    m_searchAgain = false;
    // Copies: the worker must not read what the GUI thread appends to.
    m_searching = m_history ? m_history->summaries() : QList<HistorySummary>();
    const QString filePath = m_history ? m_history->filePath() : QString();
    m_watcher->setFuture(QtConcurrent::run([summaries = m_searching, filePath, query = m_query] {
        return SessionHistory::search(summaries, filePath, query);
    }));
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
}

void HistoryModel::adoptSearch()
{
    if (m_searchAgain) {
        startSearch();
        return;
    }
    beginResetModel();
    m_rows = m_watcher->result();
    std::reverse(m_rows.begin(), m_rows.end());
    m_summaries = m_searching;
    endResetModel();
    m_busy = false;
    emit busyChanged(false);
}

int HistoryModel::historyIndex(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// History files keep LoftyError::kindName's stable ids; the table shows them in words.
QString HistoryModel::outcomeText(const QString& kind)
{
    static const QHash<QString, const char*> words {{QStringLiteral("none"), QT_TR_NOOP("OK")},
        {QStringLiteral("network"), QT_TR_NOOP("Network error")},
        {QStringLiteral("timeout"), QT_TR_NOOP("Timed out")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("redirect-refused"), QT_TR_NOOP("Redirect refused")},
        {QStringLiteral("no-credentials"), QT_TR_NOOP("No credentials")},
        {QStringLiteral("invalid-request"), QT_TR_NOOP("Invalid request")},
        {QStringLiteral("bad-request"), QT_TR_NOOP("Bad request")},
        {QStringLiteral("unauthorized"), QT_TR_NOOP("Unauthorized")},
        {QStringLiteral("api-not-granted"), QT_TR_NOOP("API not granted")},
        {QStringLiteral("permission-denied"), QT_TR_NOOP("Permission denied")},
        {QStringLiteral("no-access-website"), QT_TR_NOOP("No access to the website")},
        {QStringLiteral("team-leads-permission"), QT_TR_NOOP("Team leads permission needed")},
        {QStringLiteral("forbidden"), QT_TR_NOOP("Forbidden")},
        {QStringLiteral("not-found"), QT_TR_NOOP("Not found")},
        {QStringLiteral("rate-limited"), QT_TR_NOOP("Rate limited")},
        {QStringLiteral("server-error"), QT_TR_NOOP("Server error")},
        {QStringLiteral("business-error"), QT_TR_NOOP("Business error")},
        {QStringLiteral("http-error"), QT_TR_NOOP("HTTP error")}};
    const char* text = words.value(kind);
    return text ? tr(text) : kind;
}

QString HistoryModel::statusText(const HistorySummary& summary) const
{
    if (summary.status == 0)
        return tr("No answer");
    if (!summary.errorCode.isEmpty())
        return tr("%1 (code %2)").arg(summary.status).arg(summary.errorCode);
    return QString::number(summary.status);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    const int historyRow = historyIndex(index.row());
    if (historyRow < 0 || historyRow >= m_summaries.size())
        return {};
    const HistorySummary& summary = m_summaries.at(historyRow);
    if (role == Qt::UserRole)
        return historyRow;
    if (role == Qt::ToolTipRole)
        return summary.url;
    if (role == Qt::TextAlignmentRole && (index.column() == DurationColumn || index.column() == SizeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(summary.time.toLocalTime(), QLocale::ShortFormat);
    case AccountColumn:
        return m_accountNames.value(summary.accountId, summary.accountId);
    case MethodColumn:
        return summary.method;
    case EndpointColumn:
        return QUrl(summary.url).path();
    case StatusColumn:
        return statusText(summary);
    case DurationColumn:
        return tr("%1 ms").arg(summary.elapsedMs);
    case SizeColumn:
        return locale.formattedDataSize(summary.responseBytes); // the body, as in Requests
    case ErrorColumn:
        return summary.renewedAndRetried
            ? tr("%1 (token renewed, sent again)").arg(outcomeText(summary.errorKind))
            : outcomeText(summary.errorKind);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case MethodColumn:
        return tr("Method");
    case EndpointColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Body size");
    case ErrorColumn:
        return tr("Outcome");
    default:
        return {};
    }
}
