#pragma once

#include "CliOutput.h"

#include "oauth/TokenSet.h"

#include <QCommandLineOption>
#include <QEventLoop>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class CliSecretStore;
class ConsoleSession;
class KeychainSecretStore;
class ProfileStore;
class QCommandLineParser;
struct Profile;

// What every command shares: the global options, the output, the user's profiles (the same
// profiles.json as the console), the keychain and the ConsoleSession that does the work. It also
// waits for the asynchronous parts (keychain, network) with a deadline, since a command is one
// run from start to exit.
class CliContext : public QObject
{
    Q_OBJECT

public:
    CliContext();
    ~CliContext() override;

    CliOutput& output() { return m_output; }

    // --profile, --account, --json, --no-header, --quiet: accepted before the command and after it.
    void addGlobalOptions(QCommandLineParser& parser) const;
    void applyGlobalOptions(const QCommandLineParser& parser);
    QString profileOption() const { return m_profileOption; }
    QString accountOption() const { return m_accountOption; }
    // A command's PROFILE operand (`profiles show NAME`) counts like --profile.
    void applyProfileOperand(const QString& profile) { m_profileOption = profile; }

    // The profiles, loaded on first use (problems with the file are reported on stderr).
    ProfileStore* profiles();
    // --profile (id or name), else $LOFTY_PROFILE, else the console's current profile. Null and an
    // error on stderr when there is no such profile.
    const Profile* selectedProfile();

    // Opens the keychain (checking that it works), builds the session, activates the selected
    // profile and, when `needAccount`, loads the selected account's secrets. Returns -1 when all
    // went well, else the exit status (the reason is already on stderr). With `loadAccount` false
    // the account is only looked up (e.g. to forget one whose token cannot be read).
    int openSession(bool needAccount, bool loadAccount = true);
    ConsoleSession* session() const { return m_session.get(); }
    CliSecretStore* secrets() const { return m_secrets.get(); }
    QString accountId() const { return m_accountId; }
    // Why the keychain cannot be used; empty when it works (or was not needed).
    QString keychainProblem() const;
    // Only the keychain (checked to work), for commands that store secrets without a session.
    bool openKeychain();

    // Runs the event loop until `done()` is true or `timeoutMs` passes; false on timeout. Anything
    // that may change `done()` must call wake().
    bool waitFor(const std::function<bool()>& done, int timeoutMs);
    void wake();

    // Lets queued keychain writes finish (a refreshed or new token must not be lost), then returns
    // `status`, or KeychainUnavailable when a write could not reach the keychain.
    int finish(int status);

    static constexpr int KeychainTimeoutMs = 30000;

private:
    void applyEnvironmentSecrets(const Profile& profile);
    int selectAccount(const Profile& profile, bool load);

    CliOutput m_output;
    QEventLoop m_loop;
    QString m_profileOption;
    QString m_accountOption;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<CliSecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_accountId;
    QSet<QString> m_readyAccounts;
    QHash<QString, QString> m_failedAccounts;
    QString m_storeProblem;
};
