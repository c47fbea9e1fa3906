#include "panels/HistoryPanel.h"

#include "api/HistoryEntry.h"
#include "catalog/EndpointCatalog.h"
#include "catalog/ProfileCatalog.h"
#include "panels/HistoryModel.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "session/SessionHistory.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    setAccessibleName(tr("History"));
    setAccessibleDescription(tr("Every exchange of this profile, secrets masked"));
    createWidgets();
    fillFilterChoices();
}

void HistoryPanel::createWidgets()
{
    auto describe = [](QWidget* widget, const QString& name, const QString& accessibleName,
                        const QString& description) {
        widget->setObjectName(name);
        widget->setAccessibleName(accessibleName);
        widget->setAccessibleDescription(description);
    };
    m_endpoint = new QComboBox(this);
    describe(m_endpoint, QStringLiteral("historyEndpointFilter"), tr("Endpoint filter"),
        tr("Show one endpoint only"));
    m_status = new QComboBox(this);
    describe(m_status, QStringLiteral("historyStatusFilter"), tr("Status filter"),
        tr("Show one class of status only"));
    m_status->addItem(tr("Any status"), 0);
    m_status->addItem(tr("2xx success"), 2);
    m_status->addItem(tr("4xx client error"), 4);
    m_status->addItem(tr("5xx server error"), 5);
    m_status->addItem(tr("403 forbidden"), 403);
    m_status->addItem(tr("429 rate limited"), 429);
    m_account = new QComboBox(this);
    describe(
        m_account, QStringLiteral("historyAccountFilter"), tr("Account filter"), tr("Show one account only"));
    m_text = new QLineEdit(this);
    describe(m_text, QStringLiteral("historyTextFilter"), tr("Text filter"),
        tr("Searches URLs, headers and bodies (Ctrl+F)"));
    m_text->setPlaceholderText(tr("Search text"));
    for (QComboBox* combo : {m_endpoint, m_status, m_account}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_text->setClearButtonEnabled(true);
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);

    auto* filters = new QHBoxLayout;
    auto addLabelled = [this, filters](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget);
    };
    addLabelled(tr("&Endpoint:"), m_endpoint);
    addLabelled(tr("S&tatus:"), m_status);
    addLabelled(tr("&Account:"), m_account);
    addLabelled(tr("Te&xt:"), m_text);
    filters->setStretchFactor(m_text, 1);

    m_view = new QTableView(this);
    describe(m_view, QStringLiteral("historyView"), tr("Exchanges"),
        tr("Newest first; Enter opens the selected one in Requests"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Every column as wide as its header and cells need (no elided time), the path takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::EndpointColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_detail = new QPlainTextEdit(this);
    describe(m_detail, QStringLiteral("historyDetail"), tr("Exchange details"),
        tr("The request and the response, secrets masked"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setTabChangesFocus(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);

    m_openButton = new QPushButton(tr("&Open in Requests"), this);
    describe(m_openButton, QStringLiteral("openInRequestsButton"), tr("Open in Requests"),
        tr("Loads the selected exchange into the Requests panel to send it again"));
    m_openButton->setEnabled(false);
    m_busy = new QLabel(tr("Searching the history…"), this);
    m_busy->setObjectName(QStringLiteral("historyBusy"));
    m_busy->setVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch();
    buttons->addWidget(m_openButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    for (QComboBox* combo : {m_endpoint, m_status, m_account})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &HistoryPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &HistoryPanel::applyFilters);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::showSelected);
    connect(m_model, &HistoryModel::busyChanged, this, &HistoryPanel::showBusy);
    connect(m_view, &QTableView::activated, this, &HistoryPanel::openSelectedInRequests);
    connect(m_openButton, &QPushButton::clicked, this, &HistoryPanel::openSelectedInRequests);
    auto* find
        = new QShortcut(QKeySequence::Find, this, [this] { m_text->setFocus(Qt::ShortcutFocusReason); });
    find->setContext(Qt::WidgetWithChildrenShortcut);
}

void HistoryPanel::setSession(ConsoleSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->accounts(), nullptr, this, nullptr);
    }
    m_session = session;
    if (!session)
        return;
    auto rebind = [this] {
        if (m_session)
            setHistory(m_session->history());
    };
    connect(session, &ConsoleSession::profileActivated, this, rebind);
    connect(session->accounts(), &AccountRegistry::accountsChanged, this, &HistoryPanel::fillFilterChoices);
    connect(session->catalog(), &ProfileCatalog::catalogChanged, this, &HistoryPanel::fillFilterChoices);
    rebind();
}

void HistoryPanel::setHistory(SessionHistory* history)
{
    m_history = history;
    m_model->setHistory(history);
    fillFilterChoices();
}

void HistoryPanel::fillFilterChoices()
{
    const QString endpoint = m_endpoint->currentData().toString();
    const QString account = m_account->currentData().toString();
    {
        const QSignalBlocker endpointBlocker(m_endpoint);
        const QSignalBlocker accountBlocker(m_account);
        m_endpoint->clear();
        m_endpoint->addItem(tr("Any endpoint"), QString());
        const EndpointCatalog& catalog
            = m_session ? m_session->catalog()->catalog() : EndpointCatalog::builtIn();
        for (const CatalogEndpoint& entry : catalog.endpoints())
            m_endpoint->addItem(entry.method + QLatin1Char(' ') + entry.pathTemplate, entry.id);
        m_endpoint->setCurrentIndex(qMax(0, m_endpoint->findData(endpoint)));
        m_account->clear();
        m_account->addItem(tr("Any account"), QString());
        QHash<QString, QString> names;
        if (m_session) {
            for (const AccountRecord& record : m_session->profile().accounts) {
                m_account->addItem(record.displayName(), record.id);
                names.insert(record.id, record.displayName());
            }
        }
        m_model->setAccountNames(names);
        m_account->setCurrentIndex(qMax(0, m_account->findData(account)));
    }
    applyFilters();
}

void HistoryPanel::applyFilters()
{
    HistoryQuery query;
    query.endpointId = m_endpoint->currentData().toString();
    query.status = m_status->currentData().toInt();
    query.accountId = m_account->currentData().toString();
    query.text = m_text->text().trimmed();
    m_model->setQuery(query);
}

bool HistoryPanel::isBusy() const
{
    return m_model->isBusy();
}

// The history is searched on a worker thread; meanwhile the table keeps the last result.
void HistoryPanel::showBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_view->setAccessibleDescription(
        busy ? tr("Searching the history…") : tr("Newest first; Enter opens the selected one in Requests"));
}

void HistoryPanel::showSelected()
{
    const int index = m_model->historyIndex(m_view->currentIndex().row());
    m_openButton->setEnabled(index >= 0);
    if (index < 0 || !m_history) {
        m_detail->clear();
        return;
    }
    const std::optional<HistoryEntry> entry = m_history->entry(index);
    if (!entry) {
        m_detail->setPlainText(tr("This entry could not be read from the history file."));
        return;
    }
    QString text = entry->method + QLatin1Char(' ') + entry->url + QLatin1Char('\n');
    for (const auto& header : entry->requestHeaders)
        text += QString::fromUtf8(header.first + ": " + header.second) + QLatin1Char('\n');
    if (!entry->requestBody.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(entry->requestBody) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("→ %1 in %2 ms").arg(entry->status).arg(entry->elapsedMs)
        + QLatin1Char('\n');
    if (!entry->errorTitle.isEmpty())
        text += entry->errorTitle + QLatin1Char('\n');
    if (entry->renewedAndRetried)
        text += tr("The token was refused; it was renewed and the request sent again (a later entry).")
            + QLatin1Char('\n');
    for (const auto& header : entry->responseHeaders)
        text += QString::fromUtf8(header.first + ": " + header.second) + QLatin1Char('\n');
    text += QLatin1Char('\n') + QString::fromUtf8(entry->responseBody);
    if (entry->responseTruncated)
        text += QLatin1Char('\n') + tr("… (cut: %1 bytes were received)").arg(entry->responseBytes);
    m_detail->setPlainText(text);
}

void HistoryPanel::openSelectedInRequests()
{
    const int index = m_model->historyIndex(m_view->currentIndex().row());
    if (index < 0 || !m_history)
        return;
    const ApiRequest request = m_history->resendRequest(index);
    if (request.url.isValid())
        emit openInRequests(request);
}
