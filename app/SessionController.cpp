#include "SessionController.h"

#include "CatalogUpdateDialog.h"
#include "MainWindow.h"
#include "ProfilesDialog.h"
#include "panels/AuthorizePanel.h"
#include "panels/CollectionsPanel.h"
#include "panels/HistoryPanel.h"
#include "panels/RegistrationPanel.h"
#include "panels/RequestsPanel.h"
#include "panels/SandboxPanel.h"
#include "panels/ScopesPanel.h"
#include "panels/TokensPanel.h"
#include "panels/WebhooksPanel.h"
#include "profiles/ProfileStore.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "util/LogCategories.h"
#include "widgets/AccountSwitcher.h"
#include "widgets/KeychainBanner.h"
#include "widgets/RateMeter.h"

#include <QShortcut>
#include <QStatusBar>

SessionController::SessionController(ConsoleSession* session, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    for (int row = 0; row < window->panelCount(); ++row) {
        if (QWidget* panel = window->builtPanelAt(row))
            wirePanel(row, panel);
    }
    connect(window, &MainWindow::panelCreated, this, &SessionController::wirePanel);
    window->accountSwitcher()->setSession(session);
    connectStatusBar();
    connect(window, &MainWindow::profileSelected, this, &SessionController::onProfileSelected);
    connect(window, &MainWindow::catalogUpdateRequested, this, &SessionController::openCatalogUpdate);
    connect(session, &ConsoleSession::profileActivated, this, &SessionController::onProfileActivated);
    connect(session->profileStore(), &ProfileStore::profilesChanged, this,
        &SessionController::fillProfileSwitcher);
    auto showMessage = [this](const QString& message) {
        if (m_window)
            m_window->statusBar()->showMessage(message, 15000);
    };
    connect(session, &ConsoleSession::problem, this, showMessage);
    connect(session, &ConsoleSession::secretStoreProblem, this, showMessage);
    connect(window, &MainWindow::profilesRequested, this, [this] {
        auto* dialog = new ProfilesDialog(m_session, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    KeychainBanner* banner = KeychainBanner::install(window);
    connect(session, &ConsoleSession::secretStoreProblem, banner, &KeychainBanner::showProblem);
    connect(session, &ConsoleSession::secretStoreRecovered, banner, &KeychainBanner::clearProblem);
}

void SessionController::wirePanel(int row, QWidget* panel)
{
    switch (MainWindow::Panel(row)) {
    case MainWindow::Panel::Registration:
        static_cast<RegistrationPanel*>(panel)->setSession(m_session);
        break;
    case MainWindow::Panel::Authorize: {
        auto* authorize = static_cast<AuthorizePanel*>(panel);
        authorize->setSession(m_session);
        connect(authorize, &AuthorizePanel::accountAuthorized, this,
            [this] { m_window->showPanel(MainWindow::Panel::Tokens); });
        connect(authorize, &AuthorizePanel::firstRequestRequested, this,
            [this] { m_window->showPanel(MainWindow::Panel::Requests); });
        connect(authorize, &AuthorizePanel::sandboxAccountsRequested, this,
            [this] { m_window->showPanel(MainWindow::Panel::Sandbox); });
        break;
    }
    case MainWindow::Panel::Tokens: {
        auto* tokens = static_cast<TokensPanel*>(panel);
        tokens->setSession(m_session);
        connect(tokens, &TokensPanel::reauthorizeRequested, this, [this](const QString& accountId) {
            m_window->authorizePanel()->reauthorize(accountId);
            m_window->showPanel(MainWindow::Panel::Authorize);
        });
        break;
    }
    case MainWindow::Panel::Scopes:
        static_cast<ScopesPanel*>(panel)->setSession(m_session);
        break;
    case MainWindow::Panel::Requests: {
        auto* requests = static_cast<RequestsPanel*>(panel);
        requests->setRequestService(m_session->requests());
        requests->setCatalog(m_session->catalog());
        connect(requests, &RequestsPanel::registrationRequested, this,
            [this] { m_window->showPanel(MainWindow::Panel::Registration); });
        // Ctrl+S where the request is edited saves it into the open collection.
        new QShortcut(QKeySequence::Save, requests, this, [this] { m_window->collectionsPanel()->save(); });
        break;
    }
    case MainWindow::Panel::History: {
        auto* history = static_cast<HistoryPanel*>(panel);
        history->setSession(m_session);
        connect(history, &HistoryPanel::openInRequests, this, [this](const ApiRequest& request) {
            m_window->showPanel(MainWindow::Panel::Requests);
            m_window->requestsPanel()->openInNewTab(request);
        });
        break;
    }
    case MainWindow::Panel::Sandbox: {
        auto* sandbox = static_cast<SandboxPanel*>(panel);
        sandbox->setSession(m_session);
        connect(sandbox, &SandboxPanel::statusMessage, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(message, 5000); });
        break;
    }
    case MainWindow::Panel::Collections: {
        auto* collections = static_cast<CollectionsPanel*>(panel);
        collections->setRequestService(m_session->requests());
        collections->setRequestSource([this] { return m_window->requestsPanel()->composedRequest(); });
        collections->setSecretStore(m_session->secretStore(), [this] { return m_session->profile().id; });
        connect(collections, &CollectionsPanel::openRequested, this, [this](const ApiRequest& request) {
            m_window->requestsPanel()->newTab();
            m_window->requestsPanel()->loadRequest(request);
            m_window->showPanel(MainWindow::Panel::Requests);
        });
        break;
    }
    case MainWindow::Panel::Webhooks:
        static_cast<WebhooksPanel*>(panel)->setSession(m_session);
        break;
    default:
        break; // panels registered by other parts of the console wire themselves
    }
}

void SessionController::connectStatusBar()
{
    AccountRegistry* accounts = m_session->accounts();
    connect(
        accounts, &AccountRegistry::currentAccountChanged, this, &SessionController::showAccountInStatusBar);
    connect(accounts, &AccountRegistry::accountsChanged, this, &SessionController::showAccountInStatusBar);
    connect(accounts, &AccountRegistry::accountReady, this, &SessionController::showAccountInStatusBar);
    connect(accounts, &AccountRegistry::tokenChanged, this, &SessionController::showAccountInStatusBar);
    connect(m_session->requests(), &RequestService::rateUsageChanged, this, &SessionController::showUsage);
    connect(
        accounts, &AccountRegistry::accountStateChanged, this, &SessionController::showAccountInStatusBar);
}

void SessionController::fillProfileSwitcher()
{
    QStringList names;
    for (const Profile& profile : m_session->profileStore()->profiles())
        names << profile.name;
    const QSignalBlocker blocker(m_window);
    m_window->setProfileNames(names);
    if (m_session->hasProfile())
        m_window->selectProfile(m_session->profile().name);
}

bool SessionController::activateInitialProfile(const QString& name, QString* error)
{
    fillProfileSwitcher();
    QString wanted = name;
    if (wanted.isEmpty()) {
        const Profile* current
            = m_session->profileStore()->find(m_session->profileStore()->currentProfileId());
        wanted = current ? current->name : m_window->currentProfileName();
    }
    if (wanted.isEmpty())
        wanted = QString::fromLatin1(Profile::SandboxPresetId);
    return m_session->activateProfile(wanted, error);
}

void SessionController::onProfileSelected(const QString& name)
{
    if (m_session->hasProfile() && m_session->profile().name.compare(name, Qt::CaseInsensitive) == 0)
        return;
    QString error;
    if (!m_session->activateProfile(name, &error))
        m_window->statusBar()->showMessage(
            tr("Profile \"%1\" could not be opened: %2").arg(name, error), 15000);
}

void SessionController::onProfileActivated()
{
    m_session->profileStore()->setCurrentProfileId(m_session->profile().id);
    fillProfileSwitcher();
    m_window->setSandboxIndicator(m_session->backend()->isSandbox());
    // A profile without accounts opens where the work starts, with the "Start here" hint.
    if (m_session->profile().accounts.isEmpty())
        m_window->showPanel(MainWindow::Panel::Authorize);
    showAccountInStatusBar();
    showUsage();
}

void SessionController::showAccountInStatusBar()
{
    const QString accountId = m_session->accounts()->currentId();
    const AccountRecord* account = m_session->profile().account(accountId);
    const AccountStatus status = m_session->accounts()->status(accountId);
    const bool sayState = account && status.state() != AccountStatus::State::Valid;
    m_window->setAccountName(!account ? QString()
            : sayState                ? tr("%1 (%2)").arg(account->displayName(), status.title())
                                      : account->displayName());
    // A refused token has no lifetime left, whatever its expiry says.
    const TokenSet token = sayState && status.state() == AccountStatus::State::NeedsReauthorization
        ? TokenSet()
        : m_session->accounts()->token(accountId);
    m_window->setTokenExpiry(token.isValid() ? token.expiresAt : QDateTime(), token.isValid());
}

void SessionController::showUsage()
{
    const RateUsage usage = m_session->requests()->rateUsage();
    m_window->rateMeter()->setUsage(usage.used, usage.limit, usage.secondsToReset);
}

void SessionController::openCatalogUpdate()
{
    auto* dialog = new CatalogUpdateDialog(m_session->catalog(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
