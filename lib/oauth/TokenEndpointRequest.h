#pragma once

#include "oauth/OAuthClientConfig.h"
#include "oauth/TokenResponse.h"
#include "util/KnownSecret.h"

#include <QObject>
#include <QPointer>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One POST to a token endpoint with a percent-encoded form body and the client authentication the
// profile asks for (secret in the body, or HTTP Basic). Used for client credentials and refresh,
// which Qt 6.4 either lacks or gets wrong. Reads the body of 4xx answers, so the server's error
// and error_description always reach the user. Has a timeout and can be aborted.
class TokenEndpointRequest : public QObject
{
    Q_OBJECT

public:
    TokenEndpointRequest(
        const OAuthClientConfig& config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TokenEndpointRequest() override;

    void setClock(const Clock* clock) { m_clock = clock; }

    // Sends `parameters` plus client authentication. Ends with exactly one finished() unless aborted.
    void post(const ParameterList& parameters, TokenSet::Grant grant);
    // Stops the request; no finished() follows.
    void abort();
    bool isRunning() const { return m_reply != nullptr; }

    static QByteArray formBody(const ParameterList& parameters);
    // RFC 6749 §2.3.1: id and secret are form-encoded before base64.
    static QByteArray basicAuthorizationValue(const QString& clientId, const QString& clientSecret);

signals:
    void finished(const TokenResponse& response);

private:
    void onReplyFinished();
    void onTimeout();
    ParameterList withClientAuthentication(const ParameterList& parameters) const;

    OAuthClientConfig m_config;
    KnownSecret m_maskedClientSecret;
    QPointer<QNetworkAccessManager> m_network;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_timeout = nullptr;
    const Clock* m_clock = nullptr;
    TokenSet::Grant m_grant = TokenSet::Grant::None;
    bool m_timedOut = false;
};
