#include "CatalogUpdateDialog.h"

#include "catalog/OpenApiImporter.h"
#include "catalog/ProfileCatalog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct ParsedDocument
{
    CatalogUpdate update;
    QString error;
};

QString operationLabel(const CatalogEndpoint& endpoint)
{
    return endpoint.method + QLatin1Char(' ') + endpoint.pathTemplate;
}

} // namespace

CatalogUpdateDialog::CatalogUpdateDialog(ProfileCatalog* catalog, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("catalogUpdateDialog"));
    setWindowTitle(tr("Update API Catalog"));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Reads an OpenAPI document and keeps it as the profile's catalog"));
    createWidgets();
    if (m_catalog)
        connect(m_catalog, &ProfileCatalog::catalogChanged, this, &CatalogUpdateDialog::updateButtons);
    updateButtons();
    resize(720, 520);
}

CatalogUpdateDialog::~CatalogUpdateDialog()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void CatalogUpdateDialog::createWidgets()
{
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("catalogCurrentLabel"));
    m_current->setWordWrap(true);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("catalogSourceEdit"));
    m_source->setPlaceholderText(tr("An OpenAPI 3.0/3.1 JSON file, or an http(s) URL"));
    m_source->setAccessibleName(tr("OpenAPI document"));
    m_source->setAccessibleDescription(
        tr("For Lofty: https://developer.lofty.com/openapi/openapi.json; any API's document works"));
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("catalogBrowseButton"));
    m_readButton = new QPushButton(tr("&Read"), this);
    m_readButton->setObjectName(QStringLiteral("catalogReadButton"));
    m_readButton->setAccessibleDescription(tr("Reads the document and shows what it would change"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("catalogCancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("catalogProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("catalogStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_diff = new QTreeWidget(this);
    m_diff->setObjectName(QStringLiteral("catalogDiffTree"));
    m_diff->setAccessibleName(tr("What the document changes"));
    m_diff->setRootIsDecorated(false);
    m_diff->setHeaderLabels({tr("Change"), tr("Operation"), tr("Summary")});
    m_diff->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("catalogApplyButton"));
    m_applyButton->setAccessibleDescription(tr("Keeps the document's catalog for this profile"));
    m_resetButton = m_buttons->addButton(tr("Reset to &Built-in"), QDialogButtonBox::ResetRole);
    m_resetButton->setObjectName(QStringLiteral("catalogResetButton"));
    m_resetButton->setAccessibleDescription(tr("Forgets the imported catalog; the console's own is used"));

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_browseButton);
    sourceRow->addWidget(m_readButton);
    sourceRow->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addLayout(sourceRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &CatalogUpdateDialog::browse);
    connect(m_readButton, &QPushButton::clicked, this, &CatalogUpdateDialog::read);
    connect(m_source, &QLineEdit::returnPressed, this, &CatalogUpdateDialog::read);
    connect(m_source, &QLineEdit::textChanged, this, &CatalogUpdateDialog::updateButtons);
    connect(m_cancelButton, &QPushButton::clicked, this, &CatalogUpdateDialog::cancel);
    connect(m_applyButton, &QPushButton::clicked, this, &CatalogUpdateDialog::apply);
    connect(m_resetButton, &QPushButton::clicked, this, &CatalogUpdateDialog::resetToBuiltIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CatalogUpdateDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("OpenAPI Document"), QString(), tr("OpenAPI documents (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_source->setText(path);
        read();
    }
}

void CatalogUpdateDialog::read()
{
    const QString source = m_source->text().trimmed();
    if (source.isEmpty() || isBusy())
        return;
    m_update = CatalogUpdate();
    m_diff->clear();
    const QUrl url(source);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        download(url);
    else
        readFile(url.isLocalFile() ? url.toLocalFile() : source);
    updateButtons();
}

void CatalogUpdateDialog::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showProblem(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > OpenApiImporter::MaxDocumentBytes)
        return showProblem(
            tr("%1 is larger than %2 MB.").arg(path).arg(OpenApiImporter::MaxDocumentBytes / (1024 * 1024)));
    examine(file.readAll());
}

void CatalogUpdateDialog::download(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_abort = Abort::None;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > OpenApiImporter::MaxDocumentBytes && m_reply) {
            m_abort = Abort::TooLarge;
            m_reply->abort();
            return;
        }
        m_progress->setRange(0, total > 0 ? 1000 : 0); // busy indicator while the size is unknown
        if (total > 0)
            m_progress->setValue(int(received * 1000 / total));
    });
    connect(m_reply, &QNetworkReply::finished, this, &CatalogUpdateDialog::onDownloadFinished);
    setBusy(true);
    m_status->setText(tr("Downloading %1…").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
}

void CatalogUpdateDialog::onDownloadFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    setBusy(false);
    reply->deleteLater();
    const QString where = reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_abort == Abort::Cancelled)
        return showProblem(tr("The download of %1 was cancelled.").arg(where));
    if (m_abort == Abort::TooLarge)
        return showProblem(
            tr("%1 is larger than %2 MB.").arg(where).arg(OpenApiImporter::MaxDocumentBytes / (1024 * 1024)));
    // Qt reports a transfer timeout as OperationCanceledError (QNetworkRequest::setTransferTimeout).
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return showProblem(tr("%1 did not answer within %2 s.").arg(where).arg(m_timeoutSeconds));
    if (reply->error() != QNetworkReply::NoError || status != 200)
        return showProblem(
            tr("%1 could not be downloaded (HTTP %2): %3").arg(where).arg(status).arg(reply->errorString()));
    examine(reply->readAll());
}

void CatalogUpdateDialog::cancel()
{
    if (m_reply) {
        m_abort = Abort::Cancelled;
        m_reply->abort(); // finished() follows at once
    } else if (m_parsing) {
        ++m_parseGeneration; // the worker runs to its end; its result is dropped
        m_parsing = false;
        setBusy(false);
        showProblem(tr("Reading the document was cancelled."));
    }
}

void CatalogUpdateDialog::examine(const QByteArray& document)
{
    if (!m_catalog)
        return;
    m_updateProfileId = m_catalog->profileId();
    const quint64 generation = ++m_parseGeneration;
    auto* watcher = new QFutureWatcher<ParsedDocument>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_parseGeneration)
            return;
        const ParsedDocument parsed = watcher->result();
        onParsed(parsed.update, parsed.error);
    });
    // By value: the worker shares nothing with the dialog, which may close first.
    watcher->setFuture(QtConcurrent::run([document, current = m_catalog->catalog()] {
        ParsedDocument parsed;
        parsed.update = CatalogUpdate::fromDocument(document, current, &parsed.error);
        return parsed;
    }));
    m_parsing = true;
    setBusy(true);
    m_status->setText(tr("Reading the document (%1 KB)…").arg((document.size() + 1023) / 1024));
}

void CatalogUpdateDialog::onParsed(const CatalogUpdate& update, const QString& error)
{
    m_parsing = false;
    setBusy(false);
    m_update = update;
    if (!m_update.isValid())
        return showProblem(tr("The document cannot be used: %1").arg(error));
    showDiff(m_update.diff);
    const int operations = int(m_update.catalog.endpoints().size());
    m_status->setText(m_update.diff.isEmpty()
            ? tr("The document's operations (%1) are the ones in use; Apply would change nothing.")
                  .arg(operations)
            : tr("Operations in the document: %1 (%2). Apply keeps them for this profile.")
                  .arg(operations)
                  .arg(m_update.diff.summary()));
    updateButtons();
}

void CatalogUpdateDialog::showDiff(const CatalogDiff& diff)
{
    m_diff->clear();
    auto add = [this](const QString& change, const CatalogEndpoint& endpoint) {
        new QTreeWidgetItem(m_diff, {change, operationLabel(endpoint), endpoint.summary});
    };
    for (const CatalogEndpoint& endpoint : diff.added)
        add(tr("Added"), endpoint);
    for (const CatalogEndpoint& endpoint : diff.removed)
        add(tr("Removed"), endpoint);
    for (const auto& change : diff.changed)
        add(tr("Changed"), change.second);
}

void CatalogUpdateDialog::showProblem(const QString& message)
{
    m_update = CatalogUpdate();
    m_diff->clear();
    m_status->setText(message + QLatin1Char(' ') + tr("The catalog was not changed."));
    updateButtons();
}

void CatalogUpdateDialog::apply()
{
    if (!m_catalog || !m_update.isValid())
        return;
    if (m_updateProfileId != m_catalog->profileId())
        return showProblem(tr("Another profile was opened since the document was read; read it again."));
    QString error;
    if (!m_catalog->apply(m_update, &error))
        return showProblem(error);
    m_status->setText(tr("This profile now uses the document's catalog (operations: %1).")
                          .arg(m_catalog->catalog().endpoints().size()));
    m_update = CatalogUpdate();
    updateButtons();
}

void CatalogUpdateDialog::resetToBuiltIn()
{
    if (!m_catalog)
        return;
    QString error;
    if (!m_catalog->resetToBuiltIn(&error))
        return showProblem(error);
    m_update = CatalogUpdate();
    m_diff->clear();
    m_status->setText(tr("This profile uses the built-in catalog again."));
    updateButtons();
}

void CatalogUpdateDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    updateButtons();
}

void CatalogUpdateDialog::updateButtons()
{
    const bool busy = isBusy();
    m_readButton->setEnabled(!busy && !m_source->text().trimmed().isEmpty());
    m_browseButton->setEnabled(!busy);
    m_source->setReadOnly(busy);
    m_cancelButton->setEnabled(busy);
    m_applyButton->setEnabled(!busy && m_update.isValid() && !m_update.diff.isEmpty());
    const bool imported = m_catalog && m_catalog->isImported();
    m_resetButton->setEnabled(!busy && imported);
    if (m_catalog)
        m_current->setText((imported ? tr("This profile uses an imported catalog (operations: %1).")
                                     : tr("This profile uses the built-in catalog (operations: %1)."))
                               .arg(m_catalog->catalog().endpoints().size()));
}
