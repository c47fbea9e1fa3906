#include "panels/HistoryPanel.h"

#include <QLabel>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyPanel"));
    setAccessibleName(tr("History"));
    auto* summary = new QLabel(tr("Every request and response you sent, with secrets masked."), this);
    summary->setObjectName(QStringLiteral("placeholderSummary"));
    summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addStretch();
}
