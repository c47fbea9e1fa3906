#pragma once

#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthFlow.h"
#include "util/KnownSecret.h"

class QNetworkAccessManager;
class TokenEndpointRequest;
struct TokenResponse;

// Client credentials grant (RFC 6749 §4.4) with Lofty's customer_key: one form POST, no browser.
// There is no refresh token for this grant; TokenRefresher runs it again when the token expires.
class ClientCredentialsFlow : public OAuthFlow
{
    Q_OBJECT

public:
    explicit ClientCredentialsFlow(const OAuthClientConfig& config, QObject* parent = nullptr);

    void setConfig(const OAuthClientConfig& config);
    OAuthClientConfig config() const { return m_config; }
    // The target user's key (a secret); sent as customer_key when not empty.
    void setCustomerKey(const QString& customerKey);
    // Uses `network` instead of a private QNetworkAccessManager (not owned).
    void setNetworkAccessManager(QNetworkAccessManager* network);

    // The form parameters of the request (without client authentication).
    ParameterList requestParameters() const;
    // The same for any config and key: TokenRefresher re-runs this grant when the token expires.
    // Why the grant cannot be asked for (no secret; no customer key where one is required), or empty.
    QString missingInput() const;
    static ParameterList parametersFor(const OAuthClientConfig& config, const QString& customerKey);

public slots:
    void start() override;

protected:
    void releaseAttempt() override;

private:
    void onResponse(const TokenResponse& response);

    OAuthClientConfig m_config;
    QString m_customerKey;
    KnownSecret m_maskedClientSecret;
    KnownSecret m_maskedCustomerKey;
    QNetworkAccessManager* m_network = nullptr;
    TokenEndpointRequest* m_request = nullptr;
};
