#include "ConsoleWindowFixture.h"

#include "SessionController.h"
#include "api/ApiReply.h"
#include "panels/AuthorizePanel.h"
#include "panels/RequestTab.h"
#include "panels/RequestsPanel.h"
#include "profiles/InMemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "widgets/JsonView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

ConsoleWindowFixture::ConsoleWindowFixture() = default;

// The session, its sandbox and its files go before the temporary folder they live in.
ConsoleWindowFixture::~ConsoleWindowFixture()
{
    delete m_window;
    delete m_controller;
    delete m_session;
    delete m_store;
    delete m_secrets;
}

bool ConsoleWindowFixture::start(const QString& applicationName, QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("lofty-console-tests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folderPath(QStringLiteral("settings")));
    QSettings().clear();
    m_store = new ProfileStore(folderPath(QStringLiteral("profiles")), this);
    m_store->load();
    m_secrets = new InMemorySecretStore(this);
    m_session = new ConsoleSession(m_store, m_secrets, folderPath(QStringLiteral("history")), this);
    m_window = new MainWindow;
    m_window->resize(1100, 760);
    m_controller = new SessionController(m_session, m_window, this);
    if (!m_controller->activateInitialProfile(QStringLiteral("Sandbox"), error))
        return false;
    m_window->authorizePanel()->setBrowserOpener([this](const QUrl& url) {
        m_lastAuthorizeUrl = url;
        m_browser.open(url, QStringLiteral("alice"));
    });
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window)) {
        *error = QStringLiteral("the main window was never exposed");
        return false;
    }
    return true;
}

QString ConsoleWindowFixture::authorizeWithPkce(const QString& label, QString* error)
{
    QSignalSpy finished(m_session->authorization(), &AuthorizationService::finished);
    m_window->showPanel(MainWindow::Panel::Authorize);
    auto* grant = find<QComboBox>(QStringLiteral("grantCombo"));
    grant->setCurrentIndex(grant->findData(int(TokenSet::Grant::AuthorizationCodePkce)));
    find<QLineEdit>(QStringLiteral("accountLabelEdit"))->setText(label);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("startAuthorizeButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 20000)) {
        *error = QStringLiteral("the authorization did not finish within 20 s");
        return QString();
    }
    if (!finished.at(0).at(0).toBool()) {
        *error = finished.at(0).at(2).toString();
        return QString();
    }
    const QString accountId = finished.at(0).at(1).toString();
    const auto identityKnown = [&] {
        const AccountRecord* account = m_session->profile().account(accountId);
        return account && account->identity.isKnown();
    };
    if (!QTest::qWaitFor(identityKnown, 20000)) {
        *error = QStringLiteral("the console never learnt who the account is");
        return QString();
    }
    m_session->requests()->flushHistory(); // the identity call's entry, otherwise written a moment later
    return accountId;
}

ApiResponse ConsoleWindowFixture::sendFromRequestsPanel()
{
    RequestsPanel* panel = m_window->requestsPanel();
    QSignalSpy shown(panel, &RequestsPanel::responseShown);
    auto* url = panel->currentTab()->findChild<QLineEdit*>(QStringLiteral("urlEdit")); // the shown tab's
    url->setFocus();
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    if (!QTest::qWaitFor([&] { return shown.count() == 1; }, 20000))
        return ApiResponse();
    if (!QTest::qWaitFor([&] { return !panel->responseView()->isLoading(); }, 20000))
        return ApiResponse();
    return panel->lastResponse();
}
