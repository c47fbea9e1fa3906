#include "widgets/JsonView.h"

#include "widgets/JsonHighlighter.h"
#include "widgets/TextFindBar.h"
#include "json/JsonLoader.h"
#include "json/JsonPath.h"
#include "json/JsonTreeModel.h"
#include "json/JsonWriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

JsonView::JsonView(QWidget* parent)
    : QWidget(parent)
    , m_loader(new JsonLoader(this))
    , m_model(new JsonTreeModel(this))
    , m_filterModel(new JsonTreeModel(this))
{
    setObjectName(QStringLiteral("jsonView"));
    setAccessibleName(tr("JSON view"));
    setAccessibleDescription(tr("The body as a tree, as indented text and as received"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 220);
    m_tree->setColumnWidth(JsonTreeModel::ValueColumn, 320);
    m_tree->setAccessibleName(tr("JSON tree"));
    m_tree->setAccessibleDescription(tr("Keys, values and types; numbers are shown exactly as received"));
    createTreeActions();

    makeTextTab(m_prettyTab, QStringLiteral("jsonPretty"), tr("Indented JSON text"));
    makeTextTab(m_rawTab, QStringLiteral("jsonRaw"), tr("Raw body"));
    m_prettyTab.text = &m_prettyBytes;
    m_rawTab.text = &m_raw;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("jsonTabs"));
    m_tabs->setAccessibleName(tr("Body views"));
    m_tabs->addTab(createTreePage(), tr("&Tree"));
    m_tabs->addTab(m_prettyTab.page, tr("&Pretty"));
    m_tabs->addTab(m_rawTab.page, tr("Ra&w"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &JsonView::onTabShown);
    m_findBar = new TextFindBar(this);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("jsonBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Parsing the body"));
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jsonStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);

    connect(m_loader, &JsonLoader::loaded, this, &JsonView::onDocument);
    connect(m_loader, &JsonLoader::failed, this, &JsonView::onParseFailed);
}

JsonView::~JsonView() = default;

void JsonView::setJson(const QByteArray& raw)
{
    clear();
    m_raw = raw;
    if (raw.trimmed().isEmpty()) {
        m_status->setText(tr("The body is empty."));
        m_status->show();
        onTabShown(m_tabs->currentIndex());
        emit loaded();
        return;
    }
    m_pendingParts = 2;
    m_busy->show();
    m_loader->load(raw);
    startPrettyText(raw);
}

void JsonView::clear()
{
    ++m_generation;
    ++m_filterGeneration;
    m_filtering = false;
    m_loader->cancel();
    m_pendingParts = 0;
    m_raw.clear();
    m_parseError.clear();
    m_model->clear();
    m_filterModel->clear();
    m_filterPaths.clear();
    m_filterKeys.clear();
    m_prettyBytes.clear();
    m_prettyReady = false;
    resetTextTab(m_prettyTab);
    resetTextTab(m_rawTab);
    m_findBar->refresh(); // no stale highlights or count over an emptied text
    m_busy->hide();
    m_status->hide();
}

QString JsonView::prettyText() const
{
    return QString::fromUtf8(m_prettyBytes);
}

QString JsonView::shownPrettyText() const
{
    return m_prettyTab.edit->toPlainText();
}

QString JsonView::shownRawText() const
{
    return m_rawTab.edit->toPlainText();
}

// JsonWriter::reformat is linear but a 50 MB body still takes a moment: do it on a worker thread.
void JsonView::startPrettyText(const QByteArray& raw)
{
    const quint64 generation = m_generation;
    QPointer<JsonView> self(this);
    QThread* worker = QThread::create([self, raw, generation] {
        const QByteArray text = JsonWriter::reformat(raw, JsonWriter::Pretty);
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, text] {
                if (self)
                    self->onPrettyText(generation, text);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void JsonView::onPrettyText(quint64 generation, const QByteArray& text)
{
    if (generation != m_generation)
        return;
    m_prettyBytes = text;
    m_prettyReady = true;
    onTabShown(m_tabs->currentIndex());
    partDone();
}

void JsonView::onDocument(std::shared_ptr<const JsonDocumentData> document)
{
    m_model->setDocument(std::move(document));
    if (m_model->rowCount() < 50)
        m_tree->expandToDepth(0);
    if (!m_filterEdit->text().trimmed().isEmpty())
        applyFilter(); // a filter typed before (or kept from the last response) applies to this one
    partDone();
}

void JsonView::onParseFailed(const QString& error)
{
    m_parseError = error;
    m_status->setText(tr("Not valid JSON: %1").arg(error));
    m_status->show();
    m_tabs->setCurrentWidget(m_rawTab.page);
    onTabShown(m_tabs->currentIndex());
    partDone();
}

void JsonView::partDone()
{
    if (m_pendingParts <= 0)
        return;
    if (--m_pendingParts > 0)
        return;
    m_busy->hide();
    emit loaded();
}

void JsonView::onTabShown(int index)
{
    QWidget* page = m_tabs->widget(index);
    if (page == m_prettyTab.page)
        fillTextTab(m_prettyTab);
    else if (page == m_rawTab.page)
        fillTextTab(m_rawTab);
    m_findBar->setEditor(page == m_rawTab.page ? m_rawTab.edit : m_prettyTab.edit);
}

bool JsonView::textReady(const TextTab& tab) const
{
    return &tab == &m_rawTab ? !m_raw.isEmpty() : m_prettyReady;
}

// Cut at MaxTextBytes, never inside a UTF-8 sequence.
static QByteArray headOf(const QByteArray& text, int maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    int end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text.at(end)) & 0xC0) == 0x80)
        --end;
    return text.left(end);
}

static QString mebibytes(qsizetype bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

void JsonView::fillTextTab(TextTab& tab)
{
    if (tab.filled || !textReady(tab))
        return;
    tab.filled = true;
    const QByteArray& text = *tab.text;
    tab.highlighter->setDocument(text.size() <= MaxHighlightBytes ? tab.edit->document() : nullptr);
    tab.edit->setPlainText(QString::fromUtf8(headOf(text, MaxTextBytes)));
    if (!m_findBar->isHidden() && m_tabs->currentWidget() == tab.page)
        m_findBar->refresh();
    if (text.size() <= MaxTextBytes)
        return;
    tab.note->setText(tr("Showing the first %1 MiB of %2 MiB; the tree shows everything. Save… or Copy all "
                         "for the whole text.")
                          .arg(mebibytes(MaxTextBytes), mebibytes(text.size())));
    tab.noteBar->show();
}

void JsonView::resetTextTab(TextTab& tab)
{
    tab.filled = false;
    tab.edit->clear();
    tab.noteBar->hide();
}

void JsonView::makeTextTab(TextTab& tab, const QString& name, const QString& accessibleName)
{
    tab.page = new QWidget(this);
    tab.edit = new QPlainTextEdit(tab.page);
    tab.edit->setObjectName(name);
    tab.edit->setReadOnly(true);
    // The raw body is often one long line: it wraps. The indented text has short lines.
    tab.edit->setLineWrapMode(&tab == &m_rawTab ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    tab.highlighter = new JsonHighlighter(nullptr, palette().color(QPalette::Base).lightness() < 128);
    tab.highlighter->setParent(tab.edit);
    tab.edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tab.edit->setAccessibleName(accessibleName);
    tab.edit->setTabChangesFocus(true);

    tab.noteBar = new QWidget(tab.page);
    tab.noteBar->setObjectName(name + QStringLiteral("Note"));
    tab.note = new QLabel(tab.noteBar);
    tab.note->setWordWrap(true);
    auto* save = new QPushButton(tr("Save…"), tab.noteBar);
    save->setObjectName(name + QStringLiteral("Save"));
    save->setAccessibleName(tr("Save the whole text to a file"));
    auto* copy = new QPushButton(tr("Copy all"), tab.noteBar);
    copy->setObjectName(name + QStringLiteral("CopyAll"));
    copy->setAccessibleName(tr("Copy the whole text to the clipboard"));
    auto* noteLayout = new QHBoxLayout(tab.noteBar);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(tab.note, 1);
    noteLayout->addWidget(save);
    noteLayout->addWidget(copy);
    tab.noteBar->hide();

    auto* layout = new QVBoxLayout(tab.page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tab.noteBar);
    layout->addWidget(tab.edit, 1);

    const TextTab* which = &tab;
    connect(save, &QPushButton::clicked, this, [this, which] { saveText(*which); });
    connect(copy, &QPushButton::clicked, this, [this, which] { copyText(*which); });
}

void JsonView::saveText(const TextTab& tab)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save body"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*tab.text) != tab.text->size() || !file.commit())
        QMessageBox::warning(
            this, tr("Save body"), tr("Could not save %1: %2").arg(path, file.errorString()));
}

void JsonView::copyText(const TextTab& tab)
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(*tab.text));
}

QWidget* JsonView::createTreePage()
{
    auto* page = new QWidget(this);
    m_filterEdit = new QLineEdit(page);
    m_filterEdit->setObjectName(QStringLiteral("jsonPathFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter with a JSONPath: $.leads[0].id, $..id, $.leads[*].email"));
    m_filterEdit->setAccessibleName(tr("JSONPath filter"));
    m_filterEdit->setAccessibleDescription(
        tr("Shows only the values the expression selects; Return applies it"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterStatus = new QLabel(page);
    m_filterStatus->setObjectName(QStringLiteral("jsonPathStatus"));
    m_filterStatus->setWordWrap(true);
    m_filterStatus->hide();
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &JsonView::applyFilter);
    // Clearing the field (its clear button too) shows the whole body again at once.
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            applyFilter();
    });
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_filterStatus);
    layout->addWidget(m_tree, 1);
    return page;
}

bool JsonView::setFilter(const QString& expression)
{
    m_filterEdit->setText(expression);
    applyFilter();
    return m_filterError.isEmpty();
}

namespace {

struct FilterMatches
{
    QList<std::pair<QString, JsonNode>> matches; // path, value
    bool truncated = false;
};

} // namespace

void JsonView::applyFilter()
{
    const QString expression = m_filterEdit->text().trimmed();
    const quint64 generation = ++m_filterGeneration;
    m_filtering = false;
    m_filterError.clear();
    m_filterPaths.clear();
    m_filterKeys.clear();
    m_filterModel->clear();
    m_tree->setModel(m_model);
    if (expression.isEmpty()) {
        m_filterStatus->hide();
        return;
    }
    const JsonPath path = JsonPath::parse(expression, &m_filterError);
    if (!path.isValid()) {
        m_filterError = tr("Not a JSONPath: %1").arg(m_filterError);
        m_filterStatus->setText(m_filterError);
        m_filterStatus->show();
        return;
    }
    m_filtering = true;
    m_filterStatus->setText(tr("Looking for %1…").arg(expression));
    m_filterStatus->show();
    auto* watcher = new QFutureWatcher<FilterMatches>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, expression] {
        watcher->deleteLater();
        if (generation != m_filterGeneration)
            return;
        const FilterMatches found = watcher->result();
        showFilterMatches(expression, found.matches, found.truncated);
    });
    // The body's document is immutable and shared: the worker reads it while the view goes on.
    watcher->setFuture(QtConcurrent::run([path, root = m_model->root()] {
        FilterMatches found;
        for (const JsonPath::Match& match : path.evaluate(root, MaxFilterMatches, &found.truncated))
            found.matches.append({match.path, match.node});
        return found;
    }));
}

void JsonView::showFilterMatches(
    const QString& expression, const QList<std::pair<QString, JsonNode>>& matches, bool truncated)
{
    m_filtering = false;
    // The matches become one object keyed by their paths, so each keeps its subtree in the view.
    for (const auto& [matchPath, node] : matches) {
        m_filterPaths.append(matchPath);
        m_filterKeys.append(node.hasKey()         ? node.key()
                : matchPath == QLatin1String("$") ? matchPath
                                                  : matchPath.mid(matchPath.lastIndexOf(QLatin1Char('['))));
    }
    m_filterModel->setRoot(JsonNode::object(matches));
    m_tree->setModel(m_filterModel);
    m_filterStatus->setText(truncated
            ? tr("Matches of %1: the first %2 are shown").arg(expression).arg(matches.size())
            : tr("Matches of %1: %2").arg(expression).arg(matches.size()));
    m_filterStatus->show();
    emit filtered();
}

QString JsonView::pathAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return QString();
    if (index.model() == m_model)
        return m_model->pathOf(index);
    // A filtered row: the path of its match, then the rest of the way down inside it.
    QModelIndex top = index.siblingAtColumn(0);
    while (top.parent().isValid())
        top = top.parent();
    const QString topPath = m_filterModel->pathOf(top);
    return m_filterPaths.value(top.row()) + m_filterModel->pathOf(index).mid(topPath.size());
}

namespace {
enum CopyWhat { CopyValue, CopyKey, CopyPath };
}

void JsonView::createTreeActions()
{
    const auto add = [this](const QString& name, const QString& text, int what) {
        auto* action = new QAction(text, m_tree);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, what] { copyFromTree(what); });
        m_tree->addAction(action);
    };
    add(QStringLiteral("copyValueAction"), tr("Copy value"), CopyValue);
    add(QStringLiteral("copyKeyAction"), tr("Copy key"), CopyKey);
    add(QStringLiteral("copyPathAction"), tr("Copy JSONPath"), CopyPath);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void JsonView::copyFromTree(int what)
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(JsonTreeModel::KeyColumn);
    if (!index.isValid())
        return;
    const auto* model = static_cast<const JsonTreeModel*>(index.model());
    const JsonNode node = model->nodeAt(index);
    const QString path = pathAt(index);
    QString text;
    QString message;
    switch (what) {
    case CopyValue:
        // A container as compact JSON, a string decoded, a number exactly as received.
        text = node.isContainer() ? QString::fromUtf8(node.rawText()) : node.displayText();
        message = tr("Copied the value of %1").arg(path);
        break;
    case CopyKey:
        // A filtered match's row shows its path; its key is the one it has in the body.
        text = model == m_filterModel && !index.parent().isValid() ? m_filterKeys.value(index.row())
                                                                   : index.data(Qt::DisplayRole).toString();
        message = tr("Copied the key %1").arg(text);
        break;
    default:
        text = path;
        message = tr("Copied the JSONPath %1").arg(path);
        break;
    }
    QGuiApplication::clipboard()->setText(text);
    emit copied(message);
}

void JsonView::openFind()
{
    if (m_tabs->currentWidget() != m_rawTab.page)
        m_tabs->setCurrentWidget(m_prettyTab.page);
    onTabShown(m_tabs->currentIndex());
    m_findBar->open();
}

bool JsonView::closeFindIfFocused()
{
    if (m_findBar->isHidden() || !m_findBar->isAncestorOf(QApplication::focusWidget()))
        return false;
    m_findBar->close();
    return true;
}
