#include "widgets/FlowTimeline.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

FlowTimeline::FlowTimeline(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("flowTimeline"));
    m_view->setObjectName(QStringLiteral("flowTimelineView"));
    m_view->setAccessibleName(tr("Authorization steps"));
    m_view->setAccessibleDescription(tr("Each step of the attempt with its time and masked details"));
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("Time"), tr("Step"), tr("Detail")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void FlowTimeline::addStep(const FlowStep& step)
{
    auto* item = new QTreeWidgetItem(m_view);
    const QString time
        = QLocale().toString(step.timestamp.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    item->setText(TimeColumn, time);
    item->setText(StepColumn, step.isFailure ? tr("Failed: %1").arg(step.title) : step.title);
    item->setText(DetailColumn, step.detail);
    item->setToolTip(DetailColumn, step.detail);
    item->setData(StepColumn, Qt::UserRole, step.isFailure);
    const QStyle::StandardPixmap icon
        = step.isFailure ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogApplyButton;
    item->setIcon(StepColumn, style()->standardIcon(icon));
    item->setData(StepColumn, Qt::AccessibleTextRole,
        step.isFailure ? tr("Failed step: %1. %2").arg(step.title, step.detail)
                       : tr("Step: %1. %2").arg(step.title, step.detail));
    if (step.isFailure)
        item->setForeground(StepColumn, palette().brush(QPalette::Active, QPalette::LinkVisited));
    m_view->scrollToItem(item);
}

void FlowTimeline::clear()
{
    m_view->clear();
}

int FlowTimeline::stepCount() const
{
    return m_view->topLevelItemCount();
}

QString FlowTimeline::stepText(int row, Column column) const
{
    const QTreeWidgetItem* item = m_view->topLevelItem(row);
    return item ? item->text(column) : QString();
}

bool FlowTimeline::stepIsFailure(int row) const
{
    const QTreeWidgetItem* item = m_view->topLevelItem(row);
    return item && item->data(StepColumn, Qt::UserRole).toBool();
}
