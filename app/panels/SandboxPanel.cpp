#include "panels/SandboxPanel.h"

#include "sandbox/SandboxServer.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QTableWidget* makeTable(
    QWidget* parent, const QString& name, const QString& accessibleName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* item(const QString& text)
{
    return new QTableWidgetItem(text);
}

} // namespace

SandboxPanel::SandboxPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sandboxPanel"));
    setAccessibleName(tr("Sandbox"));
    setAccessibleDescription(tr("The built-in sandbox's test accounts, apps and fault switches"));
    auto* intro = new QLabel(tr("The Sandbox profile talks to a server inside this console, not to Lofty. "
                                "Sign in as one of these accounts on its consent page."),
        this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(createAccountsGroup(), 2);
    layout->addWidget(createAppsGroup(), 1);
    layout->addWidget(createFaultsGroup());
    m_faultPoll = new QTimer(this);
    m_faultPoll->setInterval(1000);
    connect(m_faultPoll, &QTimer::timeout, this, &SandboxPanel::showFaults);
}

QWidget* SandboxPanel::createAccountsGroup()
{
    auto* group = new QGroupBox(tr("Test accounts"), this);
    m_accounts = makeTable(group, QStringLiteral("sandboxAccountsTable"), tr("Test accounts"),
        {tr("Name"), tr("E-mail"), tr("Role"), tr("Customer key"), tr("API key")});
    m_copyCustomerKey = new QPushButton(tr("Copy &customer key"), group);
    m_copyCustomerKey->setObjectName(QStringLiteral("copyCustomerKeyButton"));
    m_copyCustomerKey->setAccessibleDescription(
        tr("Copies the selected account's customer key, for Client Credentials"));
    m_copyApiKey = new QPushButton(tr("Copy API &key"), group);
    m_copyApiKey->setObjectName(QStringLiteral("copyApiKeyButton"));
    m_copyApiKey->setAccessibleDescription(
        tr("Copies the selected account's API key, sent as \"Authorization: token <key>\""));
    m_copyStatus = new QLabel(group);
    m_copyStatus->setObjectName(QStringLiteral("sandboxCopyStatus"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCustomerKey);
    buttons->addWidget(m_copyApiKey);
    buttons->addWidget(m_copyStatus, 1);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_accounts);
    layout->addLayout(buttons);
    connect(m_copyCustomerKey, &QPushButton::clicked, this, &SandboxPanel::copyCustomerKey);
    connect(m_copyApiKey, &QPushButton::clicked, this, &SandboxPanel::copyApiKey);
    return group;
}

QWidget* SandboxPanel::createAppsGroup()
{
    auto* group = new QGroupBox(tr("Apps"), this);
    m_apps = makeTable(group, QStringLiteral("sandboxAppsTable"), tr("Apps"),
        {tr("Name"), tr("Client ID"), tr("Mode"), tr("Requests per minute")});
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_apps);
    return group;
}

QSpinBox* SandboxPanel::faultSpin(const QString& name, const QString& accessibleName, int maximum)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, maximum);
    return spin;
}

QWidget* SandboxPanel::createFaultsGroup()
{
    auto* group = new QGroupBox(tr("Fault switches"), this);
    m_latency = faultSpin(QStringLiteral("sandboxLatencySpin"), tr("Added latency"), 120000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setSingleStep(250);
    m_serverErrors = faultSpin(QStringLiteral("sandboxServerErrorsSpin"), tr("Server errors"), 1000);
    m_malformedJson = faultSpin(QStringLiteral("sandboxMalformedJsonSpin"), tr("Malformed JSON"), 1000);
    m_dropConnections
        = faultSpin(QStringLiteral("sandboxDropConnectionsSpin"), tr("Dropped connections"), 1000);
    m_resetConnections
        = faultSpin(QStringLiteral("sandboxResetConnectionsSpin"), tr("Reset connections"), 1000);
    auto* form = new QFormLayout;
    form->addRow(tr("Added &latency (every answer):"), m_latency);
    form->addRow(tr("Next requests answer &500:"), m_serverErrors);
    form->addRow(tr("Next answers with &malformed JSON:"), m_malformedJson);
    form->addRow(tr("Next connections &dropped mid-answer:"), m_dropConnections);
    form->addRow(tr("Next connections rese&t (TCP RST) after the headers:"), m_resetConnections);
    m_apply = new QPushButton(tr("&Apply faults"), group);
    m_apply->setObjectName(QStringLiteral("applyFaultsButton"));
    m_reset = new QPushButton(tr("&Reset: all faults off"), group);
    m_reset->setObjectName(QStringLiteral("resetFaultsButton"));
    m_faultStatus = new QLabel(group);
    m_faultStatus->setObjectName(QStringLiteral("sandboxFaultStatus"));
    m_faultStatus->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_faultStatus);
    connect(m_apply, &QPushButton::clicked, this, &SandboxPanel::applyFaults);
    connect(m_reset, &QPushButton::clicked, this, &SandboxPanel::resetFaults);
    return group;
}

void SandboxPanel::setSession(ConsoleSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ConsoleSession::profileActivated, this, &SandboxPanel::refresh);
        connect(session, &ConsoleSession::registrationChanged, this, &SandboxPanel::fillApps);
    }
    refresh();
}

SandboxServer* SandboxPanel::sandbox() const
{
    return m_session && m_session->backend() ? m_session->backend()->sandboxServer() : nullptr;
}

void SandboxPanel::refresh()
{
    fillAccounts();
    fillApps();
    showFaults();
}

void SandboxPanel::fillAccounts()
{
    m_accounts->setRowCount(0);
    const SandboxServer* server = sandbox();
    if (!server)
        return;
    const QList<SandboxAccount>& accounts = server->config().accounts;
    m_accounts->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const SandboxAccount& account = accounts.at(row);
        m_accounts->setItem(row, NameColumn, item(account.name));
        m_accounts->setItem(row, EmailColumn, item(account.email));
        m_accounts->setItem(row, RoleColumn, item(account.role));
        // In the sandbox, as on Lofty, a user's customer key is also their API key.
        m_accounts->setItem(row, CustomerKeyColumn, item(maskedKey(account.customerKey)));
        m_accounts->setItem(row, ApiKeyColumn, item(maskedKey(account.customerKey)));
    }
    if (!accounts.isEmpty())
        m_accounts->selectRow(0);
}

void SandboxPanel::fillApps()
{
    m_apps->setRowCount(0);
    const SandboxServer* server = sandbox();
    if (!server)
        return;
    const QList<SandboxApp>& apps = server->config().apps;
    m_apps->setRowCount(int(apps.size()));
    for (int row = 0; row < apps.size(); ++row) {
        const SandboxApp& app = apps.at(row);
        m_apps->setItem(row, 0, item(app.name));
        m_apps->setItem(row, 1, item(app.clientId));
        m_apps->setItem(row, 2, item(SandboxApp::modeName(app.mode)));
        m_apps->setItem(row, 3, item(QString::number(app.rateLimitPerMinute())));
    }
}

QString SandboxPanel::maskedKey(const QString& key)
{
    if (key.size() <= 8)
        return QStringLiteral("••••");
    return QStringLiteral("••••") + key.right(4);
}

void SandboxPanel::copyCustomerKey()
{
    copyKey(tr("customer key"));
}

void SandboxPanel::copyApiKey()
{
    copyKey(tr("API key"));
}

void SandboxPanel::copyKey(const QString& what)
{
    const SandboxServer* server = sandbox();
    const int row = m_accounts->currentRow();
    if (!server || row < 0 || row >= server->config().accounts.size()) {
        m_copyStatus->setText(tr("Choose an account first."));
        return;
    }
    const SandboxAccount& account = server->config().accounts.at(row);
    QApplication::clipboard()->setText(account.customerKey);
    m_copyStatus->setText(tr("Copied %1's %2.").arg(account.name, what));
    emit statusMessage(m_copyStatus->text());
}

void SandboxPanel::applyFaults()
{
    SandboxServer* server = sandbox();
    if (!server) {
        m_faultStatus->setText(tr("The sandbox is not running: open the Sandbox profile."));
        return;
    }
    const QJsonObject patch {{QStringLiteral("latencyMs"), m_latency->value()},
        {QStringLiteral("serverErrors"), m_serverErrors->value()},
        {QStringLiteral("malformedJson"), m_malformedJson->value()},
        {QStringLiteral("dropConnections"), m_dropConnections->value()},
        {QStringLiteral("resetConnections"), m_resetConnections->value()}};
    QString error;
    if (!server->setFaults(patch, &error)) {
        m_faultStatus->setText(tr("The faults were not applied: %1").arg(error));
        return;
    }
    showFaults();
}

void SandboxPanel::resetFaults()
{
    for (QSpinBox* spin : {m_latency, m_serverErrors, m_malformedJson, m_dropConnections, m_resetConnections})
        spin->setValue(0);
    applyFaults();
}

void SandboxPanel::showFaults()
{
    const SandboxServer* server = sandbox();
    const QList<QWidget*> controls {m_apply, m_reset, m_latency, m_serverErrors, m_malformedJson,
        m_dropConnections, m_resetConnections, m_copyCustomerKey, m_copyApiKey};
    for (QWidget* control : controls)
        control->setEnabled(server != nullptr);
    if (!server) {
        m_faultStatus->setText(tr("The sandbox is not running: open the Sandbox profile."));
        return;
    }
    const SandboxFaults faults = server->faults();
    QStringList active;
    if (faults.latencyMs > 0)
        active << tr("%1 ms added to every answer").arg(faults.latencyMs);
    if (faults.serverErrors > 0)
        active << tr("the next %n request(s) answer 500", nullptr, faults.serverErrors);
    if (faults.malformedJson > 0)
        active << tr("the next %n answer(s) carry malformed JSON", nullptr, faults.malformedJson);
    if (faults.dropConnections > 0)
        active << tr("the next %n connection(s) are dropped mid-answer", nullptr, faults.dropConnections);
    if (faults.resetConnections > 0)
        active << tr(
            "the next %n connection(s) are reset after the headers", nullptr, faults.resetConnections);
    m_faultStatus->setText(active.isEmpty()
            ? tr("No faults: the sandbox answers normally.")
            : tr("Active: %1.").arg(active.join(tr("; ", "between the active faults"))));
}

QString SandboxPanel::copyStatus() const
{
    return m_copyStatus->text();
}

QString SandboxPanel::faultStatus() const
{
    return m_faultStatus->text();
}

void SandboxPanel::showEvent(QShowEvent* event)
{
    showFaults();
    m_faultPoll->start();
    QWidget::showEvent(event);
}

void SandboxPanel::hideEvent(QHideEvent* event)
{
    m_faultPoll->stop();
    QWidget::hideEvent(event);
}
