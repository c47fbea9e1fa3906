#pragma once

#include "session/SessionHistory.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPointer>

// The summaries of a SessionHistory that match a query, newest first, as a table. Searching (which
// reads the file for a text query) runs on a worker thread over a copy of the summaries; the rows
// change when it is done, and a reload asked for meanwhile starts one more search afterwards.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AccountColumn,
        MethodColumn,
        EndpointColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setHistory(SessionHistory* history);
    SessionHistory* history() const { return m_history; }
    void setQuery(const HistoryQuery& query);
    const HistoryQuery& query() const { return m_query; }
    void setAccountNames(const QHash<QString, QString>& names); // id -> display name

    int historyIndex(int row) const; // -1 when out of range
    bool isBusy() const { return m_busy; } // from a search's start until its rows are shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

signals:
    void busyChanged(bool busy);

private:
    void startSearch();
    void adoptSearch();

    static QString outcomeText(const QString& kind);
    QString statusText(const HistorySummary& summary) const;

    QPointer<SessionHistory> m_history;
    HistoryQuery m_query;
    QHash<QString, QString> m_accountNames;
    QList<int> m_rows; // indexes into m_summaries, newest first
    QList<HistorySummary> m_summaries; // the copy m_rows was found in
    QList<HistorySummary> m_searching; // the copy the running search reads
    QFutureWatcher<QList<int>>* m_watcher = nullptr;
    bool m_searchAgain = false;
    bool m_busy = false;
};
