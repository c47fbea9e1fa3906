// lofty-sandbox: the console's built-in Lofty sandbox as a program of its own, for people who
// test their own integration code against it.

#include "sandbox/SandboxCommandLine.h"
#include "sandbox/SandboxServer.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop, which quits cleanly.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

bool installTerminationHandlers(QCoreApplication* app)
{
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
}

void printUrls(const SandboxServer& server, QTextStream& out)
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
    out << QCoreApplication::translate("lofty-sandbox", "Apps:") << '\n';
    for (const SandboxApp& app : server.config().apps)
        out << "  " << app.clientId << " (" << SandboxApp::modeName(app.mode) << ", "
            << (app.isPublic() ? QStringLiteral("public, PKCE") : QStringLiteral("confidential")) << ")\n";
    out << QCoreApplication::translate("lofty-sandbox", "Press Ctrl+C to stop.") << '\n';
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lofty-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOFTY_VERSION));
    SecretMasker::installMessageHandler();

    QTextStream out(stdout);
    QTextStream err(stderr);
    SandboxCommandLine options;
    QString text;
    switch (options.parse(QCoreApplication::arguments(), &text)) {
    case SandboxCommandLine::Outcome::PrintAndExit:
        out << text;
        return 0;
    case SandboxCommandLine::Outcome::Fail:
        err << text << '\n';
        return 2;
    case SandboxCommandLine::Outcome::Run:
        break;
    }

    SandboxServer server;
    server.setConfig(options.config);
    server.setTokenLifetimeSeconds(options.tokenLifetimeSeconds);
    server.setAutoApproveAccount(options.autoApproveAccount);
    server.setRateLimitOverride(options.rateLimitOverride);
    if (!server.listen(QHostAddress::LocalHost, options.port)) {
        err << QCoreApplication::translate("lofty-sandbox", "Cannot listen on 127.0.0.1:%1.")
                   .arg(options.port)
            << '\n';
        return 1;
    }
    if (!installTerminationHandlers(&app))
        err << QCoreApplication::translate("lofty-sandbox", "Warning: cannot handle SIGINT/SIGTERM.") << '\n';
    printUrls(server, out);
    const int status = QCoreApplication::exec();
    out << QCoreApplication::translate("lofty-sandbox", "Stopped.") << '\n';
    return status;
}
