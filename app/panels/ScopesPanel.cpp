#include "panels/ScopesPanel.h"

#include <QLabel>
#include <QVBoxLayout>

ScopesPanel::ScopesPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scopesPanel"));
    setAccessibleName(tr("Scopes"));
    auto* summary
        = new QLabel(tr("Which APIs your app may call: granted, seen in history and probed."), this);
    summary->setObjectName(QStringLiteral("placeholderSummary"));
    summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addStretch();
}
