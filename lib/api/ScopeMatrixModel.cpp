#include "api/ScopeMatrixModel.h"

ScopeMatrixModel::ScopeMatrixModel(ScopeProbe* probe, QObject* parent)
    : QAbstractTableModel(parent)
    , m_probe(probe)
{
    // The set of APIs is fixed by the catalog; only the cells change.
    connect(probe, &ScopeProbe::statusesChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int ScopeMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_probe ? 0 : int(m_probe->statuses().size());
}

int ScopeMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScopeMatrixModel::probeText(ScopeProbe::ProbeResult result)
{
    switch (result) {
    case ScopeProbe::ProbeResult::NotProbed:
        return tr("not probed");
    case ScopeProbe::ProbeResult::Allowed:
        return tr("allowed");
    case ScopeProbe::ProbeResult::Refused:
        return tr("refused (200100)");
    case ScopeProbe::ProbeResult::Failed:
        return tr("failed");
    case ScopeProbe::ProbeResult::NoSafeEndpoint:
        return tr("no safe GET");
    }
    return QString();
}

QVariant ScopeMatrixModel::displayText(const ScopeProbe::ApiStatus& status, int column) const
{
    switch (column) {
    case ApiColumn:
        return status.api;
    case GroupColumn:
        return status.group;
    case GrantedColumn:
        return status.granted ? tr("granted") : tr("not granted");
    case SeenColumn:
        if (status.seenAllowed + status.seenRefused == 0)
            return tr("never called");
        return tr("%1 allowed, %2 refused").arg(status.seenAllowed).arg(status.seenRefused);
    case ProbedColumn:
        return status.probeDetail.isEmpty() ? probeText(status.probe)
                                            : tr("%1 (%2)").arg(probeText(status.probe), status.probeDetail);
    }
    return QVariant();
}

QVariant ScopeMatrixModel::rawValue(const ScopeProbe::ApiStatus& status, int column) const
{
    switch (column) {
    case GrantedColumn:
        return status.granted;
    case SeenColumn:
        return status.seenAllowed + status.seenRefused;
    case ProbedColumn:
        return QVariant::fromValue(status.probe);
    default:
        return displayText(status, column);
    }
}

QVariant ScopeMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!m_probe || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ScopeProbe::ApiStatus& status = m_probe->statuses().at(index.row());
    if (role == Qt::DisplayRole)
        return displayText(status, index.column());
    if (role == StatusRole)
        return rawValue(status, index.column());
    return QVariant();
}

QVariant ScopeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ApiColumn:
        return tr("API");
    case GroupColumn:
        return tr("Group");
    case GrantedColumn:
        return tr("Registration");
    case SeenColumn:
        return tr("Seen in history");
    case ProbedColumn:
        return tr("Probe");
    }
    return QVariant();
}
