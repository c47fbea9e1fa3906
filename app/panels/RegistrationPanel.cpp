#include "panels/RegistrationPanel.h"

#include <QLabel>
#include <QVBoxLayout>

RegistrationPanel::RegistrationPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("registrationPanel"));
    setAccessibleName(tr("Registration"));
    auto* summary = new QLabel(
        tr("Your app's registration: name, client id, redirect URI, mode, granted APIs and rate limit."),
        this);
    summary->setObjectName(QStringLiteral("placeholderSummary"));
    summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addStretch();
}
