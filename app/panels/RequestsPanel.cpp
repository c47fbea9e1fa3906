#include "panels/RequestsPanel.h"

#include <QLabel>
#include <QVBoxLayout>

RequestsPanel::RequestsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestsPanel"));
    setAccessibleName(tr("Requests"));
    auto* summary = new QLabel(
        tr("Pick an endpoint from the catalog, fill in its parameters, send it and read the response."),
        this);
    summary->setObjectName(QStringLiteral("placeholderSummary"));
    summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addStretch();
}
