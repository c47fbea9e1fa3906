#pragma once

#include "sandbox/SandboxConfig.h"

#include <QStringList>

class QTextStream;
class SandboxServer;

// The options of `lofty-sandbox`, parsed without exiting the process so that tests can run it, and
// the whole program (exec()), shared by `lofty-sandbox` and `lofty-console-cli sandbox`.
class SandboxCommandLine
{
public:
    enum class Outcome { Run, PrintAndExit, Fail };

    quint16 port = 0;
    QString configFile;
    int tokenLifetimeSeconds = 3600;
    QString autoApproveAccount;
    int rateLimitOverride = 0;
    int webhookDelaySeconds = 3; // SandboxWebhookDispatcher::DefaultDelayMs
    SandboxConfig config = SandboxConfig::builtIn();

    // arguments include the program name. On PrintAndExit *output holds what to print (help,
    // version or the default configuration); on Fail *output holds the error message.
    Outcome parse(const QStringList& arguments, QString* output);
    // What the sandbox does where no public source says how Lofty behaves (printed by --help).
    static QString choices();
    // Applies the parsed options to `server` (before it listens).
    void configure(SandboxServer* server) const;
    // What the program prints once the server listens: its URLs, its apps and how to stop it.
    static void printBanner(const SandboxServer& server, QTextStream& out);

    // Parses `arguments`, listens on 127.0.0.1, prints the banner and runs the event loop until
    // SIGINT/SIGTERM. Returns the exit status: 0, 1 (cannot listen) or 2 (bad arguments).
    static int exec(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    bool readConfigFile(QString* error);
};
