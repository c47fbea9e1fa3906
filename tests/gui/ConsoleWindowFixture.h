#pragma once

#include "MainWindow.h"
#include "TestBrowser.h"
#include "api/ApiResponse.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

class ConsoleSession;
class InMemorySecretStore;
class ProfileStore;
class SessionController;

// The console as a user meets it, for tests that drive the real main window by object names: a
// session on the built-in Sandbox profile (profiles, settings and history in a temporary folder,
// secrets in memory), its MainWindow shown offscreen, and a TestBrowser that plays the browser
// as `alice` whenever the Authorize panel opens one.
class ConsoleWindowFixture : public QObject
{
    Q_OBJECT

public:
    ConsoleWindowFixture();
    ~ConsoleWindowFixture() override;

    // Sets the application's names and settings path, builds the session and the window, opens
    // the Sandbox profile and shows the window. False with *error set when any of that fails.
    bool start(const QString& applicationName, QString* error);

    // Authorizes an account with Authorization Code + PKCE through the Authorize panel and waits
    // until the console has also learnt who the account is (GET /v1.0/me), so that nothing of
    // the authorization is still in flight afterwards. The new account's id, or empty with *error.
    QString authorizeWithPkce(const QString& label, QString* error);

    // Ctrl+Return in the Requests panel's URL field; waits for the response to be shown and its
    // JSON view to be ready. An empty response when nothing came within 20 s.
    ApiResponse sendFromRequestsPanel();

    // A control by object name. Panels are built when first shown; one not built yet is built
    // here, as showing it would.
    template<typename T>
    T* find(const QString& name) const
    {
        T* widget = m_window->findChild<T*>(name);
        for (int row = 0; !widget && row < m_window->panelCount(); ++row) {
            if (!m_window->builtPanelAt(row))
                widget = m_window->panelAt(row)->findChild<T*>(name);
        }
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }

    QString folderPath(const QString& name) const { return m_dir.filePath(name); }
    ProfileStore* profileStore() const { return m_store; }
    InMemorySecretStore* secretStore() const { return m_secrets; }
    ConsoleSession* session() const { return m_session; }
    InMemorySecretStore* secrets() const { return m_secrets; } // setUnavailable(): a locked keychain
    MainWindow* window() const { return m_window; }
    QUrl lastAuthorizeUrl() const { return m_lastAuthorizeUrl; }

private:
    QTemporaryDir m_dir;
    ProfileStore* m_store = nullptr;
    InMemorySecretStore* m_secrets = nullptr;
    ConsoleSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    SessionController* m_controller = nullptr;
    TestBrowser m_browser;
    QUrl m_lastAuthorizeUrl;
};
