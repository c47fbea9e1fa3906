#include "panels/TokensPanel.h"

#include <QLabel>
#include <QVBoxLayout>

TokensPanel::TokensPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tokensPanel"));
    setAccessibleName(tr("Tokens"));
    auto* summary = new QLabel(
        tr("The tokens you hold: type, scope, expiry countdown, decoded JWT parts, refresh and forget."),
        this);
    summary->setObjectName(QStringLiteral("placeholderSummary"));
    summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addStretch();
}
