#include "sandbox/SandboxCommandLine.h"

#include "sandbox/SandboxAdminRoutes.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxWebhookDispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxCommandLine", text);
}

bool parseInt(const QString& text, int minimum, int maximum, int* value)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    *value = number;
    return true;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop, which quits cleanly.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}
#endif

bool installTerminationHandlers(QCoreApplication* app)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
#else
    Q_UNUSED(app)
    return false;
#endif
}

} // namespace

// Behaviour no public Lofty source describes: what the sandbox does instead, said once here
// and in the README section "What the sandbox chooses".
QString SandboxCommandLine::choices()
{
    return tr("What the sandbox chooses (no public Lofty source says how Lofty behaves here):\n"
              "  - Access tokens live --token-lifetime seconds (default 3600). Authorization codes are\n"
              "    single use and live 10 minutes.\n"
              "  - Refresh tokens rotate: each refresh answers a new refresh token and the old one stops\n"
              "    working. A refresh token ends 180 days after its first issue. Client credentials get\n"
              "    no refresh token.\n"
              "  - Token endpoint errors use RFC 6749 section 5.2 (error, error_description).\n"
              "  - Error messages name the parameter at fault (Lofty's 20012 does not).\n"
              "  - Webhooks: plain http:// callbacks are taken for 127.0.0.1 and localhost only; at most\n"
              "    20 subscriptions a team. Events are posted --webhook-delay (3) s after the change to "
              "every subscription of\n"
              "    their list, tried 3 times (2 s, then 4 s apart) until a 2xx; list 3 gets exactly\n"
              "    {leadId, updateTime}, other lists {listId, event, leadId, updateTime, <new id>}.\n"
              "  - Operations whose effect the sandbox cannot model answer in the document's shape from\n"
              "    the sandbox's data: messages and agent notifications are recorded, not sent; AI\n"
              "    answers (call summaries, call scripts, insights, lead analyses) are built from the\n"
              "    lead's records, no model runs; call recordings are made-up https URLs; listings are\n"
              "    three fixed sandbox listings; Brokermint and company updates are accepted and\n"
              "    acknowledged; routing rules and sales-agent settings are kept in memory.\n"
              "  - Data lives in memory until the sandbox stops or POST /sandbox/reset is sent.\n");
}

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList& arguments, QString* output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local, Lofty-compatible OAuth 2.0 and REST API sandbox for testing integrations. "
           "It is not Lofty: no real data, no real accounts."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption portOption(QStringLiteral("port"),
        tr("Port on 127.0.0.1 (0 = pick a free one)."), tr("PORT"), QStringLiteral("0"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        tr("Apps and accounts from a JSON file (see --print-default-config)."), tr("FILE"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
        tr("Access token lifetime in seconds."), tr("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption approveOption(QStringLiteral("auto-approve"),
        tr("Skip the consent page: authorize at once as this account."), tr("ACCOUNT"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        tr("Requests per minute for every app (default: 100 in Development, 500 in "
           "Production), e.g. for benchmarks."),
        tr("N"));
    const QCommandLineOption webhookDelayOption(QStringLiteral("webhook-delay"),
        tr("Seconds between a change and its webhook delivery (0 to 3600)."), tr("SECONDS"),
        QStringLiteral("3"));
    const QCommandLineOption printOption(QStringLiteral("print-default-config"),
        tr("Print the built-in configuration in the format --config reads, and exit."));
    parser.addOptions({help, version, portOption, configOption, lifetimeOption, approveOption, rateOption,
        webhookDelayOption, printOption});

    if (!parser.parse(arguments)) {
        *output = parser.errorText();
        return Outcome::Fail;
    }
    if (parser.isSet(help)) {
        *output = parser.helpText() + QLatin1Char('\n') + choices();
        return Outcome::PrintAndExit;
    }
    if (parser.isSet(version)) {
        *output = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return Outcome::PrintAndExit;
    }
    if (parser.isSet(printOption)) {
        *output = QString::fromUtf8(SandboxConfig::builtIn().toJson());
        return Outcome::PrintAndExit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *output = tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst());
        return Outcome::Fail;
    }
    int portNumber = 0;
    if (!parseInt(parser.value(portOption), 0, 65535, &portNumber)) {
        *output = tr("--port: expected a number from 0 to 65535, got \"%1\".").arg(parser.value(portOption));
        return Outcome::Fail;
    }
    port = quint16(portNumber);
    if (!parseInt(parser.value(lifetimeOption), 1, 365 * 24 * 3600, &tokenLifetimeSeconds)) {
        *output = tr("--token-lifetime: expected a number of seconds from 1 to 31536000, got \"%1\".")
                      .arg(parser.value(lifetimeOption));
        return Outcome::Fail;
    }
    if (parser.isSet(rateOption) && !parseInt(parser.value(rateOption), 1, 100000000, &rateLimitOverride)) {
        *output = tr("--rate-limit: expected a positive number of requests per minute, got \"%1\".")
                      .arg(parser.value(rateOption));
        return Outcome::Fail;
    }
    if (!parseInt(parser.value(webhookDelayOption), 0, 3600, &webhookDelaySeconds)) {
        *output = tr("--webhook-delay: expected a number of seconds from 0 to 3600, got \"%1\".")
                      .arg(parser.value(webhookDelayOption));
        return Outcome::Fail;
    }
    configFile = parser.value(configOption);
    if (!configFile.isEmpty() && !readConfigFile(output))
        return Outcome::Fail;
    autoApproveAccount = parser.value(approveOption);
    if (!autoApproveAccount.isEmpty() && !config.account(autoApproveAccount)) {
        *output = tr("--auto-approve: no account \"%1\" in the configuration.").arg(autoApproveAccount);
        return Outcome::Fail;
    }
    return Outcome::Run;
}

bool SandboxCommandLine::readConfigFile(QString* error)
{
    QFile file(configFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("--config: cannot read %1: %2").arg(configFile, file.errorString());
        return false;
    }
    QString parseError;
    config = SandboxConfig::fromJson(file.readAll(), &parseError);
    if (!parseError.isEmpty()) {
        *error = tr("--config: %1: %2").arg(configFile, parseError);
        return false;
    }
    return true;
}

void SandboxCommandLine::configure(SandboxServer* server) const
{
    server->setConfig(config);
    server->setTokenLifetimeSeconds(tokenLifetimeSeconds);
    server->setAutoApproveAccount(autoApproveAccount);
    server->setRateLimitOverride(rateLimitOverride);
    server->webhookDispatcher()->setDelayMs(webhookDelaySeconds * 1000);
}

void SandboxCommandLine::printBanner(const SandboxServer& server, QTextStream& out)
{
    const auto line = [&out](const char* label, const QUrl& url) {
        out << QCoreApplication::translate("lofty-sandbox", label) << url.toString() << '\n';
    };
    out << QCoreApplication::translate("lofty-sandbox", "Lofty Sandbox (not the real Lofty) is running.")
        << '\n';
    line("  Base / API URL:  ", server.baseUrl());
    line("  Authorize URL:   ", server.authorizeUrl());
    line("  Vendor auth URL: ", server.vendorAuthUrl());
    line("  Token URL:       ", server.tokenUrl());
    line("  Admin API:       ", server.adminUrl());
    out << QCoreApplication::translate("lofty-sandbox", "  Admin API key:   ") << server.adminKey() << "  ("
        << SandboxAdminRoutes::KeyHeader << ")\n";
    out << QCoreApplication::translate("lofty-sandbox", "Apps:") << '\n';
    for (const SandboxApp& app : server.config().apps)
        out << "  " << app.clientId << " (" << SandboxApp::modeName(app.mode) << ", "
            << (app.isPublic() ? QStringLiteral("public, PKCE") : QStringLiteral("confidential")) << ")\n";
    out << QCoreApplication::translate("lofty-sandbox", "Press Ctrl+C to stop.") << '\n';
    out.flush();
}

int SandboxCommandLine::exec(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    SandboxCommandLine options;
    QString text;
    switch (options.parse(arguments, &text)) {
    case Outcome::PrintAndExit:
        out << text;
        out.flush();
        return 0;
    case Outcome::Fail:
        err << text << '\n';
        err.flush();
        return 2;
    case Outcome::Run:
        break;
    }

    SandboxServer server;
    options.configure(&server);
    if (!server.listen(QHostAddress::LocalHost, options.port)) {
        err << QCoreApplication::translate("lofty-sandbox", "Cannot listen on 127.0.0.1:%1.")
                   .arg(options.port)
            << '\n';
        err.flush();
        return 1;
    }
    if (!installTerminationHandlers(QCoreApplication::instance()))
        err << QCoreApplication::translate("lofty-sandbox", "Warning: cannot handle SIGINT/SIGTERM.") << '\n';
    printBanner(server, out);
    const int status = QCoreApplication::exec();
    out << QCoreApplication::translate("lofty-sandbox", "Stopped.") << '\n';
    out.flush();
    return status;
}
