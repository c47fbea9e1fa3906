#pragma once

#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthFlow.h"
#include "oauth/Pkce.h"
#include "util/KnownSecret.h"

#include <QMultiMap>
#include <QPointer>
#include <QUrl>
#include <QVariant>

class ClientAuthNetworkAccessManager;
class LoopbackReplyHandler;
class QOAuth2AuthorizationCodeFlow;
class QTimer;

// Authorization code grant (RFC 6749 §4.1), confidential (client secret in the body or HTTP
// Basic, with PKCE unless the profile turns it off) or public (PKCE, never a secret), over
// QOAuth2AuthorizationCodeFlow and a strict loopback listener (RFC 8252 §7.3), with the fix-ups
// Qt 6.4 needs (QTBUG-81624, QTBUG-124333, QTBUG-124327).
//
// lib/ links no QtGui, so it never opens a browser itself: connect openBrowserRequested() to
// QDesktopServices::openUrl (GUI) or print it (CLI). authorizeUrl() keeps it for copying.
// Each attempt has its own listener (127.0.0.1 only), state and verifier; the listener closes
// when the attempt ends, however it ends. A callback without this attempt's state (forged,
// stale, or a second one) gets a refusal page and is otherwise ignored: only the callback
// carrying the state, a cancel or the timeout ends the attempt. An `iss` (RFC 9207) in that
// callback must equal the profile's issuer when one is set.
class AuthorizationCodeFlow : public OAuthFlow
{
    Q_OBJECT

public:
    enum class PkceMode { None, S256, Plain };

    explicit AuthorizationCodeFlow(const OAuthClientConfig& config, QObject* parent = nullptr);
    ~AuthorizationCodeFlow() override;

    void setConfig(const OAuthClientConfig& config);
    OAuthClientConfig config() const { return m_config; }
    // AuthorizationCodePkce makes a public client: no secret is sent even if the config has one.
    // AuthorizationCode is confidential. Default: public when the config has no secret.
    void setGrant(TokenSet::Grant grant);
    // Default: S256, except None for a confidential client whose config has pkceWithSecret off.
    void setPkceMode(PkceMode mode);
    PkceMode pkceMode() const { return effectivePkceMode(); }

    QUrl authorizeUrl() const { return m_authorizeUrl; } // of the current/last attempt
    QString redirectUri() const
    {
        return m_redirectUri;
    } // exactly as sent, e.g. http://127.0.0.1:PORT/callback
    quint16 listenerPort() const { return m_listenerPort; }
    bool isListening() const;

public slots:
    void start() override;

signals:
    void openBrowserRequested(const QUrl& authorizeUrl);

protected:
    void releaseAttempt() override;

private:
    bool startListener();
    void createQtFlow();
    void modifyParameters(int stage, QMultiMap<QString, QVariant>* parameters);
    void modifyAuthorizationParameters(QMultiMap<QString, QVariant>* parameters);
    void modifyAccessTokenParameters(QMultiMap<QString, QVariant>* parameters);
    void modifyRefreshParameters(QMultiMap<QString, QVariant>* parameters);
    void onAuthorizeWithBrowser(const QUrl& url);
    void onCallback(const QVariantMap& values);
    bool isForged(const QVariantMap& values, QString* reason) const;
    bool endsWithFailure(const QVariantMap& values, QString* reason, Failure* failure) const;
    void ignoreCallback(const QString& reason);
    void exchangeCode(const QVariantMap& values);
    void onTokenReply(int httpStatus, const QByteArray& body, const QString& networkError);
    void onAttemptTimeout();
    void retirePreviousAttempt();
    TokenSet::Grant grantKind() const;
    QString clientSecret() const; // the secret this grant sends: none for a public client
    PkceMode effectivePkceMode() const;

    OAuthClientConfig m_config;
    KnownSecret m_maskedClientSecret;
    TokenSet::Grant m_grant = TokenSet::Grant::None;
    PkceMode m_pkceMode = PkceMode::S256;
    bool m_pkceModeSet = false;

    // Per attempt.
    Pkce m_pkce;
    KnownSecret m_maskedVerifier;
    QString m_state;
    QString m_receivedCode;
    KnownSecret m_maskedCode;
    bool m_callbackAccepted = false;
    QUrl m_authorizeUrl;
    QString m_redirectUri;
    quint16 m_listenerPort = 0;
    QPointer<LoopbackReplyHandler> m_handler;
    QPointer<QOAuth2AuthorizationCodeFlow> m_qtFlow;
    QPointer<ClientAuthNetworkAccessManager> m_network;
    QTimer* m_attemptTimer = nullptr;
    // The last attempt's objects stay alive (listener closed) until the next start(), so that
    // the page answering the browser's final request can still be written out.
    QList<QPointer<QObject>> m_retired;
};
