#include "SessionController.h"

#include "MainWindow.h"
#include "panels/AuthorizePanel.h"
#include "panels/HistoryPanel.h"
#include "panels/RegistrationPanel.h"
#include "panels/RequestsPanel.h"
#include "panels/ScopesPanel.h"
#include "panels/TokensPanel.h"
#include "panels/WebhooksPanel.h"
#include "profiles/ProfileStore.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "util/LogCategories.h"
#include "widgets/RateMeter.h"

#include <QStatusBar>

SessionController::SessionController(ConsoleSession* session, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    connectPanels();
    connectStatusBar();
    connect(window, &MainWindow::profileSelected, this, &SessionController::onProfileSelected);
    connect(session, &ConsoleSession::profileActivated, this, &SessionController::onProfileActivated);
    connect(session->profileStore(), &ProfileStore::profilesChanged, this,
        &SessionController::fillProfileSwitcher);
    auto showMessage = [this](const QString& message) {
        if (m_window)
            m_window->statusBar()->showMessage(message, 15000);
    };
    connect(session, &ConsoleSession::problem, this, showMessage);
    connect(session, &ConsoleSession::secretStoreProblem, this, showMessage);
}

void SessionController::connectPanels()
{
    MainWindow* window = m_window;
    window->registrationPanel()->setSession(m_session);
    window->authorizePanel()->setSession(m_session);
    window->tokensPanel()->setSession(m_session);
    window->scopesPanel()->setSession(m_session);
    window->historyPanel()->setSession(m_session);
    window->webhooksPanel()->setSession(m_session);
    window->requestsPanel()->setRequestService(m_session->requests());
    connect(window->historyPanel(), &HistoryPanel::openInRequests, this, [this](const ApiRequest& request) {
        m_window->requestsPanel()->loadRequest(request);
        m_window->showPanel(MainWindow::Panel::Requests);
    });
    connect(window->requestsPanel(), &RequestsPanel::registrationRequested, this,
        [this] { m_window->showPanel(MainWindow::Panel::Registration); });
    connect(window->authorizePanel(), &AuthorizePanel::accountAuthorized, this,
        [this] { m_window->showPanel(MainWindow::Panel::Tokens); });
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
    showAccountInStatusBar();
    showUsage();
}

void SessionController::showAccountInStatusBar()
{
    const QString accountId = m_session->accounts()->currentId();
    const AccountRecord* account = m_session->profile().account(accountId);
    m_window->setAccountName(account ? account->displayName() : QString());
    const TokenSet token = m_session->accounts()->token(accountId);
    m_window->setTokenExpiry(token.isValid() ? token.expiresAt : QDateTime(), token.isValid());
}

void SessionController::showUsage()
{
    const RateUsage usage = m_session->requests()->rateUsage();
    m_window->rateMeter()->setUsage(usage.used, usage.limit, usage.secondsToReset);
}
