#pragma once

#include "oauth/FlowStep.h"
#include "oauth/OAuthFlow.h"
#include "session/AuthorizationRequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class AccountRegistry;
class ApiReply;
class ClientSecret;
class Clock;
class QNetworkAccessManager;
struct Profile;

// Runs the grants for the active profile: one attempt at a time, its steps reported as they
// happen, and the account it produced added to the registry and named from the profile's
// identity call (Lofty: GET /v1.0/me).
class AuthorizationService : public QObject
{
    Q_OBJECT

public:
    AuthorizationService(AccountRegistry* accounts, ClientSecret* clientSecret,
        QNetworkAccessManager* network, QObject* parent = nullptr);

    void setClock(const Clock* clock);
    void setProfile(const Profile* profile); // the session's active profile; cancels an attempt

    // Starts an attempt: started() at once, then the steps, then finished(). It starts from the
    // event loop once the profile's client secret has been read. False when one runs.
    bool authorize(const AuthorizationRequest& request);
    void cancel();
    bool isRunning() const { return m_flow && m_flow->isRunning(); }
    OAuthFlow::Failure lastFailure() const; // of the last attempt
    // The redirect URI the loopback listener registers for a port (0: the profile's port; a
    // profile without one gives the form without a port, as registered for loopback URIs).
    QString redirectUriFor(quint16 port) const;

signals:
    void started();
    void stepReported(const FlowStep& step);
    void openBrowserRequested(const QUrl& url); // connect to QDesktopServices::openUrl or print
    void finished(bool ok, const QString& accountId, const QString& message);
    // After a grant: the identity call for the new account's label; `reply` finishes once its
    // answer is saved.
    void identityLookupStarted(const QString& accountId, ApiReply* reply);

private:
    OAuthFlow* createFlow(const AuthorizationRequest& request);
    void startFlow(OAuthFlow* flow, const AuthorizationRequest& request);
    void onGranted(const AuthorizationRequest& request, const TokenSet& token);
    void fetchIdentity(const QString& accountId);

    AccountRegistry* m_accounts;
    ClientSecret* m_clientSecret;
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    const Profile* m_profile = nullptr;
    QPointer<OAuthFlow> m_flow;
};
