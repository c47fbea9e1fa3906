#pragma once

#include "api/ApiResponse.h"
#include "oauth/TokenSet.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class ConsoleSession;
class InMemorySecretStore;
class ProfileStore;

// What the benchmark drivers need of a console session: fresh configuration in a temporary
// folder, the built-in Sandbox profile with auto-approve (so a PKCE grant needs no consent
// page) and no practical rate limit, and synchronous helpers that run the event loop until the
// session's asynchronous answers arrive. Secrets stay in memory (InMemorySecretStore).
class SessionHarness : public QObject
{
    Q_OBJECT

public:
    explicit SessionHarness(QObject* parent = nullptr);
    ~SessionHarness() override;

    bool isValid() const { return m_dir.isValid(); }
    QString folder() const { return m_dir.path(); }
    QString historyFolder() const { return m_dir.filePath(QStringLiteral("history")); }
    ConsoleSession* session() const { return m_session.get(); }

    // A new ConsoleSession over the same folder (as a new run of the console would make).
    void recreateSession();
    bool activateSandbox(QString* error);
    // A whole PKCE grant (listener, authorize, callback, token exchange); the account id or empty.
    QString authorizePkce(QString* error);
    // Refreshes the current account's token; false when no new token arrived.
    bool refreshToken(QString* error);
    ApiResponse get(const QString& path, int timeoutMs = 30000);

    // Runs the event loop until `done` is true or `timeoutMs` passed; returns `done()`.
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs);

private:
    void openInBrowser(const QUrl& url);

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    QNetworkAccessManager m_browser;
};
