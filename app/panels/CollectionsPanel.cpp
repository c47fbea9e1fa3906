#include "CollectionsPanel.h"

#include "api/ApiRequest.h"
#include "collections/CollectionRunner.h"
#include "collections/CollectionStore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

constexpr int PathRole = Qt::UserRole + 1;

enum Column { ResultColumn, RequestColumn, StatusColumn, TimeColumn, DetailsColumn, ColumnCount };

} // namespace

CollectionsPanel::CollectionsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("collectionsPanel"));
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("collectionFolderEdit"));
    m_folderEdit->setPlaceholderText(tr("A folder with a collection.json"));
    m_folderEdit->setAccessibleName(tr("Collection folder"));
    auto* browse = new QPushButton(tr("&Open…"), this);
    browse->setObjectName(QStringLiteral("openCollectionButton"));
    auto* reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setObjectName(QStringLiteral("reloadCollectionButton"));
    m_environmentCombo = new QComboBox(this);
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_environmentCombo->setAccessibleName(tr("Environment"));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(reloadButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Collection:"), folderRow);
    form->addRow(tr("Environment:"), m_environmentCombo);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("collectionTree"));
    m_tree->setHeaderLabels({tr("Request"), tr("Method"), tr("URL")});
    m_tree->setAccessibleName(tr("Requests of the collection"));

    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("runCollectionButton"));
    m_runButton->setToolTip(tr("Run the selected folder or request, or the whole collection"));
    m_cancelButton = new QPushButton(tr("&Cancel run"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->setEnabled(false);
    m_saveButton = new QPushButton(tr("&Save request…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveRequestButton"));
    m_saveButton->setToolTip(tr("Save the request being composed in the Requests panel into the collection"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);

    m_results = new QTableWidget(0, ColumnCount, this);
    m_results->setObjectName(QStringLiteral("runResultsTable"));
    m_results->setHorizontalHeaderLabels(
        {tr("Result"), tr("Request"), tr("Status"), tr("Time (ms)"), tr("Details")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Run results"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummaryLabel"));
    m_summary->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_results);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    connect(browse, &QPushButton::clicked, this, &CollectionsPanel::chooseFolder);
    connect(reloadButton, &QPushButton::clicked, this, &CollectionsPanel::reload);
    connect(m_folderEdit, &QLineEdit::returnPressed, this, &CollectionsPanel::reload);
    connect(m_runButton, &QPushButton::clicked, this, &CollectionsPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &CollectionsPanel::cancelRun);
    connect(m_saveButton, &QPushButton::clicked, this, &CollectionsPanel::saveCurrentRequest);
}

CollectionsPanel::~CollectionsPanel() = default;

void CollectionsPanel::setRequestService(RequestService* requests)
{
    m_sender = ApiSender::of(requests);
}

bool CollectionsPanel::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void CollectionsPanel::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Open a collection folder"), m_folderEdit->text());
    if (!folder.isEmpty())
        openFolder(folder);
}

bool CollectionsPanel::openFolder(const QString& folder)
{
    m_folderEdit->setText(folder);
    Collection loaded;
    QString error;
    if (!CollectionStore::load(folder, &loaded, nullptr, &error)) {
        m_collection = Collection();
        fillTree();
        showProblem(error);
        return false;
    }
    m_collection = loaded;
    fillTree();
    fillEnvironments();
    m_summary->setText(m_collection.problems.isEmpty()
            ? tr("%n request(s) in \"%1\".", nullptr, int(m_collection.items.size())).arg(m_collection.name)
            : tr("Some files cannot be read:\n%1").arg(m_collection.problems.join(QLatin1Char('\n'))));
    return true;
}

void CollectionsPanel::reload()
{
    if (!m_folderEdit->text().isEmpty())
        openFolder(m_folderEdit->text());
}

void CollectionsPanel::fillTree()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem*> folders;
    for (const Collection::Item& item : std::as_const(m_collection.items)) {
        const QStringList parts = item.relativePath.split(QLatin1Char('/'));
        QTreeWidgetItem* parent = nullptr;
        QString path;
        for (int i = 0; i + 1 < parts.size(); ++i) {
            path += (path.isEmpty() ? QString() : QStringLiteral("/")) + parts.at(i);
            QTreeWidgetItem*& folder = folders[path];
            if (!folder) {
                folder = parent ? new QTreeWidgetItem(parent, {parts.at(i)})
                                : new QTreeWidgetItem(m_tree, {parts.at(i)});
                folder->setData(0, PathRole, path);
            }
            parent = folder;
        }
        const QStringList columns {item.request.name, item.request.method, item.request.url};
        auto* row = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
        row->setData(0, PathRole, item.relativePath);
        row->setToolTip(0, item.relativePath);
    }
    m_tree->expandAll();
}

void CollectionsPanel::fillEnvironments()
{
    const QString previous = m_environmentCombo->currentData().toString();
    m_environmentCombo->clear();
    m_environmentCombo->addItem(tr("(none)"), QString());
    for (const QString& name : CollectionStore::environmentNames(m_collection.rootPath))
        m_environmentCombo->addItem(name, name);
    const int index = m_environmentCombo->findData(previous);
    m_environmentCombo->setCurrentIndex(qMax(0, index));
}

QString CollectionsPanel::selectedPath() const
{
    const QList<QTreeWidgetItem*> selected = m_tree->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(0, PathRole).toString();
}

void CollectionsPanel::run()
{
    if (isRunning())
        return;
    if (!m_sender.isValid()) {
        showProblem(tr("Select an account first: runs are sent as the selected account."));
        return;
    }
    const QList<Collection::Item> items = m_collection.itemsUnder(selectedPath());
    if (items.isEmpty()) {
        showProblem(tr("Open a collection with at least one request."));
        return;
    }
    VariableScope scope;
    for (const auto& [name, value] : std::as_const(m_collection.variables))
        scope.set(VariableScope::Layer::Collection, name, value);
    const QString environmentName = m_environmentCombo->currentData().toString();
    if (!environmentName.isEmpty()) {
        CollectionEnvironment environment;
        QString error;
        if (!CollectionStore::loadEnvironment(m_collection.rootPath, environmentName, &environment, &error)) {
            showProblem(error);
            return;
        }
        for (const auto& [name, value] : std::as_const(environment.variables))
            scope.set(VariableScope::Layer::Environment, name, value);
    }
    m_results->setRowCount(0);
    delete m_runner;
    m_runner = new CollectionRunner(m_sender, this);
    m_runner->setScope(scope);
    connect(m_runner, &CollectionRunner::requestFinished, this,
        [this](int, const RequestRunResult& result) { addResultRow(result); });
    connect(m_runner, &CollectionRunner::finished, this, &CollectionsPanel::onRunFinished);
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_summary->setText(tr("Running %n request(s)…", nullptr, int(items.size())));
    m_runner->start(items);
}

void CollectionsPanel::cancelRun()
{
    if (m_runner)
        m_runner->cancel();
}

void CollectionsPanel::addResultRow(const RequestRunResult& result)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    const QStringList cells {result.passed ? tr("PASS") : tr("FAIL"), result.relativePath,
        result.sent ? QString::number(result.httpStatus()) : tr("not sent"),
        result.sent ? QString::number(result.elapsedMs()) : QString(),
        result.passed ? result.passedChecks.join(QStringLiteral("; "))
                      : result.failures.join(QStringLiteral("; "))};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* cell = new QTableWidgetItem(cells.at(column));
        cell->setToolTip(cells.at(column));
        m_results->setItem(row, column, cell);
    }
}

void CollectionsPanel::onRunFinished()
{
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    const int passed = m_runner->passedCount();
    const int failed = m_runner->failedCount();
    m_summary->setText(tr("%1 passed, %2 failed").arg(passed).arg(failed)
        + (m_runner->wasCancelled() ? tr(" (cancelled)") : QString()));
    emit runFinished(passed, failed);
}

void CollectionsPanel::saveCurrentRequest()
{
    if (m_collection.rootPath.isEmpty() || !m_requestSource) {
        showProblem(tr("Open a collection first."));
        return;
    }
    const ApiRequest composed = m_requestSource();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save request"), tr("Name:"), QLineEdit::Normal,
        QStringLiteral("%1 %2").arg(composed.method, composed.url.path()), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    CollectionRequest saved;
    saved.name = name.trimmed();
    saved.method = composed.method;
    saved.endpointId = composed.endpointId;
    const bool onApi = m_sender.isValid() && composed.url.host() == m_sender.baseUrl.host()
        && composed.url.port() == m_sender.baseUrl.port();
    QUrl url = composed.url;
    url.setQuery(QString());
    saved.url = onApi ? url.path() : url.toString();
    for (const auto& [key, value] : QUrlQuery(composed.url).queryItems(QUrl::FullyDecoded))
        saved.params.append({key, value});
    for (const auto& [header, value] : composed.headers)
        saved.headers.append({QString::fromLatin1(header), QString::fromUtf8(value)});
    saved.body = composed.body;
    saved.timeoutSeconds = composed.timeoutSeconds;
    const QString relative = selectedPath().endsWith(QLatin1String(".json")) || selectedPath().isEmpty()
        ? CollectionStore::fileNameFor(saved.name)
        : selectedPath() + QLatin1Char('/') + CollectionStore::fileNameFor(saved.name);
    QString error;
    if (!CollectionStore::saveRequest(m_collection.rootPath, relative, saved.withoutSecrets(), &error)) {
        showProblem(error);
        return;
    }
    emit statusMessage(tr("Saved %1").arg(relative));
    reload();
}

void CollectionsPanel::showProblem(const QString& text)
{
    m_summary->setText(text);
    emit statusMessage(text);
}
