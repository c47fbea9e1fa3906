#include "widgets/JsonView.h"

#include "json/JsonLoader.h"
#include "json/JsonTreeModel.h"
#include "json/JsonWriter.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QTabWidget>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

JsonView::JsonView(QWidget* parent)
    : QWidget(parent)
    , m_loader(new JsonLoader(this))
    , m_model(new JsonTreeModel(this))
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

    auto makeText = [this](const QString& name, const QString& accessibleName) {
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setAccessibleName(accessibleName);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_pretty = makeText(QStringLiteral("jsonPretty"), tr("Indented JSON text"));
    m_rawView = makeText(QStringLiteral("jsonRaw"), tr("Raw body"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("jsonTabs"));
    m_tabs->setAccessibleName(tr("Body views"));
    m_tabs->addTab(m_tree, tr("&Tree"));
    m_tabs->addTab(m_pretty, tr("&Pretty"));
    m_tabs->addTab(m_rawView, tr("Ra&w"));

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

    connect(m_loader, &JsonLoader::loaded, this, &JsonView::onDocument);
    connect(m_loader, &JsonLoader::failed, this, &JsonView::onParseFailed);
}

JsonView::~JsonView() = default;

void JsonView::setJson(const QByteArray& raw)
{
    clear();
    m_raw = raw;
    m_rawView->setPlainText(displayText(raw));
    if (raw.trimmed().isEmpty()) {
        m_status->setText(tr("The body is empty."));
        m_status->show();
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
    m_loader->cancel();
    m_pendingParts = 0;
    m_raw.clear();
    m_parseError.clear();
    m_model->clear();
    m_pretty->clear();
    m_rawView->clear();
    m_busy->hide();
    m_status->hide();
}

QString JsonView::prettyText() const
{
    return m_pretty->toPlainText();
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
    m_pretty->setPlainText(displayText(text));
    partDone();
}

void JsonView::onDocument(std::shared_ptr<const JsonDocumentData> document)
{
    m_model->setDocument(std::move(document));
    if (m_model->rowCount() < 50)
        m_tree->expandToDepth(0);
    partDone();
}

void JsonView::onParseFailed(const QString& error)
{
    m_parseError = error;
    m_status->setText(tr("Not valid JSON: %1").arg(error));
    m_status->show();
    m_tabs->setCurrentWidget(m_rawView);
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

QString JsonView::displayText(const QByteArray& bytes)
{
    if (bytes.size() <= MaxTextBytes)
        return QString::fromUtf8(bytes);
    return QString::fromUtf8(bytes.left(MaxTextBytes))
        + tr("\n… (%1 more bytes not shown; the tree shows everything)").arg(bytes.size() - MaxTextBytes);
}
