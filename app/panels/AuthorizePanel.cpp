#include "panels/AuthorizePanel.h"

#include <QLabel>
#include <QVBoxLayout>

AuthorizePanel::AuthorizePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("authorizePanel"));
    setAccessibleName(tr("Authorize"));
    auto* summary = new QLabel(
        tr("Authorize a test account with any grant and follow every step in a timeline."), this);
    summary->setObjectName(QStringLiteral("placeholderSummary"));
    summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addStretch();
}
