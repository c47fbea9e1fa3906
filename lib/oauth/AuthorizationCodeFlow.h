#pragma once

#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthFlow.h"
#include "oauth/Pkce.h"

#include <QMultiMap>
#include <QPointer>
#include <QUrl>
#include <QVariant>

class ClientAuthNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

// Authorization code grant (RFC 6749 §4.1), confidential (client secret in the body or HTTP
// Basic) or public with PKCE (RFC 7636), over QOAuth2AuthorizationCodeFlow and a loopback
// QOAuthHttpServerReplyHandler (RFC 8252 §7.3) with every Qt 6.4 fix-up from
// shared/reference/qt-6.4-notes.md §1.
//
// lib/ links no QtGui, so it never opens a browser itself: connect openBrowserRequested() to
// QDesktopServices::openUrl (GUI) or print it (CLI). authorizeUrl() keeps it for copying.
// Each attempt has its own listener (127.0.0.1 only), state and verifier; the listener closes
// when the attempt ends, however it ends.
class AuthorizationCodeFlow : public OAuthFlow
{
    Q_OBJECT

public:
    enum class PkceMode { None, S256, Plain };

    explicit AuthorizationCodeFlow(const OAuthClientConfig& config, QObject* parent = nullptr);
    ~AuthorizationCodeFlow() override;

    void setConfig(const OAuthClientConfig& config);
    OAuthClientConfig config() const { return m_config; }
    // Default: S256 for a public client (no secret), None for a confidential one.
    void setPkceMode(PkceMode mode);
    PkceMode pkceMode() const { return m_pkceMode; }

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
    bool checkCallback(const QVariantMap& values, QString* reason) const;
    void refuseCallback(const QString& reason);
    void onTokenReply(int httpStatus, const QByteArray& body, const QString& networkError);
    void onAttemptTimeout();
    void retirePreviousAttempt();
    TokenSet::Grant grantKind() const;

    OAuthClientConfig m_config;
    PkceMode m_pkceMode = PkceMode::S256;
    bool m_pkceModeSet = false;

    // Per attempt.
    Pkce m_pkce;
    QString m_state;
    QString m_receivedCode;
    int m_callbackCount = 0;
    QUrl m_authorizeUrl;
    QString m_redirectUri;
    quint16 m_listenerPort = 0;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QPointer<QOAuth2AuthorizationCodeFlow> m_qtFlow;
    QPointer<ClientAuthNetworkAccessManager> m_network;
    QTimer* m_attemptTimer = nullptr;
    // The last attempt's objects stay alive (listener closed) until the next start(), so that
    // the page answering the browser's final request can still be written out.
    QList<QPointer<QObject>> m_retired;
};
