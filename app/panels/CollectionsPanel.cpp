#include "CollectionsPanel.h"

#include "api/ApiRequest.h"
#include "collections/CollectionFiles.h"
#include "collections/CollectionRunner.h"
#include "collections/CollectionStore.h"
#include "collections/CollectionWatcher.h"
#include "collections/CurlImport.h"
#include "collections/RequestResolver.h"
#include "collections/SecretVariables.h"
#include "panels/CurlImportDialog.h"
#include "panels/EnvironmentDialog.h"
#include "profiles/SecretStore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QToolButton>

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
#include <QTreeWidgetItemIterator>
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

    auto* editEnvironment = new QPushButton(tr("&Edit environment…"), this);
    editEnvironment->setObjectName(QStringLiteral("editEnvironmentButton"));
    editEnvironment->setToolTip(tr("Variables of the selected environment; secret ones go to the keychain"));
    auto* environmentRow = new QHBoxLayout;
    environmentRow->addWidget(m_environmentCombo, 1);
    environmentRow->addWidget(editEnvironment);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(reloadButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Collection:"), folderRow);
    form->addRow(tr("Environment:"), environmentRow);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("collectionTree"));
    m_tree->setHeaderLabels({tr("Request"), tr("Method"), tr("URL")});
    m_tree->setAccessibleName(tr("Requests of the collection"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("runCollectionButton"));
    m_runButton->setToolTip(tr("Run the selected folder or request, or the whole collection"));
    m_cancelButton = new QPushButton(tr("&Cancel run"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->setEnabled(false);
    m_saveButton = new QPushButton(tr("Save request &as…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveRequestButton"));
    m_saveButton->setToolTip(tr("Save the request being composed in the Requests panel into the collection"));
    auto* saveInPlace = new QPushButton(tr("&Save"), this);
    saveInPlace->setObjectName(QStringLiteral("saveCurrentRequestButton"));
    saveInPlace->setToolTip(
        tr("Save the request being composed over the saved request it came from (Ctrl+S)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(saveInPlace);
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
    layout->addWidget(createEditButtons());
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    connect(browse, &QPushButton::clicked, this, &CollectionsPanel::chooseFolder);
    connect(reloadButton, &QPushButton::clicked, this, &CollectionsPanel::reload);
    connect(m_folderEdit, &QLineEdit::returnPressed, this, &CollectionsPanel::reload);
    connect(m_runButton, &QPushButton::clicked, this, &CollectionsPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &CollectionsPanel::cancelRun);
    connect(m_saveButton, &QPushButton::clicked, this, &CollectionsPanel::saveCurrentRequest);
    connect(saveInPlace, &QPushButton::clicked, this, &CollectionsPanel::save);
    connect(editEnvironment, &QPushButton::clicked, this, &CollectionsPanel::editEnvironment);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, PathRole).toString().endsWith(QLatin1String(".json")))
            openSelected();
    });
    new QShortcut(QKeySequence::Save, this, this, &CollectionsPanel::save);

    m_watcher = new CollectionWatcher(this);
    connect(m_watcher, &CollectionWatcher::changed, this, [this] {
        const QString selected = selectedPath();
        reload();
        selectPath(selected);
    });
}

QWidget* CollectionsPanel::createEditButtons()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    connect(addToolButton(row, "openRequestButton", tr("Open in Re&quests"),
                tr("Edit the selected request in a new request tab; Save (Ctrl+S) writes it back")),
        &QToolButton::clicked, this, &CollectionsPanel::openSelected);
    connect(addToolButton(row, "renameRequestButton", tr("Re&name…"), tr("Rename the selected request")),
        &QToolButton::clicked, this, &CollectionsPanel::renameSelected);
    connect(addToolButton(row, "duplicateRequestButton", tr("&Duplicate"), tr("Copy the selected request")),
        &QToolButton::clicked, this, &CollectionsPanel::duplicateSelected);
    connect(addToolButton(
                row, "moveRequestButton", tr("&Move to…"), tr("Move the selected request to another folder")),
        &QToolButton::clicked, this, &CollectionsPanel::moveSelected);
    connect(addToolButton(row, "deleteRequestButton", tr("Dele&te…"), tr("Delete the selected request file")),
        &QToolButton::clicked, this, &CollectionsPanel::deleteSelected);
    connect(addToolButton(row, "moveRequestUpButton", tr("&Up"), tr("Run the selected request earlier")),
        &QToolButton::clicked, this, &CollectionsPanel::moveSelectedUp);
    connect(addToolButton(row, "moveRequestDownButton", tr("Do&wn"), tr("Run the selected request later")),
        &QToolButton::clicked, this, &CollectionsPanel::moveSelectedDown);
    row->addStretch(1);
    connect(addToolButton(
                row, "importCurlButton", tr("&Import curl…"), tr("Turn a curl command into a saved request")),
        &QToolButton::clicked, this, &CollectionsPanel::importCurl);
    auto* copyAs = addToolButton(row, "copyAsButton", tr("Cop&y as"),
        tr("Copy the selected request as a program; credentials and secret variables stay variables"));
    auto* menu = new QMenu(copyAs);
    menu->setObjectName(QStringLiteral("copyAsMenu"));
    for (const auto language :
        {CodeExport::Language::Python, CodeExport::Language::JavaScript, CodeExport::Language::CppQt}) {
        QAction* action = menu->addAction(
            CodeExport::languageName(language), this, [this, language] { copySelectedAs(language); });
        action->setObjectName(QStringLiteral("copyAs%1Action").arg(int(language)));
    }
    copyAs->setMenu(menu);
    copyAs->setPopupMode(QToolButton::InstantPopup);
    return bar;
}

QToolButton* CollectionsPanel::addToolButton(
    QLayout* row, const char* objectName, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(button);
    return button;
}

CollectionsPanel::~CollectionsPanel() = default;

void CollectionsPanel::setSecretStore(SecretStore* store, std::function<QString()> profileId)
{
    m_secretStore = store;
    m_profileId = std::move(profileId);
}

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
        m_currentPath.clear();
        m_watcher->watch(QString());
        fillTree();
        showProblem(error);
        return false;
    }
    if (m_collection.rootPath != loaded.rootPath) {
        m_currentPath.clear();
        m_watcher->watch(loaded.rootPath);
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
    QStringList secretNames = m_collection.secretVariables;
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
        secretNames += environment.secretVariables;
    }
    if (secretNames.isEmpty() || !m_secretStore) {
        startRun(items, scope); // a request that needs a missing secret fails as "unknown variable"
        return;
    }
    m_runButton->setEnabled(false);
    m_summary->setText(tr("Reading the secret variables from the keychain…"));
    SecretVariables::read(m_secretStore, m_profileId ? m_profileId() : QString(), m_collection.name,
        environmentName, secretNames, this,
        [this, items, scope](const SecretVariables::Values& read) mutable {
            m_runButton->setEnabled(true);
            if (!read.error.isEmpty()) {
                showProblem(tr("Cannot read the secret variables from the keychain: %1").arg(read.error));
                return;
            }
            for (auto it = read.values.cbegin(); it != read.values.cend(); ++it)
                scope.setSecret(it.key(), it.value());
            startRun(items, scope);
        });
}

void CollectionsPanel::startRun(const QList<Collection::Item>& items, const VariableScope& scope)
{
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

CollectionRequest CollectionsPanel::fromComposed(const ApiRequest& composed) const
{
    CollectionRequest saved;
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
    return saved;
}

QString CollectionsPanel::targetFolder() const
{
    const QString selected = selectedPath();
    if (selected.isEmpty())
        return {};
    if (!selected.endsWith(QLatin1String(".json")))
        return selected;
    const int slash = selected.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : selected.left(slash);
}

bool CollectionsPanel::saveInto(const QString& relativePath, const CollectionRequest& request)
{
    QString error;
    if (!CollectionStore::saveRequest(
            m_collection.rootPath, relativePath, request.withoutSecrets(), &error)) {
        showProblem(error);
        return false;
    }
    m_currentPath = relativePath;
    afterFileChange(relativePath, tr("Saved %1").arg(relativePath));
    return true;
}

void CollectionsPanel::saveCurrentRequest()
{
    if (m_collection.rootPath.isEmpty() || !m_requestSource) {
        showProblem(tr("Open a collection first."));
        return;
    }
    CollectionRequest saved = fromComposed(m_requestSource());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save request"), tr("Name:"), QLineEdit::Normal,
        QStringLiteral("%1 %2").arg(saved.method, QUrl(saved.url).path()), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    saved.name = name.trimmed();
    const QString folder = targetFolder();
    const QString fileName = CollectionStore::fileNameFor(saved.name);
    saveInto(folder.isEmpty() ? fileName : folder + QLatin1Char('/') + fileName, saved);
}

void CollectionsPanel::save()
{
    if (m_currentPath.isEmpty() || m_collection.rootPath.isEmpty() || !m_requestSource) {
        saveCurrentRequest();
        return;
    }
    const auto existing = std::find_if(m_collection.items.cbegin(), m_collection.items.cend(),
        [this](const Collection::Item& item) { return item.relativePath == m_currentPath; });
    if (existing == m_collection.items.cend()) {
        saveCurrentRequest(); // the file went away (deleted, or renamed by another program)
        return;
    }
    // What the composer holds replaces the request itself; the name, the captures, the
    // assertions and "all pages" are the collection's and stay.
    CollectionRequest saved = existing->request;
    const CollectionRequest composed = fromComposed(m_requestSource());
    saved.method = composed.method;
    saved.url = composed.url;
    saved.params = composed.params;
    saved.headers = composed.headers;
    saved.body = composed.body;
    saved.timeoutSeconds = composed.timeoutSeconds;
    if (!composed.endpointId.isEmpty())
        saved.endpointId = composed.endpointId;
    saveInto(m_currentPath, saved);
}

void CollectionsPanel::afterFileChange(const QString& selectRelativePath, const QString& message)
{
    reload();
    selectPath(selectRelativePath);
    emit statusMessage(message);
}

bool CollectionsPanel::selectPath(const QString& relativePath)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, PathRole).toString() == relativePath) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void CollectionsPanel::renameSelected()
{
    const QString path = selectedPath();
    const auto item = std::find_if(m_collection.items.cbegin(), m_collection.items.cend(),
        [&path](const Collection::Item& entry) { return entry.relativePath == path; });
    if (item == m_collection.items.cend()) {
        showProblem(tr("Select a saved request to rename."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename request"), tr("New name:"), QLineEdit::Normal, item->request.name, &ok);
    if (!ok)
        return;
    QString renamed;
    QString error;
    if (!CollectionFiles::rename(m_collection.rootPath, path, name, &renamed, &error)) {
        showProblem(error);
        return;
    }
    if (m_currentPath == path)
        m_currentPath = renamed;
    afterFileChange(renamed, tr("Renamed %1 to %2").arg(path, renamed));
}

void CollectionsPanel::duplicateSelected()
{
    const QString path = selectedPath();
    QString copy;
    QString error;
    if (!CollectionFiles::duplicate(m_collection.rootPath, path, &copy, &error)) {
        showProblem(path.isEmpty() ? tr("Select a saved request to duplicate.") : error);
        return;
    }
    afterFileChange(copy, tr("Copied %1 to %2").arg(path, copy));
}

void CollectionsPanel::moveSelected()
{
    const QString path = selectedPath();
    if (!path.endsWith(QLatin1String(".json"))) {
        showProblem(tr("Select a saved request to move."));
        return;
    }
    QStringList folders = CollectionFiles::folders(m_collection.rootPath);
    folders.first() = tr("(top level)");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move request"), tr("Folder (pick one or type a new name):"), folders, 0, true, &ok)
                               .trimmed();
    if (!ok)
        return;
    const QString folder = chosen == folders.constFirst() ? QString() : chosen;
    QString moved;
    QString error;
    if (!CollectionFiles::move(m_collection.rootPath, path, folder, &moved, &error)) {
        showProblem(error);
        return;
    }
    if (m_currentPath == path)
        m_currentPath = moved;
    afterFileChange(moved, tr("Moved %1 to %2").arg(path, moved));
}

void CollectionsPanel::deleteSelected()
{
    const QString path = selectedPath();
    if (!path.endsWith(QLatin1String(".json"))) {
        showProblem(tr("Select a saved request to delete."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Delete request"),
        tr("Delete %1 from the collection? The file is removed from the disk.").arg(path),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!CollectionFiles::remove(m_collection.rootPath, path, &error)) {
        showProblem(error);
        return;
    }
    if (m_currentPath == path)
        m_currentPath.clear();
    afterFileChange(QString(), tr("Deleted %1").arg(path));
}

void CollectionsPanel::moveSelectedUp()
{
    reorderSelected(-1);
}

void CollectionsPanel::moveSelectedDown()
{
    reorderSelected(+1);
}

void CollectionsPanel::reorderSelected(int delta)
{
    const QString path = selectedPath();
    if (!path.endsWith(QLatin1String(".json"))) {
        showProblem(tr("Select a saved request to move up or down."));
        return;
    }
    QHash<QString, QString> renamed;
    QString error;
    if (!CollectionFiles::reorder(m_collection.rootPath, path, delta, &renamed, &error)) {
        showProblem(error);
        return;
    }
    m_currentPath = renamed.value(m_currentPath, m_currentPath);
    const QString moved = renamed.value(path, path);
    reload();
    selectPath(moved);
    emit statusMessage(tr("Moved %1 to %2").arg(path, moved));
}

void CollectionsPanel::importCurl()
{
    if (m_collection.rootPath.isEmpty()) {
        showProblem(tr("Open a collection first."));
        return;
    }
    CurlImportDialog dialog(m_sender.isValid() ? m_sender.baseUrl : QUrl(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = targetFolder();
    const QString fileName = CollectionStore::fileNameFor(dialog.request().name);
    saveInto(folder.isEmpty() ? fileName : folder + QLatin1Char('/') + fileName, dialog.request());
    if (dialog.credentialsReplaced())
        emit statusMessage(
            tr("Imported; the command's credentials were dropped: the selected account's are sent."));
}

VariableScope CollectionsPanel::exportScope() const
{
    // Secret variables are left out on purpose: they stay {{name}} in the exported code.
    VariableScope scope;
    for (const auto& [name, value] : std::as_const(m_collection.variables))
        scope.set(VariableScope::Layer::Collection, name, value);
    const QString environmentName = m_environmentCombo->currentData().toString();
    CollectionEnvironment environment;
    QString error;
    if (!environmentName.isEmpty()
        && CollectionStore::loadEnvironment(m_collection.rootPath, environmentName, &environment, &error)) {
        for (const auto& [name, value] : std::as_const(environment.variables))
            scope.set(VariableScope::Layer::Environment, name, value);
    }
    return scope;
}

QString CollectionsPanel::selectedRequestAs(CodeExport::Language language) const
{
    const QString path = selectedPath();
    const auto item = std::find_if(m_collection.items.cbegin(), m_collection.items.cend(),
        [&path](const Collection::Item& entry) { return entry.relativePath == path; });
    if (item == m_collection.items.cend())
        return {};
    const QUrl base = m_sender.isValid() ? m_sender.baseUrl : QUrl(QStringLiteral("https://api.lofty.com/"));
    const RequestResolver::Result resolved = RequestResolver::resolve(item->request, exportScope(), base);
    return resolved.error.isEmpty() ? CodeExport::generate(resolved.request, language) : QString();
}

void CollectionsPanel::copySelectedAs(CodeExport::Language language)
{
    const QString code = selectedRequestAs(language);
    if (code.isEmpty()) {
        showProblem(tr("Select a saved request with a usable URL to copy it as code."));
        return;
    }
    QGuiApplication::clipboard()->setText(code);
    emit statusMessage(tr("Copied as %1; credentials are read from the environment.")
                           .arg(CodeExport::languageName(language)));
}

void CollectionsPanel::openSelected()
{
    const QString path = selectedPath();
    const auto item = std::find_if(m_collection.items.cbegin(), m_collection.items.cend(),
        [&path](const Collection::Item& entry) { return entry.relativePath == path; });
    if (item == m_collection.items.cend()) {
        showProblem(tr("Select a saved request to open."));
        return;
    }
    // No variable is resolved: what the editor shows is what Save writes back.
    const QUrl base = m_sender.isValid() ? m_sender.baseUrl : QUrl(QStringLiteral("https://api.lofty.com/"));
    const RequestResolver::Result resolved = RequestResolver::resolve(item->request, VariableScope(), base);
    if (!resolved.error.isEmpty()) {
        showProblem(resolved.error);
        return;
    }
    m_currentPath = path;
    emit openRequested(resolved.request);
    emit statusMessage(tr("Editing %1; Ctrl+S saves it back").arg(path));
}

void CollectionsPanel::editEnvironment()
{
    if (m_collection.rootPath.isEmpty()) {
        showProblem(tr("Open a collection first."));
        return;
    }
    CollectionEnvironment environment;
    QString name = m_environmentCombo->currentData().toString();
    QString error;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(
            this, tr("New environment"), tr("Name (e.g. sandbox):"), QLineEdit::Normal, QString(), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return;
        environment.name = name;
    } else if (!CollectionStore::loadEnvironment(m_collection.rootPath, name, &environment, &error)) {
        showProblem(error);
        return;
    }
    EnvironmentDialog dialog(m_collection.rootPath, m_collection.name, environment, m_secretStore,
        m_profileId ? m_profileId() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillEnvironments();
    m_environmentCombo->setCurrentIndex(qMax(0, m_environmentCombo->findData(name)));
    emit statusMessage(tr("Saved the environment %1").arg(name));
}

void CollectionsPanel::showProblem(const QString& text)
{
    m_summary->setText(text);
    emit statusMessage(text);
}
