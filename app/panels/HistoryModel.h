#pragma once

#include "api/RequestHistory.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPointer>

// The summaries of a RequestHistory that match a query, newest first, as a table. Searching (which
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

    void setHistory(RequestHistory* history);
    RequestHistory* history() const { return m_history; }
    void setQuery(const RequestHistory::Query& query);
    const RequestHistory::Query& query() const { return m_query; }
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
    QString statusText(const RequestHistory::Summary& summary) const;

    QPointer<RequestHistory> m_history;
    RequestHistory::Query m_query;
    QHash<QString, QString> m_accountNames;
    QList<int> m_rows; // indexes into m_summaries, newest first
    QList<RequestHistory::Summary> m_summaries; // the copy m_rows was found in
    QList<RequestHistory::Summary> m_searching; // the copy the running search reads
    QFutureWatcher<QList<int>>* m_watcher = nullptr;
    bool m_searchAgain = false;
    bool m_busy = false;
};
