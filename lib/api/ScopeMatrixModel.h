#pragma once

#include "api/ScopeProbe.h"

#include <QAbstractTableModel>
#include <QPointer>

// The ScopeProbe's matrix as a table for the Scopes panel and the CLI: one row per API.
class ScopeMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ApiColumn, GroupColumn, GrantedColumn, SeenColumn, ProbedColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 }; // bool granted / int seen / ProbeResult, raw

    explicit ScopeMatrixModel(ScopeProbe* probe, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString probeText(ScopeProbe::ProbeResult result);

private:
    QVariant displayText(const ScopeProbe::ApiStatus& status, int column) const;
    QVariant rawValue(const ScopeProbe::ApiStatus& status, int column) const;

    QPointer<ScopeProbe> m_probe;
};
