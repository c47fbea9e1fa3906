#include "CliTestEnvironment.h"
#include "TestBrowser.h"

#include "api/ApiResponse.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The console and the CLI share profiles.json, the keychain ("lofty-console") and the history:
// a token authorized in one is used by the other, and a refresh by one is what the other reads.
// ConsoleSession stands in for the console. Needs the real Secret Service (ctest starts a private
// one); QSKIPs without a session bus.
class tst_CliInterop : public QObject
{
    Q_OBJECT

private:
    using Console = ConsoleStandIn;

    CliTestEnvironment m_env;
    QString m_profileId;

    std::unique_ptr<Console> openConsole() { return m_env.openConsole(m_profileId); }

    // Selects the account and waits until its secrets are read from the keychain.
    static bool loadAccount(Console* console, const QString& accountId)
    {
        QSignalSpy ready(console->session.get()->accounts(), &AccountRegistry::accountReady);
        console->session->accounts()->select(accountId);
        return QTest::qWaitFor(
            [&] {
                for (const QList<QVariant>& arguments : std::as_const(ready)) {
                    if (arguments.at(0).toString() == accountId)
                        return true;
                }
                return false;
            },
            30000);
    }

    // The keychain runs one job at a time in order: once this read answers, every write the
    // session queued before it is done.
    static QByteArray readAfterPendingWrites(Console* console, const QString& key)
    {
        QByteArray data;
        bool answered = false;
        console->keychain->read(key, console->session.get(), [&](const SecretStore::Result& result) {
            data = result.data;
            answered = true;
        });
        (void)QTest::qWaitFor([&answered] { return answered; }, 30000);
        return data;
    }

    QString cliTokenPrint(const QString& accountId)
    {
        const CliRun run = m_env.run({QStringLiteral("token"), QStringLiteral("print"), QStringLiteral("-p"),
            m_profileId, QStringLiteral("-a"), accountId});
        if (run.exitCode != 0)
            qWarning().noquote() << run.describe();
        return run.outText().trimmed();
    }

private slots:
    void initTestCase()
    {
        if (!PrivateHome::haveSessionBus())
            QSKIP("needs a session bus with an unlocked Secret Service (ctest starts one)");
        QString error;
        QVERIFY2(m_env.setUpWithProfile(
                     QStringLiteral("Shared"), QStringLiteral("sandbox-native"), &m_profileId, &error),
            qPrintable(error));
    }

    void tokenAuthorizedInTheConsoleIsUsedByTheCli()
    {
        auto console = openConsole();
        QVERIFY(console);
        TestBrowser browser;
        connect(console->session.get()->authorization(), &AuthorizationService::openBrowserRequested,
            &browser, [&browser](const QUrl& url) { browser.open(url, QStringLiteral("alice")); });
        QSignalSpy finished(console->session.get()->authorization(), &AuthorizationService::finished);
        AuthorizationRequest request;
        request.grant = TokenSet::Grant::AuthorizationCodePkce;
        request.label = QStringLiteral("from the console");
        QVERIFY(console->session->authorization()->authorize(request));
        QVERIFY(finished.wait(30000));
        const QList<QVariant> result = finished.takeFirst();
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
        const QString accountId = result.at(1).toString();
        const TokenSet token = console->session->accounts()->token(accountId);
        QVERIFY(token.isValid());
        QVERIFY(!readAfterPendingWrites(
            console.get(), SecretStore::key(m_profileId, accountId, SecretStore::Kind::TokenSet))
                     .isEmpty());

        QCOMPARE(cliTokenPrint(accountId), token.accessToken);
        const CliRun call
            = m_env.run({QStringLiteral("request"), QStringLiteral("GET"), QStringLiteral("/v1.0/me"),
                QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), QStringLiteral("from the console")});
        QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));
    }

    void tokenAuthorizedInTheCliIsUsedByTheConsole()
    {
        const CliRun authorized = m_env.authorizeInBrowser({QStringLiteral("-p"), m_profileId,
            QStringLiteral("--no-browser"), QStringLiteral("--label"), QStringLiteral("from the cli")});
        QVERIFY2(authorized.exitCode == 0, qPrintable(authorized.describe()));
        const QString accountId = authorized.outText().trimmed();

        auto console = openConsole();
        QVERIFY(console);
        QVERIFY(console->session->profile().account(accountId));
        QVERIFY(loadAccount(console.get(), accountId));
        QCOMPARE(console->session->accounts()->token(accountId).accessToken, cliTokenPrint(accountId));
        QCOMPARE(console->get(QStringLiteral("/v1.0/me")), 200);
    }

    void refreshesAreSharedBothWays()
    {
        const CliRun authorized = m_env.authorizeInBrowser({QStringLiteral("-p"), m_profileId,
            QStringLiteral("--no-browser"), QStringLiteral("--label"), QStringLiteral("refreshed")});
        QVERIFY2(authorized.exitCode == 0, qPrintable(authorized.describe()));
        const QString accountId = authorized.outText().trimmed();
        const QString first = cliTokenPrint(accountId);

        // The CLI refreshes (the refresh token rotates): the console reads the new pair.
        const CliRun refreshed = m_env.run({QStringLiteral("token"), QStringLiteral("refresh"),
            QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), accountId});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
        const QString second = cliTokenPrint(accountId);
        QVERIFY(second != first);
        auto console = openConsole();
        QVERIFY(console);
        QVERIFY(loadAccount(console.get(), accountId));
        QCOMPARE(console->session->accounts()->token(accountId).accessToken, second);

        // The console refreshes with the rotated refresh token: the CLI prints the console's token.
        QSignalSpy changed(console->session.get()->accounts(), &AccountRegistry::tokenChanged);
        console->session->accounts()->current()->refresh();
        QVERIFY(changed.wait(30000));
        const QString third = console->session->accounts()->token(accountId).accessToken;
        QVERIFY(third != second);
        readAfterPendingWrites(
            console.get(), SecretStore::key(m_profileId, accountId, SecretStore::Kind::TokenSet));
        QCOMPARE(cliTokenPrint(accountId), third);
    }
};

QTEST_GUILESS_MAIN(tst_CliInterop)
#include "tst_cli_interop.moc"
