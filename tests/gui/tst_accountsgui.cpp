#include "ConsoleWindowFixture.h"

#include "panels/RegistrationPanel.h"
#include "panels/TokensPanel.h"
#include "profiles/InMemorySecretStore.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "widgets/ExpiryBar.h"
#include "widgets/KeychainBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Accounts that tell the truth, through the real main window on the Sandbox profile: a token the
// sandbox revoked (an API added in Development mode) shows "Needs re-authorization" in the Tokens
// panel and the status bar, and Re-authorize renews the same account; a keychain that cannot keep
// secrets puts up a banner that stays until a keychain operation works again. Each slot starts
// from a fresh window and session.
class tst_AccountsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleWindowFixture> m_console;

    template<typename T>
    T* find(const QString& name) const
    {
        return m_console->find<T>(name);
    }
    QString stateText() const { return find<QLabel>(QStringLiteral("accountState"))->text(); }
    QString statusBarAccount() const { return find<QLabel>(QStringLiteral("accountStatus"))->text(); }

    QString authorize(const QString& label)
    {
        QString error;
        const QString accountId = m_console->authorizeWithPkce(label, &error);
        if (accountId.isEmpty())
            qWarning().noquote() << error;
        return accountId;
    }

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleWindowFixture>();
        QString error;
        QVERIFY2(m_console->start(QStringLiteral("tst_accountsgui"), &error), qPrintable(error));
    }

    void cleanup() { m_console.reset(); }

    void revokedAccountNeedsReauthorizationAndIsRenewedInPlace()
    {
        ConsoleSession* session = m_console->session();
        const QString accountId = authorize(QStringLiteral("alice at work"));
        QVERIFY(!accountId.isEmpty());
        MainWindow* window = m_console->window();
        window->showPanel(MainWindow::Panel::Tokens);
        QVERIFY2(stateText().startsWith(QStringLiteral("Valid: ")), qPrintable(stateText()));
        QCOMPARE(statusBarAccount(), QStringLiteral("Account: alice at work"));
        // The identity beside the label, as the identity call answered.
        QVERIFY2(find<QComboBox>(QStringLiteral("tokensAccountCombo"))
                     ->currentText()
                     .startsWith(QStringLiteral("alice at work (")),
            qPrintable(find<QComboBox>(QStringLiteral("tokensAccountCombo"))->currentText()));
        QVERIFY(find<QLabel>(QStringLiteral("accountIdentity"))
                    ->text()
                    .contains(QStringLiteral("alice@sandbox.lofty.invalid")));

        // Development mode: adding an API revokes the app's tokens at once.
        window->showPanel(MainWindow::Panel::Registration);
        QVERIFY(window->registrationPanel()->setApiGranted(QStringLiteral("Webhooks"), true));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("saveRegistrationButton")), Qt::LeftButton);
        // A breaking edit asks first: one account will need re-authorization.
        QMessageBox* confirmation = window->registrationPanel()->openConfirmation();
        QVERIFY(confirmation);
        QVERIFY(confirmation->text().contains(QStringLiteral("1 account(s) will need re-authorization")));
        confirmation->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(session->sandbox()
                        ->config()
                        .app(session->profile().registration.clientId)
                        ->grantedApis.contains(QStringLiteral("Webhooks")));

        // The next call answers 401; the one refresh answers invalid_grant.
        window->showPanel(MainWindow::Panel::Tokens);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testTokenButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stateText().startsWith(QStringLiteral("Needs re-authorization: ")), 20000);
        QCOMPARE(statusBarAccount(), QStringLiteral("Account: alice at work (Needs re-authorization)"));
        QCOMPARE(find<QLabel>(QStringLiteral("tokenExpiryStatus"))->text(), QStringLiteral("No token"));
        QVERIFY(!find<QPushButton>(QStringLiteral("refreshTokenButton"))->isEnabled());
        QCOMPARE(find<ExpiryBar>(QStringLiteral("tokenExpiryBar"))->text(),
            QStringLiteral("Refused by the server"));

        // Re-authorize: the Authorize panel renews this account.
        QSignalSpy finished(session->authorization(), &AuthorizationService::finished);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("reauthorizeButton")), Qt::LeftButton);
        QCOMPARE(window->currentPanel(), MainWindow::Panel::Authorize);
        QCOMPARE(
            find<QLineEdit>(QStringLiteral("accountLabelEdit"))->text(), QStringLiteral("alice at work"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startAuthorizeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(2).toString()));
        QCOMPARE(finished.constFirst().at(1).toString(), accountId);
        QCOMPARE(session->profile().accounts.size(), 1);
        QCOMPARE(session->profile().account(accountId)->label, QStringLiteral("alice at work"));
        window->showPanel(MainWindow::Panel::Tokens);
        QTRY_VERIFY(stateText().startsWith(QStringLiteral("Valid: ")));
        QCOMPARE(statusBarAccount(), QStringLiteral("Account: alice at work"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testTokenButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console->window()->tokensPanel()->testResult().startsWith(QStringLiteral("Works")), 20000);
    }

    void keychainBannerStaysUntilAKeychainOperationWorks()
    {
        auto* banner = find<KeychainBanner>(QStringLiteral("keychainBanner"));
        auto* clientSecret = find<QLineEdit>(QStringLiteral("clientSecretEdit"));
        QVERIFY(banner->isHidden());
        QCOMPARE(clientSecret->placeholderText(), QStringLiteral("unchanged (stored in the keychain)"));

        m_console->secrets()->setUnavailable(QStringLiteral("The login keyring is locked."));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->message().contains(QStringLiteral("The login keyring is locked.")));
        QCOMPARE(clientSecret->placeholderText(), QStringLiteral("unchanged (kept for this run only)"));
        QVERIFY(!clientSecret->accessibleDescription().contains(QStringLiteral("Kept in the keychain")));

        // Writes keep failing: the banner stays.
        QVERIFY(!authorize(QStringLiteral("while locked")).isEmpty());
        QVERIFY(banner->isVisible());

        // Unlocked; the next write that works takes the banner away.
        m_console->secrets()->setAvailable();
        QVERIFY(banner->isVisible());
        QVERIFY(!authorize(QStringLiteral("after unlocking")).isEmpty());
        QTRY_VERIFY(banner->isHidden());
        QCOMPARE(clientSecret->placeholderText(), QStringLiteral("unchanged (stored in the keychain)"));
    }

    void refreshTokenLifetimeIsOnlyStatedWhenTheProfileKnowsIt()
    {
        QVERIFY(!authorize(QStringLiteral("lifetime")).isEmpty());
        ConsoleSession* session = m_console->session();
        auto* info = find<QLabel>(QStringLiteral("refreshTokenInfo"));
        QCOMPARE(session->profile().refreshTokenLifetimeDays, 180);
        QCOMPARE(info->text(), QStringLiteral("Present, 0 day(s) old; about 180 of 180 days left"));

        Profile generic = session->profile();
        generic.refreshTokenLifetimeDays = 0; // a provider that does not say
        QVERIFY(session->updateProfile(generic));
        m_console->window()->showPanel(MainWindow::Panel::Tokens);
        find<QComboBox>(QStringLiteral("tokensAccountCombo"))->setCurrentIndex(0);
        session->accounts()->select(session->accounts()->currentId());
        QTRY_COMPARE(info->text(), QStringLiteral("Present, 0 day(s) old"));
    }
};

QTEST_MAIN(tst_AccountsGui)
#include "tst_accountsgui.moc"
