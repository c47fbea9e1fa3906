#pragma once

#include "PrivateHome.h"
#include "sandbox/SandboxServer.h"

#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

#include <memory>

// One run of lofty-console-cli as a real process.
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const; // for failure messages
};

class ConsoleSession;
class KeychainSecretStore;
class ProfileStore;

// What the running console holds, standing in for it beside the CLI processes: the profile store,
// the real keychain and a session, on the CLI tests' private folders.
struct ConsoleStandIn
{
    ConsoleStandIn();
    ~ConsoleStandIn();

    // GET `path` through the session's current account: the HTTP status, -1 without an answer.
    int get(const QString& path) const;

    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<ConsoleSession> session;
};

// What the CLI tests share: a listening sandbox in this process (auto-approving alice), a private
// HOME/XDG tree that the CLI children use (profiles.json, history), profiles pointing at the
// sandbox, and a way to run the CLI and to play the browser for its authorize command. Children
// run asynchronously while this process's event loop serves the sandbox.
class CliTestEnvironment
{
public:
    bool setUp(QString* error);
    // setUp() and a profile named `name` for `clientId`, for the tests that need the keychain:
    // false (and `error`) also without a session bus.
    bool setUpWithProfile(const QString& name, const QString& clientId, QString* profileId, QString* error);

    static QString program();

    SandboxServer& sandbox() { return *m_sandbox; }
    QString root() const { return m_home.root(); }
    QString profileFolder() const; // what the CLI's QStandardPaths::AppConfigLocation resolves to
    QString historyFolder() const; // AppDataLocation + "/history"

    // The children's environment: private HOME/XDG folders, the session bus (if any), no display
    // or browser, no LOFTY_* variable.
    QProcessEnvironment environment() const;
    // Without a session bus: the keychain cannot be reached (a "locked" keychain for the CLI).
    QProcessEnvironment environmentWithoutKeychain() const;

    // A console on this environment's files with `profileId` active; null if it cannot activate it.
    std::unique_ptr<ConsoleStandIn> openConsole(const QString& profileId) const;

    // Adds a profile for `clientId` of the sandbox (or `baseUrl`); returns its id.
    QString addProfile(const QString& name, const QString& clientId, const QUrl& baseUrl = QUrl());
    // Adds an account record (no secret) to a profile; returns its id.
    QString addAccountRecord(const QString& profileId, const QString& label);

    CliRun run(const QStringList& arguments, const QByteArray& input = QByteArray());
    CliRun run(const QStringList& arguments, const QProcessEnvironment& environment,
        const QByteArray& input = QByteArray(), int timeoutMs = 60000);
    // Runs `authorize` (PKCE by default) and plays the browser as `accountId`.
    CliRun authorizeInBrowser(
        const QStringList& arguments, const QString& accountId = QStringLiteral("alice"));

private:
    // Waits (serving events) until the child ends, or kills it after `timeoutMs`; its output.
    static CliRun finish(QProcess& process, int timeoutMs);

    PrivateHome m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
};
