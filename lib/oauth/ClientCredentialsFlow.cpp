#include "oauth/ClientCredentialsFlow.h"

#include "oauth/TokenEndpointRequest.h"
#include "util/SecretMasker.h"

#include <QNetworkAccessManager>

ClientCredentialsFlow::ClientCredentialsFlow(const OAuthClientConfig& config, QObject* parent)
    : OAuthFlow(parent)
    , m_config(config)
{
    m_maskedClientSecret.set(config.clientSecret);
}

void ClientCredentialsFlow::setConfig(const OAuthClientConfig& config)
{
    m_config = config;
    m_maskedClientSecret.set(config.clientSecret);
}

void ClientCredentialsFlow::setCustomerKey(const QString& customerKey)
{
    m_customerKey = customerKey;
    m_maskedCustomerKey.set(customerKey);
}

void ClientCredentialsFlow::setNetworkAccessManager(QNetworkAccessManager* network)
{
    m_network = network;
}

// RFC 6749 §4.4: only a confidential client may use this grant; nothing is sent without its secret.
QString ClientCredentialsFlow::missingInput() const
{
    if (m_config.clientSecret.isEmpty())
        return tr("Client credentials need the app's client secret; enter it first. Nothing was sent.");
    if (m_config.customerKeyRequired && m_customerKey.trimmed().isEmpty())
        return tr("Client credentials need the user's customer key (their API key); enter it first. "
                  "Nothing was sent.");
    return QString();
}

ParameterList ClientCredentialsFlow::requestParameters() const
{
    return parametersFor(m_config, m_customerKey);
}

ParameterList ClientCredentialsFlow::parametersFor(
    const OAuthClientConfig& config, const QString& customerKey)
{
    ParameterList parameters {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!config.scope.isEmpty())
        parameters.append({QStringLiteral("scope"), config.scope});
    if (!customerKey.isEmpty())
        parameters.append({QStringLiteral("customer_key"), customerKey});
    parameters.append(config.extraTokenParameters);
    return parameters;
}

void ClientCredentialsFlow::start()
{
    if (!beginAttempt())
        return;
    reportStep(FlowStep::Kind::Started, tr("Client credentials"),
        tr("Client %1 at %2").arg(m_config.clientId, m_config.tokenUrl.toString()));
    if (!m_config.tokenUrl.isValid() || m_config.tokenUrl.isEmpty() || m_config.clientId.isEmpty()) {
        fail(tr("The profile needs a token URL and a client id for client credentials."),
            Failure::MissingInput);
        return;
    }
    const QString missing = missingInput();
    if (!missing.isEmpty()) {
        fail(missing, Failure::MissingInput);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_request = new TokenEndpointRequest(m_config, m_network, this);
    m_request->setClock(clock());
    connect(m_request, &TokenEndpointRequest::finished, this, &ClientCredentialsFlow::onResponse);
    const ParameterList parameters = requestParameters();
    reportStep(FlowStep::Kind::TokenRequested, tr("Token requested"),
        tr("POST %1 with grant_type=client_credentials%2")
            .arg(m_config.tokenUrl.toString(),
                m_customerKey.isEmpty() ? QString()
                                        : tr(", customer_key=%1").arg(SecretMasker::mask(m_customerKey))));
    m_request->post(parameters, TokenSet::Grant::ClientCredentials);
}

void ClientCredentialsFlow::onResponse(const TokenResponse& response)
{
    if (!response.ok) {
        reportStep(FlowStep::Kind::TokenFailed, tr("Token refused"), response.message, true);
        fail(response.message, response.reachedServer() ? Failure::Refused : Failure::Network);
        return;
    }
    reportStep(FlowStep::Kind::TokenReceived, tr("Token received"),
        tr("Access token %1, expires %2")
            .arg(SecretMasker::mask(response.token.accessToken),
                response.token.expiresAt.toString(Qt::ISODate)));
    succeed(response.token);
}

void ClientCredentialsFlow::releaseAttempt()
{
    if (m_request) {
        m_request->abort();
        m_request->deleteLater();
        m_request = nullptr;
    }
}
