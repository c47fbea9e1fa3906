#include "CliTestEnvironment.h"
#include "SandboxTestHttp.h"
#include "SecretScan.h"

#include "catalog/EndpointCatalog.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxAdminRoutes.h"
#include "sandbox/SandboxConfig.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <csignal>

namespace {

// Exit statuses as documented in `lofty-console-cli --help` and README.md.
enum Exit {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    NotFound = 3,
    AuthorizationNeeded = 4,
    KeychainUnavailable = 5,
    NetworkError = 6
};

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

#define SKIP_WITHOUT_KEYCHAIN()                                                                              \
    if (!PrivateHome::haveSessionBus())                                                                      \
    QSKIP("needs a session bus with an unlocked Secret Service (ctest starts one)")

#define COMPARE_EXIT(run, expected) QVERIFY2((run).exitCode == (expected), qPrintable((run).describe()))

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    CliTestEnvironment m_env;
    QString m_profileId; // sandbox-native (public client, PKCE)
    QStringList m_secretsSeen; // every token the CLI printed: none may be in a file

    QString authorize(const QString& label)
    {
        const CliRun run = m_env.authorizeInBrowser({QStringLiteral("--profile"), m_profileId,
            QStringLiteral("--no-browser"), QStringLiteral("--label"), label});
        if (run.exitCode != Ok) {
            qWarning().noquote() << run.describe();
            return QString();
        }
        return run.outText().trimmed();
    }

    QString printToken(const QString& accountId, CliRun* run = nullptr)
    {
        const CliRun printed = m_env.run({QStringLiteral("token"), QStringLiteral("print"),
            QStringLiteral("--profile"), m_profileId, QStringLiteral("--account"), accountId});
        if (run)
            *run = printed;
        const QString token = printed.outText().trimmed();
        if (!token.isEmpty())
            m_secretsSeen << token;
        return token;
    }

    // `authorize --grant client-credentials` in `environment` with `account`'s customer key, then
    // `request GET /v1.0/me`: empty when the answer is that account's, else what went wrong.
    QString clientCredentialsReachMe(
        const QString& profileId, QProcessEnvironment environment, const QString& account)
    {
        environment.insert(
            QStringLiteral("LOFTY_CUSTOMER_KEY"), m_env.sandbox().config().account(account)->customerKey);
        const CliRun authorized
            = m_env.run({QStringLiteral("authorize"), QStringLiteral("--grant"),
                            QStringLiteral("client-credentials"), QStringLiteral("-p"), profileId},
                environment);
        if (authorized.exitCode != 0)
            return authorized.describe();
        const CliRun me = m_env.run({QStringLiteral("request"), QStringLiteral("GET"),
            QStringLiteral("/v1.0/me"), QStringLiteral("-p"), profileId});
        const bool answered
            = me.exitCode == 0 && me.outText().contains(account + QStringLiteral("@sandbox.lofty.invalid"));
        return answered ? QString() : me.describe();
    }

    CliRun request(const QString& accountId, const QStringList& rest)
    {
        return m_env.run(QStringList {QStringLiteral("request"), QStringLiteral("--profile"), m_profileId,
                             QStringLiteral("--account"), accountId}
            + rest);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliTestEnvironment::program()), qPrintable(CliTestEnvironment::program()));
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
        m_profileId = m_env.addProfile(QStringLiteral("Test Native"), QStringLiteral("sandbox-native"));
        QVERIFY(!m_profileId.isEmpty());
    }

    // --- no keychain needed ------------------------------------------------------------------

    void versionPrintsTheVersion()
    {
        const CliRun run = m_env.run({QStringLiteral("--version")});
        COMPARE_EXIT(run, Ok);
        QVERIFY(run.outText().startsWith(QStringLiteral("lofty-console-cli ")));
    }

    void helpListsCommandsAndExitStatuses()
    {
        const CliRun run = m_env.run({QStringLiteral("--help")});
        COMPARE_EXIT(run, Ok);
        for (const char* word : {"profiles", "accounts", "authorize", "token", "request", "scopes", "sandbox",
                 "Exit status", "5  keychain unavailable", "LOFTY_CLIENT_SECRET"})
            QVERIFY2(run.outText().contains(QLatin1String(word)), word);
    }

    void noCommandIsAUsageError()
    {
        const CliRun run = m_env.run({});
        COMPARE_EXIT(run, Usage);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.errText().contains(QStringLiteral("Usage:")));
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("profiles") << "profiles"
                                  << "export";
        QTest::newRow("accounts") << "accounts"
                                  << "--profile";
        QTest::newRow("authorize") << "authorize"
                                   << "LOFTY_CUSTOMER_KEY";
        QTest::newRow("token") << "token"
                               << "Authorization: Bearer $(lofty-console-cli token print)";
        QTest::newRow("request") << "request"
                                 << "--data";
        QTest::newRow("scopes") << "scopes"
                                << "--probe";
        QTest::newRow("sandbox") << "sandbox"
                                 << "--auto-approve";
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const CliRun run = m_env.run({command, QStringLiteral("--help")});
        COMPARE_EXIT(run, Ok);
        QVERIFY2(run.outText().contains(mentions), qPrintable(run.describe()));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << args({"frobnicate"});
        QTest::newRow("unknown global option") << args({"--frobnicate", "profiles"});
        QTest::newRow("option without value") << args({"profiles", "show", "--profile"});
        QTest::newRow("token without action") << args({"token"});
        QTest::newRow("token unknown action") << args({"token", "steal"});
        QTest::newRow("request without path") << args({"request", "GET"});
        QTest::newRow("request unknown method") << args({"request", "FETCH", "/v1.0/me"});
        QTest::newRow("request relative path") << args({"request", "GET", "v1.0/me"});
        QTest::newRow("request bad query") << args({"request", "GET", "/v1.0/me", "--query", "limit"});
        QTest::newRow("request bad header") << args({"request", "GET", "/v1.0/me", "--header", "X-Only"});
        QTest::newRow("request authorization header")
            << args({"request", "GET", "/v1.0/me", "--header", "Authorization: Bearer abc"});
        QTest::newRow("request data not json") << args({"request", "POST", "/v1.0/leads", "--data", "{bad"});
        QTest::newRow("request data missing file")
            << args({"request", "POST", "/v1.0/leads", "--data", "@/nonexistent/body.json"});
        QTest::newRow("request bad timeout") << args({"request", "GET", "/v1.0/me", "--timeout", "soon"});
        QTest::newRow("authorize unknown grant") << args({"authorize", "--grant", "magic"});
        QTest::newRow("authorize secret as argument")
            << args({"authorize", "--grant", "api-key", "eyJsecret"});
        QTest::newRow("authorize bad port") << args({"authorize", "--port", "99999"});
        QTest::newRow("profiles unknown action") << args({"profiles", "rename"});
        QTest::newRow("profiles create unknown preset")
            << args({"profiles", "create", "Another", "--preset", "okta"});
        QTest::newRow("profiles create taken name") << args({"profiles", "create", "test native"});
        QTest::newRow("profiles set unknown key")
            << args({"profiles", "set", "Test Native", "colour", "blue"});
        QTest::newRow("profiles set bad port")
            << args({"profiles", "set", "Test Native", "redirectPort", "70000"});
        QTest::newRow("profiles set bad url")
            << args({"profiles", "set", "Test Native", "tokenUrl", "token"});
        QTest::newRow("profiles set missing value") << args({"profiles", "set", "Test Native", "scope"});
        QTest::newRow("accounts unknown action") << args({"accounts", "delete"});
        QTest::newRow("scopes extra argument") << args({"scopes", "Leads"});
        QTest::newRow("sandbox bad port") << args({"sandbox", "--port", "70000"});
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = m_env.run(arguments);
        COMPARE_EXIT(run, Usage);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(!run.err.isEmpty(), qPrintable(run.describe()));
    }

    void unknownProfileIsNotFound_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("profiles show") << args({"profiles", "show", "nope"});
        QTest::newRow("profiles export") << args({"profiles", "export", "nope"});
        QTest::newRow("profiles set") << args({"profiles", "set", "nope", "scope", "openApi"});
        QTest::newRow("accounts list") << args({"accounts", "list", "--profile", "nope"});
        QTest::newRow("token print") << args({"--profile", "nope", "token", "print"});
        QTest::newRow("request") << args({"request", "GET", "/v1.0/me", "-p", "nope"});
        QTest::newRow("scopes") << args({"scopes", "--profile", "nope"});
    }

    void unknownProfileIsNotFound()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = m_env.run(arguments);
        COMPARE_EXIT(run, NotFound);
        QVERIFY2(run.errText().contains(QStringLiteral("\"nope\"")), qPrintable(run.describe()));
    }

    void unknownAccountIsNotFound()
    {
        const CliRun run = m_env.run({QStringLiteral("token"), QStringLiteral("print"),
            QStringLiteral("--profile"), m_profileId, QStringLiteral("--account"), QStringLiteral("nobody")});
        COMPARE_EXIT(run, NotFound);
        QVERIFY2(run.errText().contains(QStringLiteral("no account \"nobody\"")), qPrintable(run.describe()));
    }

    void profileWithoutAccountsIsNotFound()
    {
        const QString empty = m_env.addProfile(QStringLiteral("Empty"), QStringLiteral("sandbox-native"));
        const CliRun run = m_env.run({QStringLiteral("request"), QStringLiteral("GET"),
            QStringLiteral("/v1.0/me"), QStringLiteral("--profile"), QStringLiteral("Empty")});
        COMPARE_EXIT(run, NotFound);
        QVERIFY2(run.errText().contains(QStringLiteral("authorize")), qPrintable(run.describe()));
    }

    void profilesListPipesAsTabSeparatedRows()
    {
        const CliRun run = m_env.run({QStringLiteral("profiles"), QStringLiteral("list")});
        COMPARE_EXIT(run, Ok);
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(run.describe()));
        QCOMPARE(lines.constFirst().split(QLatin1Char('\t')).value(1), QStringLiteral("ID"));
        bool found = false;
        for (const QString& line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.value(1) == m_profileId) {
                found = true;
                QCOMPARE(fields.value(2), QStringLiteral("Test Native"));
                QCOMPARE(fields.value(4), QStringLiteral("sandbox-native"));
            }
        }
        QVERIFY(found);
    }

    void noHeaderDropsTheHeaderLine()
    {
        const CliRun run
            = m_env.run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--no-header")});
        COMPARE_EXIT(run, Ok);
        QVERIFY(!run.outText().contains(QStringLiteral("CLIENT ID")));
    }

    void profilesListAsJson()
    {
        const CliRun run
            = m_env.run({QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("list")});
        COMPARE_EXIT(run, Ok);
        QJsonParseError error;
        const QJsonArray profiles = QJsonDocument::fromJson(run.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList ids;
        for (const QJsonValue& profile : profiles)
            ids << profile.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(ids.contains(m_profileId));
        QVERIFY(ids.contains(QStringLiteral("sandbox")));
    }

    void profilesShowByName()
    {
        const CliRun run = m_env.run({QStringLiteral("profiles"), QStringLiteral("show"),
            QStringLiteral("test native"), QStringLiteral("--json")});
        COMPARE_EXIT(run, Ok);
        const QJsonObject profile = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(profile.value(QStringLiteral("id")).toString(), m_profileId);
        QVERIFY(run.outText().contains(QStringLiteral("sandbox-native")));
    }

    void exportThenImportKeepsTheSetup()
    {
        const QString file = m_env.root() + QStringLiteral("/exported.json");
        const CliRun exported = m_env.run(
            {QStringLiteral("profiles"), QStringLiteral("export"), m_profileId, QStringLiteral("-o"), file});
        COMPARE_EXIT(exported, Ok);
        const CliRun imported = m_env.run({QStringLiteral("profiles"), QStringLiteral("import"), file});
        COMPARE_EXIT(imported, Ok);
        const QString newId = imported.outText().trimmed();
        QVERIFY(!newId.isEmpty() && newId != m_profileId);
        const CliRun shown = m_env.run(
            {QStringLiteral("profiles"), QStringLiteral("show"), newId, QStringLiteral("--json")});
        COMPARE_EXIT(shown, Ok);
        const QJsonObject profile = QJsonDocument::fromJson(shown.out).object();
        // The name is taken by the exported profile: the import gets a free one and says so.
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Test Native 2"));
        QVERIFY2(imported.errText().contains(QStringLiteral(
                     "A profile named \"Test Native\" exists already; the import is a new profile named "
                     "\"Test Native 2\".")),
            qPrintable(imported.describe()));
        QCOMPARE(
            profile.value(QStringLiteral("apiBaseUrl")).toString(), m_env.sandbox().baseUrl().toString());
    }

    void importNeverReplacesAProfileOrItsAccounts()
    {
        const QString sharedId
            = m_env.addProfile(QStringLiteral("Shared setup"), QStringLiteral("sandbox-web"));
        QVERIFY(!sharedId.isEmpty());
        AccountRecord account;
        account.id = QStringLiteral("acc-shared");
        account.label = QStringLiteral("dave");
        {
            ProfileStore store(m_env.profileFolder());
            store.load();
            QVERIFY(store.saveAccount(sharedId, account));
        }
        const QString file = m_env.root() + QStringLiteral("/shared-setup.json");
        COMPARE_EXIT(m_env.run({QStringLiteral("profiles"), QStringLiteral("export"), sharedId,
                         QStringLiteral("-o"), file}),
            Ok);
        const CliRun imported = m_env.run({QStringLiteral("profiles"), QStringLiteral("import"), file});
        COMPARE_EXIT(imported, Ok);
        const QString newId = imported.outText().trimmed();
        ProfileStore store(m_env.profileFolder());
        store.load();
        QVERIFY(newId != sharedId);
        QCOMPARE(store.find(newId)->name, QStringLiteral("Shared setup 2"));
        QVERIFY(store.find(newId)->accounts.isEmpty());
        QCOMPARE(store.find(sharedId)->name, QStringLiteral("Shared setup"));
        QCOMPARE(store.find(sharedId)->accountIds(), QStringList {QStringLiteral("acc-shared")});
    }

    void profilesUseMakesAProfileCurrent()
    {
        const CliRun run
            = m_env.run({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("Test Native")});
        COMPARE_EXIT(run, Ok);
        const CliRun list
            = m_env.run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject profile = value.toObject();
            QCOMPARE(profile.value(QStringLiteral("current")).toBool(),
                profile.value(QStringLiteral("id")).toString() == m_profileId);
        }
    }

    void profilesCreateFromAPresetAndSetAField()
    {
        const CliRun created = m_env.run({QStringLiteral("profiles"), QStringLiteral("create"),
            QStringLiteral("Help Center"), QStringLiteral("--preset"), QStringLiteral("lofty-help-center")});
        COMPARE_EXIT(created, Ok);
        const QString id = created.outText().trimmed();
        const CliRun set = m_env.run({QStringLiteral("profiles"), QStringLiteral("set"),
            QStringLiteral("Help Center"), QStringLiteral("redirectPort"), QStringLiteral("8765")});
        COMPARE_EXIT(set, Ok);
        const CliRun shown
            = m_env.run({QStringLiteral("profiles"), QStringLiteral("show"), id, QStringLiteral("--json")});
        COMPARE_EXIT(shown, Ok);
        const QJsonObject profile = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Help Center"));
        QCOMPARE(profile.value(QStringLiteral("tokenUrl")).toString(),
            QStringLiteral("https://crm.lofty.com/api/user-web/oauth/token"));
        QCOMPARE(profile.value(QStringLiteral("redirectPort")).toInt(), 8765);
        QCOMPARE(
            profile.value(QStringLiteral("clientAuthentication")).toString(), QStringLiteral("httpBasic"));
    }

    void importOfABadFileNamesTheFields()
    {
        const QString file
            = qEnvironmentVariable("LOFTY_TEST_DATA") + QStringLiteral("/profiles/export-bad-fields.json");
        const CliRun run = m_env.run({QStringLiteral("profiles"), QStringLiteral("import"), file});
        COMPARE_EXIT(run, Usage);
        QVERIFY2(run.errText().contains(QStringLiteral("profile.")), qPrintable(run.describe()));
    }

    void lockedKeychainIsReportedWithItsStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("token print") << args({"token", "print"});
        QTest::newRow("token show") << args({"token", "show"});
        QTest::newRow("request") << args({"request", "GET", "/v1.0/me"});
        QTest::newRow("authorize") << args({"authorize", "--grant", "pkce", "--no-browser"});
        QTest::newRow("scopes probe") << args({"scopes", "--probe"});
    }

    void lockedKeychainIsReportedWithItsStatus()
    {
        QFETCH(QStringList, arguments);
        static const QString lockedProfile
            = m_env.addProfile(QStringLiteral("Locked"), QStringLiteral("sandbox-native"));
        static const QString account = m_env.addAccountRecord(lockedProfile, QStringLiteral("someone"));
        QVERIFY(!account.isEmpty());
        const CliRun run
            = m_env.run(arguments + QStringList {QStringLiteral("--profile"), QStringLiteral("Locked")},
                m_env.environmentWithoutKeychain());
        COMPARE_EXIT(run, KeychainUnavailable);
        QVERIFY2(
            run.errText().contains(QStringLiteral("keychain is unavailable")), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }

    void scopesWithoutProbeNeedNoKeychain()
    {
        const CliRun run = m_env.run({QStringLiteral("scopes"), QStringLiteral("--profile"), m_profileId},
            m_env.environmentWithoutKeychain());
        COMPARE_EXIT(run, Ok);
        bool found = false;
        for (const QString& line : run.outText().split(QLatin1Char('\n'))) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.value(0) == QLatin1String("Listings")) {
                found = true;
                QCOMPARE(fields.value(2), QStringLiteral("no")); // not granted to the sandbox apps
            }
        }
        QVERIFY2(found, qPrintable(run.describe()));
    }

    void sandboxCommandServesUntilSigterm()
    {
        QProcess process;
        process.setProcessEnvironment(m_env.environment());
        process.start(CliTestEnvironment::program(),
            {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--auto-approve"), QStringLiteral("bob")});
        QVERIFY(process.waitForStarted(20000));
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, this,
            [&] { out += process.readAllStandardOutput(); });
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("Press Ctrl+C"), 20000);
        const QRegularExpression base(QStringLiteral(R"(Base / API URL:\s+(http://127\.0\.0\.1:\d+))"));
        const QRegularExpressionMatch match = base.match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        const QRegularExpression keyLine(QStringLiteral(R"(Admin API key:\s+(\S+))"));
        const QRegularExpressionMatch key = keyLine.match(QString::fromUtf8(out));
        QVERIFY2(key.hasMatch(), out.constData());
        const QUrl accounts(match.captured(1) + QStringLiteral("/sandbox/accounts"));
        SandboxTestHttp http;
        QCOMPARE(http.get(accounts).status, 401);
        http.setDefaultHeader(SandboxAdminRoutes::KeyHeader, key.captured(1).toLatin1());
        QCOMPARE(http.get(accounts).status, 200);
        ::kill(pid_t(process.processId()), SIGTERM);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    // --- with the keychain ----------------------------------------------------------------------

    void authorizePrintsTheNewAccountId()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("first"));
        QVERIFY(!accountId.isEmpty());
        const CliRun run = m_env.run({QStringLiteral("accounts"), QStringLiteral("list"),
            QStringLiteral("--profile"), m_profileId, QStringLiteral("--json")});
        COMPARE_EXIT(run, Ok);
        bool found = false;
        for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array()) {
            const QJsonObject account = value.toObject();
            if (account.value(QStringLiteral("id")).toString() == accountId) {
                found = true;
                QCOMPARE(account.value(QStringLiteral("label")).toString(), QStringLiteral("first"));
                QCOMPARE(account.value(QStringLiteral("grant")).toString(), QStringLiteral("pkce"));
                QCOMPARE(account.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
                // Who it is (GET /v1.0/me) was saved before the CLI exited.
                QCOMPARE(account.value(QStringLiteral("email")).toString(),
                    QStringLiteral("alice@sandbox.lofty.invalid"));
            }
        }
        QVERIFY(found);
    }

    void tokenPrintGivesAWorkingBearerToken()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("print"));
        QVERIFY(!accountId.isEmpty());
        CliRun run;
        const QString token = printToken(accountId, &run);
        COMPARE_EXIT(run, Ok);
        QCOMPARE(run.outText(), token + QLatin1Char('\n')); // nothing else on stdout
        SandboxTestHttp http;
        const HttpResult me
            = http.get(QUrl(m_env.sandbox().baseUrl().toString() + QStringLiteral("/v1.0/me")),
                SandboxTestHttp::bearer(token));
        QCOMPARE(me.status, 200);
    }

    void tokenPrintRefreshesAnExpiringToken()
    {
        SKIP_WITHOUT_KEYCHAIN();
        m_env.sandbox().setTokenLifetimeSeconds(30); // always within token print's one-minute margin
        const QString accountId = authorize(QStringLiteral("short"));
        const QString first = printToken(accountId);
        const QString second = printToken(accountId);
        m_env.sandbox().setTokenLifetimeSeconds(3600);
        QVERIFY(!accountId.isEmpty());
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        QVERIFY2(
            first != second, "the second print must have refreshed again with the rotated refresh token");
    }

    void tokenShowMasksTheSecrets()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("show"));
        const QString token = printToken(accountId);
        QVERIFY(!token.isEmpty());
        const CliRun run = m_env.run({QStringLiteral("token"), QStringLiteral("show"),
            QStringLiteral("--json"), QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), accountId});
        COMPARE_EXIT(run, Ok);
        QVERIFY(!run.outText().contains(token));
        const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(shown.value(QStringLiteral("grant")).toString(), QStringLiteral("pkce"));
        QCOMPARE(shown.value(QStringLiteral("scope")).toString(), QStringLiteral("openApi"));
        QVERIFY(shown.value(QStringLiteral("accessToken")).toString().contains(QStringLiteral("chars")));
        QVERIFY(!shown.value(QStringLiteral("refreshToken")).toString().isEmpty());
    }

    void requestPrintsTheBodyOnStdoutAndTheStatusOnStderr()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("request"));
        const CliRun run = request(accountId, {QStringLiteral("GET"), QStringLiteral("/v1.0/me")});
        COMPARE_EXIT(run, Ok);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("email")).toString(),
            QStringLiteral("alice@sandbox.lofty.invalid"));
        QVERIFY2(run.errText().contains(QStringLiteral("HTTP 200")), qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("rate limit")), qPrintable(run.describe()));
    }

    void requestSendsQueryAndKeepsNumbersExact()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("query"));
        const CliRun run = request(accountId,
            {QStringLiteral("GET"), QStringLiteral("/v1.0/leads"), QStringLiteral("--query"),
                QStringLiteral("limit=1"), QStringLiteral("--pretty")});
        COMPARE_EXIT(run, Ok);
        QVERIFY2(run.out.contains("\n    "), run.out.constData()); // indented
        QVERIFY2(run.out.contains("9007199254740993"), run.out.constData()); // beyond 2^53, exact
    }

    void requestPostsTheBodyFromAFile()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("post"));
        const CatalogEndpoint* create = EndpointCatalog::builtIn().find(QStringLiteral("leads.create"));
        QVERIFY(create);
        const QString file = m_env.root() + QStringLiteral("/lead.json");
        QFile body(file);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(create->sampleBody);
        body.close();
        const CliRun run = request(accountId,
            {QStringLiteral("POST"), create->pathTemplate, QStringLiteral("--data"),
                QLatin1Char('@') + file});
        COMPARE_EXIT(run, Ok);
        QVERIFY2(run.errText().contains(QStringLiteral("HTTP 2")), qPrintable(run.describe()));
    }

    void requestForAMissingApiDecodesLoftysError()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("refused"));
        const CliRun run = request(accountId, {QStringLiteral("GET"), QStringLiteral("/v1.0/webhooks")});
        COMPARE_EXIT(run, Failure);
        QVERIFY2(run.errText().contains(QStringLiteral("HTTP 403")), qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("200100")), qPrintable(run.describe()));
        QVERIFY2(run.out.contains("200100"), qPrintable(run.describe())); // the body as the server sent it
    }

    void serverErrorIsARequestFailure()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("faults"));
        SandboxTestHttp http;
        http.setDefaultHeader(SandboxAdminRoutes::KeyHeader, m_env.sandbox().adminKey().toLatin1());
        QCOMPARE(http.sendJson("PUT", QUrl(m_env.sandbox().adminUrl().toString() + QStringLiteral("/faults")),
                         QJsonObject {{QStringLiteral("serverErrors"), 1}})
                     .status,
            200);
        const CliRun run = request(accountId, {QStringLiteral("GET"), QStringLiteral("/v1.0/me")});
        COMPARE_EXIT(run, Failure);
        QVERIFY2(run.errText().contains(QStringLiteral("HTTP 5")), qPrintable(run.describe()));
    }

    void refusedRefreshNeedsAuthorization()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("revoked"));
        QVERIFY(!accountId.isEmpty());
        m_env.sandbox().reset(); // forgets every token, as a revocation would
        const CliRun refresh = m_env.run({QStringLiteral("token"), QStringLiteral("refresh"),
            QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), accountId});
        COMPARE_EXIT(refresh, AuthorizationNeeded);
        QVERIFY2(refresh.errText().contains(QStringLiteral("invalid_grant")), qPrintable(refresh.describe()));
        QVERIFY2(refresh.errText().contains(QStringLiteral("authorize")), qPrintable(refresh.describe()));
        const CliRun call = request(accountId, {QStringLiteral("GET"), QStringLiteral("/v1.0/me")});
        COMPARE_EXIT(call, AuthorizationNeeded);
        QVERIFY2(call.errText().contains(QStringLiteral("401")), qPrintable(call.describe()));
    }

    void tokenRefreshReplacesTheToken()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("refresh"));
        const QString before = printToken(accountId);
        const CliRun run = m_env.run({QStringLiteral("token"), QStringLiteral("refresh"),
            QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), accountId});
        COMPARE_EXIT(run, Ok);
        const QString after = printToken(accountId);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
    }

    void unreachableServerIsANetworkError()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl deadUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        const QString deadProfile
            = m_env.addProfile(QStringLiteral("Dead"), QStringLiteral("sandbox-native"), deadUrl);
        QProcessEnvironment environment = m_env.environment();
        environment.insert(
            QStringLiteral("LOFTY_ACCESS_TOKEN"), QStringLiteral("pasted-token-for-a-dead-server"));
        const CliRun authorized = m_env.run({QStringLiteral("authorize"), QStringLiteral("--grant"),
                                                QStringLiteral("token"), QStringLiteral("-p"), deadProfile},
            environment);
        COMPARE_EXIT(authorized, Ok);
        const CliRun run = m_env.run({QStringLiteral("request"), QStringLiteral("GET"),
            QStringLiteral("/v1.0/me"), QStringLiteral("-p"), deadProfile});
        COMPARE_EXIT(run, NetworkError);
    }

    void clientCredentialsFromTheEnvironment()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString webProfile = m_env.addProfile(QStringLiteral("Web"), QStringLiteral("sandbox-web"));
        const SandboxConfig& config = m_env.sandbox().config();
        QProcessEnvironment environment = m_env.environment();
        environment.insert(
            QStringLiteral("LOFTY_CLIENT_SECRET"), config.app(QStringLiteral("sandbox-web"))->clientSecret);
        const QString problem = clientCredentialsReachMe(webProfile, environment, QStringLiteral("bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void importFromTheEnvironmentKeepsTheSecretInTheKeychain()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const SandboxConfig& config = m_env.sandbox().config();
        QProcessEnvironment environment = m_env.environment();
        environment.insert(QStringLiteral("LOFTY_BASE_URL"), m_env.sandbox().baseUrl().toString());
        environment.insert(QStringLiteral("LOFTY_CLIENT_ID"), QStringLiteral("sandbox-web"));
        environment.insert(
            QStringLiteral("LOFTY_CLIENT_SECRET"), config.app(QStringLiteral("sandbox-web"))->clientSecret);
        const CliRun imported
            = m_env.run({QStringLiteral("profiles"), QStringLiteral("import"), QStringLiteral("--from-env")},
                environment);
        COMPARE_EXIT(imported, Ok);
        const QString profileId = imported.outText().trimmed();
        QVERIFY(!imported.errText().contains(config.app(QStringLiteral("sandbox-web"))->clientSecret));

        // No LOFTY_CLIENT_SECRET any more: the client credentials grant finds it in the keychain.
        const QString problem
            = clientCredentialsReachMe(profileId, m_env.environment(), QStringLiteral("carol"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // README's exit-status table for `authorize`: 6 when the token endpoint refuses the connection,
    // 1 when it answers with an error.
    void authorizeExitStatusFollowsTheFailure_data()
    {
        QTest::addColumn<bool>("deadServer");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("connection refused") << true << QStringLiteral("any-secret") << int(NetworkError)
                                            << QStringLiteral("could not be reached");
        QTest::newRow("token endpoint error")
            << false << QStringLiteral("wrong-secret") << int(Failure) << QStringLiteral("invalid_client");
    }

    void authorizeExitStatusFollowsTheFailure()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QFETCH(bool, deadServer);
        QFETCH(QString, secret);
        QFETCH(int, expected);
        QFETCH(QString, message);
        QUrl baseUrl;
        if (deadServer) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        }
        const QString profile
            = m_env.addProfile(QStringLiteral("Exit %1").arg(QString::fromLatin1(QTest::currentDataTag())),
                QStringLiteral("sandbox-web"), baseUrl);
        QProcessEnvironment environment = m_env.environment();
        environment.insert(QStringLiteral("LOFTY_CLIENT_SECRET"), secret);
        environment.insert(QStringLiteral("LOFTY_CUSTOMER_KEY"),
            m_env.sandbox().config().account(QStringLiteral("bob"))->customerKey);
        const CliRun run = m_env.run({QStringLiteral("authorize"), QStringLiteral("--grant"),
                                         QStringLiteral("client-credentials"), QStringLiteral("-p"), profile},
            environment);
        COMPARE_EXIT(run, expected);
        QVERIFY2(run.errText().contains(message), qPrintable(run.describe()));
    }

    // A secret given for one run is not there for the next one's refresh: exit 2 before any request.
    void confidentialRefreshWithoutTheSecretIsAUsageError()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString profile
            = m_env.addProfile(QStringLiteral("RunOnlySecret"), QStringLiteral("sandbox-web"));
        const SandboxConfig& config = m_env.sandbox().config();
        QProcessEnvironment environment = m_env.environment();
        environment.insert(
            QStringLiteral("LOFTY_CLIENT_SECRET"), config.app(QStringLiteral("sandbox-web"))->clientSecret);
        environment.insert(
            QStringLiteral("LOFTY_CUSTOMER_KEY"), config.account(QStringLiteral("bob"))->customerKey);
        const CliRun authorized
            = m_env.run({QStringLiteral("authorize"), QStringLiteral("--grant"),
                            QStringLiteral("client-credentials"), QStringLiteral("-p"), profile},
                environment);
        COMPARE_EXIT(authorized, Ok);
        const QString accountId = authorized.outText().trimmed();
        const CliRun refresh = m_env.run({QStringLiteral("token"), QStringLiteral("refresh"),
            QStringLiteral("-p"), profile, QStringLiteral("-a"), accountId});
        COMPARE_EXIT(refresh, Usage);
        QVERIFY2(refresh.errText().contains(QStringLiteral("needs the app's client secret")),
            qPrintable(refresh.describe()));
        QVERIFY2(
            refresh.errText().contains(QStringLiteral("nothing was sent")), qPrintable(refresh.describe()));
    }

    void browserStartsWithoutTheSecretVariables()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString dump = m_env.root() + QStringLiteral("/browser-environment.txt");
        const QString script = m_env.root() + QStringLiteral("/fake-browser.sh");
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nenv > \"" + dump.toUtf8() + ".tmp\" && mv \"" + dump.toUtf8() + ".tmp\" \""
            + dump.toUtf8() + "\"\n");
        file.close();
        QVERIFY(
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QProcessEnvironment environment = m_env.environment();
        environment.insert(QStringLiteral("BROWSER"), script);
        environment.insert(
            QStringLiteral("LOFTY_CLIENT_SECRET"), QStringLiteral("secret-not-for-the-browser"));
        environment.insert(
            QStringLiteral("LOFTY_REFRESH_TOKEN"), QStringLiteral("refresh-not-for-the-browser"));
        const CliRun run = m_env.run(
            {QStringLiteral("authorize"), QStringLiteral("--grant"), QStringLiteral("pkce"),
                QStringLiteral("-p"), m_profileId, QStringLiteral("--timeout"), QStringLiteral("2")},
            environment);
        COMPARE_EXIT(run, NetworkError); // nobody came back: the browser was a script
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 10000);
        QFile seen(dump);
        QVERIFY(seen.open(QIODevice::ReadOnly));
        const QByteArray variables = seen.readAll();
        QVERIFY(variables.contains("BROWSER="));
        QVERIFY2(!variables.contains("LOFTY_"), variables.constData());
        QVERIFY(!variables.contains("not-for-the-browser"));
    }

    void codeGrantWithoutClientSecretIsAUsageError()
    {
        SKIP_WITHOUT_KEYCHAIN();
        m_env.addProfile(QStringLiteral("Secretless"), QStringLiteral("sandbox-web"));
        const CliRun run
            = m_env.run({QStringLiteral("authorize"), QStringLiteral("--grant"), QStringLiteral("code"),
                QStringLiteral("-p"), QStringLiteral("Secretless"), QStringLiteral("--no-browser")});
        COMPARE_EXIT(run, Usage);
        QVERIFY2(run.errText().contains(QStringLiteral("LOFTY_CLIENT_SECRET")), qPrintable(run.describe()));
    }

    void apiKeyFromStdin()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString key = m_env.sandbox().config().account(QStringLiteral("carol"))->customerKey;
        const CliRun run = m_env.run(
            {QStringLiteral("authorize"), QStringLiteral("--grant"), QStringLiteral("api-key"),
                QStringLiteral("-p"), m_profileId, QStringLiteral("--label"), QStringLiteral("key")},
            key.toUtf8() + '\n');
        COMPARE_EXIT(run, Ok);
        QVERIFY(!run.outText().contains(key));
        QVERIFY(!run.errText().contains(key));
        const CliRun me = request(QStringLiteral("key"), {QStringLiteral("GET"), QStringLiteral("/v1.0/me")});
        COMPARE_EXIT(me, Ok);
        QVERIFY2(me.out.contains("carol@sandbox.lofty.invalid"), qPrintable(me.describe()));
    }

    void tokenShowKeepsSixtyFourBitClaimsExact()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const auto part = [](const QByteArray& json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        // 2^53 + 1 as the subject: read as a double it would print ...992.
        const QByteArray pasted = part(R"({"alg":"HS256"})") + '.'
            + part(R"({"sub":9007199254740993,"iss":"lofty","exp":4102444800})") + ".c2lnbmF0dXJl";
        const CliRun authorized = m_env.run(
            {QStringLiteral("authorize"), QStringLiteral("--grant"), QStringLiteral("token"),
                QStringLiteral("-p"), m_profileId, QStringLiteral("--label"), QStringLiteral("exact")},
            pasted + '\n');
        COMPARE_EXIT(authorized, Ok);
        const CliRun run
            = m_env.run({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("--json"),
                QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), QStringLiteral("exact")});
        COMPARE_EXIT(run, Ok);
        const QJsonObject jwt
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("jwt")).toObject();
        QCOMPARE(jwt.value(QStringLiteral("subject")).toString(), QStringLiteral("9007199254740993"));
        QCOMPARE(jwt.value(QStringLiteral("issuer")).toString(), QStringLiteral("lofty"));
        QCOMPARE(jwt.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2100-01-01T00:00:00Z"));
    }

    void forgetRemovesTheAccount()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("forget me"));
        const CliRun run = m_env.run({QStringLiteral("token"), QStringLiteral("forget"), QStringLiteral("-p"),
            m_profileId, QStringLiteral("-a"), accountId});
        COMPARE_EXIT(run, Ok);
        CliRun after;
        printToken(accountId, &after);
        COMPARE_EXIT(after, NotFound);
    }

    void scopesShowWhatHistorySaw()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("history"));
        COMPARE_EXIT(request(accountId, {QStringLiteral("GET"), QStringLiteral("/v1.0/me")}), Ok);
        COMPARE_EXIT(request(accountId, {QStringLiteral("GET"), QStringLiteral("/v1.0/webhooks")}), Failure);
        const CliRun run = m_env.run(
            {QStringLiteral("scopes"), QStringLiteral("-p"), m_profileId, QStringLiteral("--json")});
        COMPARE_EXIT(run, Ok);
        const QJsonObject scopes = QJsonDocument::fromJson(run.out).object();
        bool sawRefusal = false;
        bool sawCurrentUser = false;
        for (const QJsonValue& value : scopes.value(QStringLiteral("apis")).toArray()) {
            const QJsonObject api = value.toObject();
            if (api.value(QStringLiteral("api")).toString() == QLatin1String("Webhooks"))
                sawRefusal = api.value(QStringLiteral("seenRefused")).toInt() > 0;
            if (api.value(QStringLiteral("api")).toString() == QLatin1String("Current User"))
                sawCurrentUser = api.value(QStringLiteral("seenAllowed")).toInt() > 0;
        }
        QVERIFY2(sawRefusal && sawCurrentUser, qPrintable(run.describe()));
    }

    void scopesProbeAsksTheServer()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString accountId = authorize(QStringLiteral("probe"));
        const CliRun run = m_env.run({QStringLiteral("scopes"), QStringLiteral("--probe"),
            QStringLiteral("-p"), m_profileId, QStringLiteral("-a"), accountId, QStringLiteral("--json")});
        COMPARE_EXIT(run, Ok);
        const QJsonObject scopes = QJsonDocument::fromJson(run.out).object();
        const QStringList allowed = scopes.value(QStringLiteral("probedAllowed")).toVariant().toStringList();
        QVERIFY2(allowed.contains(QStringLiteral("Leads")), qPrintable(run.describe()));
        QVERIFY2(!allowed.contains(QStringLiteral("Webhooks")), qPrintable(run.describe()));
    }

    void noSecretReachesAFile()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY(!m_secretsSeen.isEmpty());
        m_secretsSeen << m_env.sandbox().adminKey();
        int filesRead = 0;
        const QStringList found = SecretScan::findings(m_env.root(), m_secretsSeen, &filesRead);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(filesRead >= 2); // the profile file and a history file at least
    }

    // After every command above: the profiles and history the CLI wrote are its owner's alone.
    void everyWrittenFileIsPrivate()
    {
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto modeOf = [](const QString& path) {
            return QFile::permissions(path)
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        };
        int files = 0;
        for (const QString& folder : {m_env.profileFolder(), m_env.historyFolder()}) {
            QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
            QCOMPARE(modeOf(folder), owner | QFileDevice::ExeOwner);
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QVERIFY2(modeOf(path) == owner, qPrintable(path));
                ++files;
            }
        }
        QVERIFY(files >= 2); // profiles.json and at least one history file
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
