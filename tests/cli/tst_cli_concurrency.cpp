#include "CliTestEnvironment.h"

#include "api/ApiClient.h"
#include "api/ApiResponse.h"
#include "oauth/TokenRefresher.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

// The console and lofty-console-cli at the same time against one sandbox, sharing profiles.json
// and the keychain: refresh tokens rotate under each other (the sandbox retires a refresh token
// once used), and the CLI adds an account while the console writes the file. Nothing may be lost:
// no account ends up needing re-authorization, no account disappears. ConsoleSession stands in for
// the running console; the CLI runs as real processes. Needs the Secret Service ctest starts.
class tst_CliConcurrency : public QObject
{
    Q_OBJECT

private:
    using Console = ConsoleStandIn;

    CliTestEnvironment m_env;
    QString m_profileId;

    std::unique_ptr<Console> openConsole(const QString& accountId)
    {
        auto console = m_env.openConsole(m_profileId);
        if (!console)
            return nullptr;
        console->session->accounts()->select(accountId);
        if (!QTest::qWaitFor([&] { return console->session->accounts()->token(accountId).isValid(); }, 30000))
            return nullptr;
        return console;
    }

    QString cliAuthorize(const QString& label)
    {
        const CliRun run = m_env.authorizeInBrowser({QStringLiteral("-p"), m_profileId,
            QStringLiteral("--no-browser"), QStringLiteral("--label"), label});
        if (run.exitCode != 0)
            qWarning().noquote() << run.describe();
        return run.exitCode == 0 ? run.outText().trimmed() : QString();
    }

    CliRun cli(const QString& accountId, const QStringList& arguments)
    {
        return m_env.run(
            arguments + QStringList {QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), accountId});
    }

    // The state `accounts list --json` reports for the account ("" when it is not listed).
    QString cliState(const QString& accountId)
    {
        const CliRun run = m_env.run({QStringLiteral("accounts"), QStringLiteral("list"),
            QStringLiteral("-p"), m_profileId, QStringLiteral("--json")});
        for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == accountId)
                return value.toObject().value(QStringLiteral("state")).toString();
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        if (!PrivateHome::haveSessionBus())
            QSKIP("needs a session bus with an unlocked Secret Service (ctest starts one)");
        QString error;
        QVERIFY2(m_env.setUpWithProfile(
                     QStringLiteral("Side by side"), QStringLiteral("sandbox-native"), &m_profileId, &error),
            qPrintable(error));
    }

    // The console holds refresh token 1 in memory; the CLI rotates it to 2. The console's next
    // refresh reads the keychain first and uses 2 instead of sending the retired 1.
    void theConsoleRefreshesWithTheTokenTheCliRotated()
    {
        const QString accountId = cliAuthorize(QStringLiteral("rotated by the cli"));
        QVERIFY(!accountId.isEmpty());
        auto console = openConsole(accountId);
        QVERIFY(console);
        const TokenSet held = console->session->accounts()->token(accountId);

        const CliRun refreshed = cli(accountId, {QStringLiteral("token"), QStringLiteral("refresh")});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));

        QSignalSpy reauthorize(console->session->accounts(), &AccountRegistry::reauthorizationRequired);
        QSignalSpy finished(
            qobject_cast<TokenRefresher*>(console->session->accounts()->account(accountId)->credentials()),
            &TokenRefresher::refreshFinished);
        console->session->accounts()->current()->refresh();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        QCOMPARE(reauthorize.size(), 0);
        const TokenSet now = console->session->accounts()->token(accountId);
        QVERIFY(now.refreshToken != held.refreshToken);
        QCOMPARE(console->session->accounts()->status(accountId).state(), AccountStatus::State::Valid);
        QCOMPARE(console->get(QStringLiteral("/v1.0/me")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            cli(accountId, {QStringLiteral("token"), QStringLiteral("print")}).outText().trimmed(),
            now.accessToken, 30000);
    }

    // Both refresh at the same moment with the same refresh token: the sandbox honours one and
    // answers invalid_grant to the other, which reads the keychain again and takes over the
    // rotated pair. Both processes go on working; neither marks the account.
    void simultaneousRefreshesLoseNothing()
    {
        const QString accountId = cliAuthorize(QStringLiteral("refreshed by both"));
        QVERIFY(!accountId.isEmpty());
        auto console = openConsole(accountId);
        QVERIFY(console);
        QSignalSpy reauthorize(console->session->accounts(), &AccountRegistry::reauthorizationRequired);
        for (int round = 0; round < 3; ++round) {
            auto* refresher = qobject_cast<TokenRefresher*>(
                console->session->accounts()->account(accountId)->credentials());
            QSignalSpy finished(refresher, &TokenRefresher::refreshFinished);
            console->session->accounts()->current()->refresh(); // in flight while the CLI runs
            const CliRun cliRefresh = cli(accountId, {QStringLiteral("token"), QStringLiteral("refresh")});
            QVERIFY2(cliRefresh.exitCode == 0, qPrintable(cliRefresh.describe()));
            QVERIFY(!finished.isEmpty() || finished.wait(30000));
            QVERIFY2(
                finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        }
        QCOMPARE(reauthorize.size(), 0);
        QCOMPARE(console->session->accounts()->status(accountId).state(), AccountStatus::State::Valid);
        QCOMPARE(console->get(QStringLiteral("/v1.0/me")), 200);
        const CliRun call
            = cli(accountId, {QStringLiteral("request"), QStringLiteral("GET"), QStringLiteral("/v1.0/me")});
        QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));
        QCOMPARE(cliState(accountId), QStringLiteral("valid"));
    }

    // While the console writes profiles.json over and over (selecting accounts, saving account
    // state, saving the profile's settings from its own copy), the CLI adds an account: the file
    // keeps it and the running console shows it.
    void anAccountAddedInTheCliWhileTheConsoleSavesIsKept()
    {
        const QString first = cliAuthorize(QStringLiteral("console's first"));
        const QString second = cliAuthorize(QStringLiteral("console's second"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        auto console = openConsole(first);
        QVERIFY(console);
        int saves = 0;
        int failedSettingsSaves = 0;
        QTimer saving;
        saving.setInterval(5);
        connect(&saving, &QTimer::timeout, this, [&] {
            if (++saves % 3 == 0) {
                Profile edited = console->session->profile();
                edited.name = QStringLiteral("Side by side, save %1").arg(saves);
                if (!console->session->updateProfile(edited))
                    ++failedSettingsSaves;
                return;
            }
            console->session->accounts()->select(saves % 2 ? second : first);
        });
        saving.start();
        const QString added = cliAuthorize(QStringLiteral("added by the cli"));
        saving.stop();
        QVERIFY(!added.isEmpty());
        QVERIFY(saves > 10);
        QCOMPARE(failedSettingsSaves, 0);

        ProfileStore onDisk(m_env.profileFolder());
        onDisk.load();
        const Profile* profile = onDisk.find(m_profileId);
        QVERIFY(profile);
        for (const QString& id : {first, second, added})
            QVERIFY2(profile->account(id), qPrintable(id));
        QTRY_VERIFY_WITH_TIMEOUT(console->session->profile().account(added), 10000);
        console->session->accounts()->select(added);
        QTRY_VERIFY_WITH_TIMEOUT(console->session->accounts()->token(added).isValid(), 30000);
        QCOMPARE(console->get(QStringLiteral("/v1.0/me")), 200);
        QCOMPARE(cliState(added), QStringLiteral("valid"));
    }
};

QTEST_GUILESS_MAIN(tst_CliConcurrency)
#include "tst_cli_concurrency.moc"
