#include "CurlImportDialog.h"

#include "collections/CurlImport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CurlImportDialog::CurlImportDialog(const QUrl& apiBaseUrl, QWidget* parent)
    : QDialog(parent)
    , m_apiBaseUrl(apiBaseUrl)
{
    setObjectName(QStringLiteral("curlImportDialog"));
    setWindowTitle(tr("Import a curl command"));
    m_command = new QPlainTextEdit(this);
    m_command->setObjectName(QStringLiteral("curlCommandEdit"));
    m_command->setAccessibleName(tr("curl command"));
    m_command->setPlaceholderText(
        tr("curl -X POST 'https://api.lofty.com/v1.0/leads' -H 'Content-Type: application/json' -d '{…}'"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("curlNameEdit"));
    m_name->setAccessibleName(tr("Request name"));
    m_name->setPlaceholderText(tr("Method and path when left empty"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("curlErrorLabel"));
    m_error->setWordWrap(true);
    auto* note = new QLabel(
        tr("The command's Authorization header is not kept: the selected account's credentials are sent."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("curlImportButtons"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_command, 1);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CurlImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CurlImportDialog::reject);
    resize(640, 360);
}

void CurlImportDialog::accept()
{
    const CurlImport::Result result = CurlImport::parse(m_command->toPlainText(), m_apiBaseUrl);
    if (!result.error.isEmpty()) {
        m_error->setText(result.error);
        return;
    }
    m_request = result.request;
    m_credentialsReplaced = result.credentialsReplaced;
    const QString name = m_name->text().trimmed();
    m_request.name = name.isEmpty() ? QStringLiteral("%1 %2").arg(m_request.method, m_request.url) : name;
    QDialog::accept();
}
