#include "oauth/AuthorizationCodeFlow.h"

#include "oauth/ClientAuthNetworkAccessManager.h"
#include "oauth/LoopbackReplyHandler.h"
#include "oauth/TokenEndpointRequest.h"
#include "oauth/TokenResponse.h"
#include "util/SecretMasker.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QtGlobal>

#include <algorithm>

namespace {

constexpr int StateBytes = 24;

// Qt 6.4's own state is 8 characters from a time-seeded PRNG, reused by every grant; RFC 6749
// section 10.12 wants a value an attacker cannot guess, so the console makes its own.
QString freshState()
{
    QByteArray bytes(StateBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), StateBytes / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The listener has already form-decoded the query (percent and '+').
QString callbackValue(const QVariantMap& values, const char* key)
{
    return values.value(QLatin1String(key)).toString();
}

// QUrlQuery (Qt's createQuery) keeps %XX sequences and does not encode '+', so values that may
// hold '+', '%', '&' or '=' go in already percent-encoded.
QVariant encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(const OAuthClientConfig& config, QObject* parent)
    : OAuthFlow(parent)
    , m_attemptTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, &AuthorizationCodeFlow::onAttemptTimeout);
    setConfig(config);
}

AuthorizationCodeFlow::~AuthorizationCodeFlow()
{
    if (m_handler)
        m_handler->close();
}

void AuthorizationCodeFlow::setConfig(const OAuthClientConfig& config)
{
    m_config = config;
    m_maskedClientSecret.set(config.clientSecret);
}

void AuthorizationCodeFlow::setGrant(TokenSet::Grant grant)
{
    m_grant = grant;
}

void AuthorizationCodeFlow::setPkceMode(PkceMode mode)
{
    m_pkceMode = mode;
    m_pkceModeSet = true;
}

AuthorizationCodeFlow::PkceMode AuthorizationCodeFlow::effectivePkceMode() const
{
    if (m_pkceModeSet)
        return m_pkceMode;
    const bool confidential = !clientSecret().isEmpty();
    return confidential && !m_config.pkceWithSecret ? PkceMode::None : PkceMode::S256;
}

QString AuthorizationCodeFlow::clientSecret() const
{
    return m_grant == TokenSet::Grant::AuthorizationCodePkce ? QString() : m_config.clientSecret;
}

bool AuthorizationCodeFlow::isListening() const
{
    return m_handler && m_handler->isListening();
}

TokenSet::Grant AuthorizationCodeFlow::grantKind() const
{
    if (m_grant == TokenSet::Grant::AuthorizationCode || m_grant == TokenSet::Grant::AuthorizationCodePkce)
        return m_grant;
    return clientSecret().isEmpty() ? TokenSet::Grant::AuthorizationCodePkce
                                    : TokenSet::Grant::AuthorizationCode;
}

void AuthorizationCodeFlow::start()
{
    if (!beginAttempt())
        return;
    retirePreviousAttempt();
    m_callbackAccepted = false;
    m_receivedCode.clear();
    m_authorizeUrl.clear();
    m_redirectUri.clear();
    reportStep(FlowStep::Kind::Started, tr("Authorization code"),
        tr("Client %1, %2").arg(m_config.clientId, TokenSet::grantName(grantKind())));
    if (m_config.authorizeUrl.isEmpty() || m_config.tokenUrl.isEmpty() || m_config.clientId.isEmpty()) {
        fail(tr("The profile needs an authorize URL, a token URL and a client id."), Failure::MissingInput);
        return;
    }
    m_pkceMode = effectivePkceMode();
    m_state = freshState();
    if (m_pkceMode != PkceMode::None) {
        m_pkce = Pkce::generate(m_pkceMode == PkceMode::Plain ? Pkce::Method::Plain : Pkce::Method::S256);
        m_maskedVerifier.set(m_pkce.verifier());
        reportStep(FlowStep::Kind::PkceCreated, tr("PKCE verifier and challenge made"),
            tr("verifier %1, challenge %2 (%3)")
                .arg(SecretMasker::mask(m_pkce.verifier()),
                    m_pkce.method() == Pkce::Method::Plain ? SecretMasker::mask(m_pkce.challenge())
                                                           : m_pkce.challenge(),
                    Pkce::methodName(m_pkce.method())));
    }
    if (!startListener())
        return;
    createQtFlow();
    m_attemptTimer->start(std::max(1, m_config.attemptTimeoutSeconds) * 1000);
    m_qtFlow->grant();
    // grant() connects the listener straight to the Qt flow, which drops a wrong state silently
    // and ignores error= answers; every callback goes through onCallback() first instead.
    disconnect(m_handler.data(), &QAbstractOAuthReplyHandler::callbackReceived, m_qtFlow.data(),
        &QAbstractOAuth2::authorizationCallbackReceived);
}

bool AuthorizationCodeFlow::startListener()
{
    const QString host
        = m_config.redirectHost.isEmpty() ? QStringLiteral("127.0.0.1") : m_config.redirectHost;
    const QString path
        = m_config.callbackPath.isEmpty() ? QStringLiteral("/callback") : m_config.callbackPath;
    if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost")) {
        fail(tr("The redirect host must be 127.0.0.1 or localhost, not \"%1\".").arg(host),
            Failure::MissingInput);
        return false;
    }
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->listen(host, m_config.redirectPort, path)) {
        const QString reason = tr("Could not listen on 127.0.0.1:%1 (%2); the port may be in use.")
                                   .arg(m_config.redirectPort)
                                   .arg(m_handler->errorString());
        reportStep(FlowStep::Kind::ListenerStarted, tr("Listener failed"), reason, true);
        fail(reason, Failure::Listener);
        return false;
    }
    connect(m_handler.data(), &QAbstractOAuthReplyHandler::callbackReceived, this,
        &AuthorizationCodeFlow::onCallback);
    connect(m_handler.data(), &LoopbackReplyHandler::requestRejected, this, [this](const QString& reason) {
        reportStep(FlowStep::Kind::CallbackRefused, tr("Request refused"), reason, true);
    });
    m_listenerPort = m_handler->port();
    // Built from the address and port actually bound; the same text goes into the authorize
    // request and the code exchange.
    m_redirectUri = m_handler->callback();
    reportStep(FlowStep::Kind::ListenerStarted, tr("Listening on 127.0.0.1:%1").arg(m_listenerPort),
        tr("Redirect URI %1").arg(m_redirectUri));
    return true;
}

void AuthorizationCodeFlow::createQtFlow()
{
    m_network = new ClientAuthNetworkAccessManager(this);
    m_network->setTransferTimeout(std::max(1, m_config.requestTimeoutSeconds) * 1000); // the code exchange
    const QString secret = clientSecret();
    const bool basic
        = m_config.clientAuthMethod == OAuthClientConfig::ClientAuthMethod::HttpBasic && !secret.isEmpty();
    m_network->setTokenEndpoint(m_config.tokenUrl,
        basic ? TokenEndpointRequest::basicAuthorizationValue(m_config.clientId, secret) : QByteArray());
    connect(m_network.data(), &ClientAuthNetworkAccessManager::tokenReplyFinished, this,
        &AuthorizationCodeFlow::onTokenReply);

    m_qtFlow = new QOAuth2AuthorizationCodeFlow(m_network.data(), this);
    m_qtFlow->setAuthorizationUrl(m_config.authorizeUrl);
    m_qtFlow->setAccessTokenUrl(m_config.tokenUrl);
    m_qtFlow->setClientIdentifier(m_config.clientId);
    if (!basic && !secret.isEmpty())
        m_qtFlow->setClientIdentifierSharedKey(secret);
    m_qtFlow->setScope(m_config.scope); // Qt 6.4 clears it after a grant whose answer has no scope
    m_qtFlow->setState(m_state);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_qtFlow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::None); // ours, reported in the timeline
#endif
    m_qtFlow->setReplyHandler(m_handler.data());
    m_qtFlow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            modifyParameters(int(stage), parameters);
        });
    connect(m_qtFlow.data(), &QAbstractOAuth::authorizeWithBrowser, this,
        &AuthorizationCodeFlow::onAuthorizeWithBrowser);
}

void AuthorizationCodeFlow::modifyParameters(int stage, QMultiMap<QString, QVariant>* parameters)
{
    switch (QAbstractOAuth::Stage(stage)) {
    case QAbstractOAuth::Stage::RequestingAuthorization:
        modifyAuthorizationParameters(parameters);
        break;
    case QAbstractOAuth::Stage::RequestingAccessToken:
        modifyAccessTokenParameters(parameters);
        break;
    case QAbstractOAuth::Stage::RefreshingAccessToken:
        modifyRefreshParameters(parameters);
        break;
    default:
        break;
    }
}

void AuthorizationCodeFlow::modifyAuthorizationParameters(QMultiMap<QString, QVariant>* parameters)
{
    if (m_config.scope.isEmpty())
        parameters->remove(QStringLiteral("scope")); // 6.4 sends a bare "scope" otherwise
    if (m_config.authorizeStyle == OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth)
        parameters->replace(QStringLiteral("clientId"), encoded(m_config.clientId));
    if (m_pkceMode != PkceMode::None) {
        parameters->replace(QStringLiteral("code_challenge"), m_pkce.challenge());
        parameters->replace(QStringLiteral("code_challenge_method"), Pkce::methodName(m_pkce.method()));
    }
    for (const auto& extra : m_config.extraAuthorizeParameters)
        parameters->replace(extra.first, encoded(extra.second));
}

void AuthorizationCodeFlow::modifyAccessTokenParameters(QMultiMap<QString, QVariant>* parameters)
{
    // The code as the provider sent it, encoded exactly once (QTBUG-81624: 6.4 double-encodes).
    parameters->replace(QStringLiteral("code"), encoded(m_receivedCode));
    if (clientSecret().isEmpty())
        parameters->remove(QStringLiteral("client_secret"));
    else if (parameters->contains(QStringLiteral("client_secret")))
        parameters->replace(QStringLiteral("client_secret"), encoded(clientSecret())); // '+' stays '+'
    if (m_pkceMode != PkceMode::None)
        parameters->replace(QStringLiteral("code_verifier"), m_pkce.verifier());
    for (const auto& extra : m_config.extraTokenParameters)
        parameters->replace(extra.first, encoded(extra.second));
}

void AuthorizationCodeFlow::modifyRefreshParameters(QMultiMap<QString, QVariant>* parameters)
{
    // TokenRefresher refreshes with its own POST; this keeps the Qt flow's refresh correct too.
    const QString refreshToken = parameters->take(QStringLiteral("refresh_token")).toString();
    parameters->insert(QStringLiteral("refresh_token"), encoded(refreshToken)); // '+' would arrive as ' '
    const QString secret = parameters->take(QStringLiteral("client_secret")).toString();
    if (!secret.isEmpty())
        parameters->insert(QStringLiteral("client_secret"), encoded(secret)); // never an empty one (#6)
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    parameters->remove(QStringLiteral("redirect_uri")); // QTBUG-124333
#endif
    for (const auto& extra : m_config.extraRefreshParameters)
        parameters->replace(extra.first, encoded(extra.second));
}

void AuthorizationCodeFlow::onAuthorizeWithBrowser(const QUrl& url)
{
    m_authorizeUrl = url;
    reportStep(FlowStep::Kind::BrowserOpened, tr("Browser opened"),
        tr("Authorize URL %1").arg(url.toString(QUrl::FullyEncoded)));
    emit openBrowserRequested(url);
}

void AuthorizationCodeFlow::onCallback(const QVariantMap& values)
{
    if (!isRunning())
        return;
    reportStep(FlowStep::Kind::CallbackReceived, tr("Callback received"),
        tr("Parameters: %1").arg(values.keys().join(QStringLiteral(", "))));
    QString reason;
    if (isForged(values, &reason)) {
        ignoreCallback(reason);
        return;
    }
    Failure failure = Failure::None;
    if (endsWithFailure(values, &reason, &failure)) {
        m_handler->refuseCallback(
            tr("The Lofty Developer Console did not accept this answer: %1").arg(reason));
        reportStep(FlowStep::Kind::CallbackRefused, tr("Callback refused"), reason, true);
        fail(reason, failure);
        return;
    }
    m_callbackAccepted = true;
    m_handler->acceptCallback(tr("The Lofty Developer Console received the answer. You can close this tab."));
    exchangeCode(values);
}

// A callback that does not belong to this attempt: it must not end it (RFC 6749 §10.12).
bool AuthorizationCodeFlow::isForged(const QVariantMap& values, QString* reason) const
{
    const QString state = callbackValue(values, "state");
    if (m_callbackAccepted)
        *reason = tr("A second callback arrived for this attempt; it was refused and ignored.");
    else if (state.isEmpty())
        *reason = tr("A callback without a state parameter was refused and ignored.");
    else if (state != m_state)
        *reason = tr("A callback whose state does not match this attempt was refused and ignored.");
    else
        return false;
    return true;
}

// This attempt's callback, but it cannot lead to a token.
bool AuthorizationCodeFlow::endsWithFailure(
    const QVariantMap& values, QString* reason, Failure* failure) const
{
    *failure = Failure::Refused;
    const QString issuer = callbackValue(values, "iss");
    if (values.contains(QStringLiteral("iss")) && !m_config.issuer.isEmpty() && issuer != m_config.issuer) {
        *reason
            = tr("The callback comes from issuer \"%1\", not from \"%2\" (RFC 9207); the code was not used.")
                  .arg(issuer, m_config.issuer);
        return true;
    }
    const QString error = callbackValue(values, "error");
    if (!error.isEmpty()) {
        const QString description = callbackValue(values, "error_description");
        *failure = Failure::Denied;
        *reason = description.isEmpty() ? tr("The provider answered error=%1.").arg(error)
                                        : tr("The provider answered error=%1: %2").arg(error, description);
        return true;
    }
    if (callbackValue(values, "code").isEmpty()) {
        *reason = tr("The callback has no authorization code.");
        return true;
    }
    return false;
}

void AuthorizationCodeFlow::ignoreCallback(const QString& reason)
{
    m_handler->refuseCallback(tr("The Lofty Developer Console refused this answer: %1").arg(reason));
    reportStep(FlowStep::Kind::CallbackRefused, tr("Callback refused"), reason, true);
}

void AuthorizationCodeFlow::exchangeCode(const QVariantMap& values)
{
    m_receivedCode = callbackValue(values, "code");
    m_maskedCode.set(m_receivedCode);
    reportStep(FlowStep::Kind::StateChecked, tr("State checked"),
        values.contains(QStringLiteral("iss"))
            ? tr("The state matches this attempt; issuer %1.").arg(callbackValue(values, "iss"))
            : tr("The state matches this attempt."));
    const bool basic = m_config.clientAuthMethod == OAuthClientConfig::ClientAuthMethod::HttpBasic;
    const QString clientAuthentication = clientSecret().isEmpty() ? tr("public client, no secret")
        : basic                                                   ? tr("HTTP Basic")
                                                                  : tr("secret in the body");
    reportStep(FlowStep::Kind::TokenRequested, tr("Token requested"),
        tr("POST %1 with grant_type=authorization_code, code %2%3; client authentication: %4")
            .arg(m_config.tokenUrl.toString(), SecretMasker::mask(m_receivedCode),
                m_pkceMode == PkceMode::None ? QString() : tr(", code_verifier"), clientAuthentication));
    // Qt checks the state again and posts the code exchange from here; the values it gets are
    // percent-encoded as its 6.4 handler would pass them.
    QVariantMap encodedValues;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        encodedValues.insert(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString())));
    emit m_qtFlow->authorizationCallbackReceived(encodedValues);
    // requestAccessToken() has just connected a handler that answers a 401 challenge again with
    // client_id and an empty password, replacing the server's real answer (e.g. "wrong client
    // secret") with a misleading one. The QNAM is ours alone, so drop every such handler.
    if (m_network)
        disconnect(m_network.data(), &QNetworkAccessManager::authenticationRequired, nullptr, nullptr);
}

void AuthorizationCodeFlow::onTokenReply(int httpStatus, const QByteArray& body, const QString& networkError)
{
    if (!isRunning())
        return;
    const TokenResponse response = httpStatus == 0
        ? TokenResponse::fromNetworkError(tr("The token endpoint could not be reached: %1").arg(networkError))
        : TokenResponse::fromHttp(httpStatus, body, grantKind(), clock());
    if (!response.ok) {
        reportStep(FlowStep::Kind::TokenFailed, tr("Token refused"), response.message, true);
        fail(response.message, response.reachedServer() ? Failure::Refused : Failure::Network);
        return;
    }
    reportStep(FlowStep::Kind::TokenReceived, tr("Token received"),
        tr("Access token %1, refresh token %2, expires %3")
            .arg(SecretMasker::mask(response.token.accessToken),
                response.token.hasRefreshToken() ? SecretMasker::mask(response.token.refreshToken)
                                                 : tr("none"),
                response.token.expiresAt.toString(Qt::ISODate)));
    succeed(response.token);
}

void AuthorizationCodeFlow::onAttemptTimeout()
{
    if (!isRunning())
        return;
    const QString reason = tr("No answer from the browser within %1 seconds; the attempt was abandoned.")
                               .arg(m_config.attemptTimeoutSeconds);
    reportStep(FlowStep::Kind::TimedOut, tr("Timed out"), reason, true);
    fail(reason, Failure::TimedOut);
}

void AuthorizationCodeFlow::releaseAttempt()
{
    m_attemptTimer->stop();
    if (m_qtFlow)
        m_qtFlow->disconnect(this);
    if (m_network) {
        m_network->disconnect(this);
        const auto replies = m_network->findChildren<QNetworkReply*>();
        for (QNetworkReply* reply : replies)
            reply->abort();
    }
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
        reportStep(
            FlowStep::Kind::ListenerClosed, tr("Listener closed"), tr("127.0.0.1:%1").arg(m_listenerPort));
    }
    m_retired = {m_qtFlow.data(), m_handler.data(), m_network.data()};
    m_qtFlow.clear();
    m_handler.clear();
    m_network.clear();
}

void AuthorizationCodeFlow::retirePreviousAttempt()
{
    for (const QPointer<QObject>& object : std::as_const(m_retired)) {
        if (object)
            object->deleteLater();
    }
    m_retired.clear();
}
