#include "CliTestEnvironment.h"

#include "TestBrowser.h"

#include "LoftyCore.h"
#include "api/ApiReply.h"
#include "api/ApiResponse.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

ConsoleStandIn::ConsoleStandIn() = default;
ConsoleStandIn::~ConsoleStandIn() = default;

int ConsoleStandIn::get(const QString& path) const
{
    RequestService* api = session->requests();
    std::unique_ptr<ApiReply> reply(api->send(api->requestFor(QStringLiteral("GET"), path)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
        return -1;
    return reply->response().httpStatus;
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"), outText(), errText());
}

QString CliTestEnvironment::program()
{
    return QStringLiteral(LOFTY_CLI_PROGRAM);
}

bool CliTestEnvironment::setUp(QString* error)
{
    if (!m_home.isValid()) {
        *error = QStringLiteral("no private HOME folder");
        return false;
    }
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setAutoApproveAccount(QStringLiteral("alice"));
    if (!m_sandbox->listen()) {
        *error = QStringLiteral("the sandbox cannot listen");
        return false;
    }
    return true;
}

bool CliTestEnvironment::setUpWithProfile(
    const QString& name, const QString& clientId, QString* profileId, QString* error)
{
    if (!setUp(error))
        return false;
    *profileId = addProfile(name, clientId);
    if (profileId->isEmpty())
        *error = QStringLiteral("the profile could not be saved");
    return !profileId->isEmpty();
}

QString CliTestEnvironment::profileFolder() const
{
    return m_home.folder("config") + QLatin1Char('/') + Lofty::organizationName() + QLatin1Char('/')
        + Lofty::applicationName();
}

QString CliTestEnvironment::historyFolder() const
{
    return m_home.folder("data") + QLatin1Char('/') + Lofty::organizationName() + QLatin1Char('/')
        + Lofty::applicationName() + QStringLiteral("/history");
}

QProcessEnvironment CliTestEnvironment::environment() const
{
    QProcessEnvironment environment = m_home.environment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("LOFTY_")) || name == QLatin1String("DISPLAY")
            || name == QLatin1String("WAYLAND_DISPLAY") || name == QLatin1String("BROWSER")
            || name == QLatin1String("QT_LOGGING_RULES"))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

QProcessEnvironment CliTestEnvironment::environmentWithoutKeychain() const
{
    return m_home.withoutSessionBus(environment());
}

std::unique_ptr<ConsoleStandIn> CliTestEnvironment::openConsole(const QString& profileId) const
{
    auto console = std::make_unique<ConsoleStandIn>();
    console->profiles = std::make_unique<ProfileStore>(profileFolder());
    console->profiles->load();
    console->keychain = std::make_unique<KeychainSecretStore>();
    console->session
        = std::make_unique<ConsoleSession>(console->profiles.get(), console->keychain.get(), historyFolder());
    if (!console->session->activateProfile(profileId))
        return nullptr;
    return console;
}

QString CliTestEnvironment::addProfile(const QString& name, const QString& clientId, const QUrl& baseUrl)
{
    ProfileStore store(profileFolder());
    store.load();
    Profile profile
        = Profile::sandbox().withSandboxBaseUrl(baseUrl.isEmpty() ? m_sandbox->baseUrl() : baseUrl);
    profile.isBuiltInSandbox = false;
    profile.id = Profile::newId();
    profile.name = name;
    profile.registration.name = name;
    profile.registration.clientId = clientId;
    return store.saveProfile(profile) ? profile.id : QString();
}

QString CliTestEnvironment::addAccountRecord(const QString& profileId, const QString& label)
{
    ProfileStore store(profileFolder());
    store.load();
    AccountRecord account;
    account.id = AccountRecord::newId();
    account.label = label;
    account.grant = TokenSet::Grant::AuthorizationCodePkce;
    account.authorizedAt = QDateTime::currentDateTimeUtc();
    return store.saveAccount(profileId, account) ? account.id : QString();
}

CliRun CliTestEnvironment::run(const QStringList& arguments, const QByteArray& input)
{
    return run(arguments, environment(), input);
}

CliRun CliTestEnvironment::run(const QStringList& arguments, const QProcessEnvironment& environment,
    const QByteArray& input, int timeoutMs)
{
    CliRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program(), arguments);
    if (!process.waitForStarted(20000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return finish(process, timeoutMs);
}

CliRun CliTestEnvironment::authorizeInBrowser(const QStringList& arguments, const QString& accountId)
{
    CliRun result;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program(),
        QStringList {QStringLiteral("authorize"), QStringLiteral("--timeout"), QStringLiteral("60")}
            + arguments);
    if (!process.waitForStarted(20000))
        return result;
    process.closeWriteChannel();
    QByteArray errors;
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
        [&process, &errors] { errors += process.readAllStandardError(); });
    static const QRegularExpression urlPattern(
        QStringLiteral(R"((http://127\.0\.0\.1:\d+/oauth/authorize\S*))"));
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            match = urlPattern.match(QString::fromUtf8(errors));
            return match.hasMatch() || process.state() == QProcess::NotRunning;
        },
        60000);
    TestBrowser browser;
    if (match.hasMatch())
        browser.open(QUrl(match.captured(1)), accountId);
    result = finish(process, 60000);
    result.err.prepend(errors);
    return result;
}

CliRun CliTestEnvironment::finish(QProcess& process, int timeoutMs)
{
    CliRun result;
    // Waiting through the event loop: the sandbox in this process must keep answering.
    (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        result.finished = process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
