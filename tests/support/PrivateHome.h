#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A private HOME and XDG tree (home, config, data, cache, state, run) in a temporary folder, so
// that a test and the processes it starts never read or write the user's own settings, data or
// keyring. The run folder is 0700, as the XDG Base Directory specification asks of
// XDG_RUNTIME_DIR.
class PrivateHome
{
public:
    PrivateHome();

    bool isValid() const { return m_valid; }
    QString root() const { return m_root.path(); }
    QString folder(const char* name) const; // root()/name

    // The system environment with HOME and XDG_CONFIG/DATA/CACHE/STATE_HOME pointing here. The
    // session bus (if any) stays, so a child reaches the test's keyring.
    QProcessEnvironment environment() const;
    // `base` with no way to any session bus, keyring or display, and XDG_RUNTIME_DIR here: what a
    // process sees when the keychain cannot be reached.
    QProcessEnvironment withoutSessionBus(QProcessEnvironment base) const;
    QProcessEnvironment isolatedEnvironment() const { return withoutSessionBus(environment()); }
    // Points this process's HOME and XDG folders here (QStandardPaths reads them on every call).
    void applyToThisProcess() const;

    // True inside a session bus (the keyring tests' private dbus-run-session).
    static bool haveSessionBus();

private:
    QTemporaryDir m_root;
    bool m_valid = false;
};
