#include "oauth/AuthorizationCodeFlow.h"

#include "oauth/ClientAuthNetworkAccessManager.h"
#include "oauth/TokenEndpointRequest.h"
#include "oauth/TokenResponse.h"
#include "util/SecretMasker.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QtGlobal>

#include <algorithm>

namespace {

constexpr int StateBytes = 24;

// Qt 6.4's own state is 8 characters from a time-seeded PRNG, reused by every grant (notes #8).
QString freshState()
{
    QByteArray bytes(StateBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), StateBytes / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString callbackValue(const QVariantMap& values, const char* key)
{
    return QUrl::fromPercentEncoding(values.value(QLatin1String(key)).toString().toUtf8());
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
    SecretMasker::global().remember(config.clientSecret);
    if (!m_pkceModeSet)
        m_pkceMode = config.clientSecret.isEmpty() ? PkceMode::S256 : PkceMode::None;
}

void AuthorizationCodeFlow::setPkceMode(PkceMode mode)
{
    m_pkceMode = mode;
    m_pkceModeSet = true;
}

bool AuthorizationCodeFlow::isListening() const
{
    return m_handler && m_handler->isListening();
}

TokenSet::Grant AuthorizationCodeFlow::grantKind() const
{
    return m_pkceMode == PkceMode::None ? TokenSet::Grant::AuthorizationCode
                                        : TokenSet::Grant::AuthorizationCodePkce;
}

void AuthorizationCodeFlow::start()
{
    if (!beginAttempt())
        return;
    retirePreviousAttempt();
    m_callbackCount = 0;
    m_receivedCode.clear();
    m_authorizeUrl.clear();
    m_redirectUri.clear();
    reportStep(FlowStep::Kind::Started, tr("Authorization code"),
        tr("Client %1, %2").arg(m_config.clientId, TokenSet::grantName(grantKind())));
    if (m_config.authorizeUrl.isEmpty() || m_config.tokenUrl.isEmpty() || m_config.clientId.isEmpty()) {
        fail(tr("The profile needs an authorize URL, a token URL and a client id."));
        return;
    }
    m_state = freshState();
    if (m_pkceMode != PkceMode::None) {
        m_pkce = Pkce::generate(m_pkceMode == PkceMode::Plain ? Pkce::Method::Plain : Pkce::Method::S256);
        SecretMasker::global().remember(m_pkce.verifier());
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
    // The one- and two-argument constructors bind every interface (notes #9).
    m_handler = new QOAuthHttpServerReplyHandler(
        QHostAddress(QHostAddress::LocalHost), m_config.redirectPort, this);
    if (!m_handler->isListening()) {
        const QString reason
            = tr("Could not listen on 127.0.0.1:%1; the port may be in use.").arg(m_config.redirectPort);
        reportStep(FlowStep::Kind::ListenerStarted, tr("Listener failed"), reason, true);
        fail(reason);
        return false;
    }
    m_handler->setCallbackPath(
        m_config.callbackPath.isEmpty() ? QStringLiteral("/callback") : m_config.callbackPath);
    m_handler->setCallbackText(
        tr("The Lofty Developer Console received the answer. You can close this tab."));
    connect(m_handler.data(), &QAbstractOAuthReplyHandler::callbackReceived, this,
        &AuthorizationCodeFlow::onCallback);
    m_listenerPort = m_handler->port();
    m_redirectUri = m_handler->callback();
    reportStep(FlowStep::Kind::ListenerStarted, tr("Listening on 127.0.0.1:%1").arg(m_listenerPort),
        tr("Redirect URI %1").arg(m_redirectUri));
    return true;
}

void AuthorizationCodeFlow::createQtFlow()
{
    m_network = new ClientAuthNetworkAccessManager(this);
    m_network->setTransferTimeout(std::max(1, m_config.requestTimeoutSeconds) * 1000); // the code exchange
    const bool basic = m_config.clientAuthMethod == OAuthClientConfig::ClientAuthMethod::HttpBasic
        && !m_config.clientSecret.isEmpty();
    m_network->setTokenEndpoint(m_config.tokenUrl,
        basic ? TokenEndpointRequest::basicAuthorizationValue(m_config.clientId, m_config.clientSecret)
              : QByteArray());
    connect(m_network.data(), &ClientAuthNetworkAccessManager::tokenReplyFinished, this,
        &AuthorizationCodeFlow::onTokenReply);

    m_qtFlow = new QOAuth2AuthorizationCodeFlow(m_network.data(), this);
    m_qtFlow->setAuthorizationUrl(m_config.authorizeUrl);
    m_qtFlow->setAccessTokenUrl(m_config.tokenUrl);
    m_qtFlow->setClientIdentifier(m_config.clientId);
    if (!basic && !m_config.clientSecret.isEmpty())
        m_qtFlow->setClientIdentifierSharedKey(m_config.clientSecret);
    m_qtFlow->setScope(m_config.scope); // 6.4 clears it after a grant without scope (notes #7)
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
    if (parameters->contains(QStringLiteral("client_secret")))
        parameters->replace(QStringLiteral("client_secret"), encoded(m_config.clientSecret)); // notes #4
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
    ++m_callbackCount;
    reportStep(FlowStep::Kind::CallbackReceived, tr("Callback received"),
        tr("Parameters: %1").arg(values.keys().join(QStringLiteral(", "))));
    QString reason;
    if (!checkCallback(values, &reason)) {
        refuseCallback(reason);
        return;
    }
    m_receivedCode = callbackValue(values, "code");
    SecretMasker::global().remember(m_receivedCode);
    reportStep(FlowStep::Kind::StateChecked, tr("State checked"), tr("The state matches this attempt."));
    const bool basic = m_config.clientAuthMethod == OAuthClientConfig::ClientAuthMethod::HttpBasic;
    const QString clientAuthentication = m_config.clientSecret.isEmpty() ? tr("public client")
        : basic                                                          ? tr("HTTP Basic")
                                                                         : tr("secret in the body");
    reportStep(FlowStep::Kind::TokenRequested, tr("Token requested"),
        tr("POST %1 with grant_type=authorization_code, code %2%3; client authentication: %4")
            .arg(m_config.tokenUrl.toString(), SecretMasker::mask(m_receivedCode),
                m_pkceMode == PkceMode::None ? QString() : tr(", code_verifier"), clientAuthentication));
    emit m_qtFlow->authorizationCallbackReceived(values); // Qt posts the code exchange from here
    // requestAccessToken() has just connected a handler that answers a 401 challenge again with
    // client_id and an empty password (notes #14), replacing the server's real answer (e.g. "wrong
    // client secret") with a misleading one. The QNAM is ours alone, so drop every such handler.
    if (m_network)
        disconnect(m_network.data(), &QNetworkAccessManager::authenticationRequired, nullptr, nullptr);
}

bool AuthorizationCodeFlow::checkCallback(const QVariantMap& values, QString* reason) const
{
    if (m_callbackCount > 1) {
        *reason = tr("A second callback arrived for the same attempt; it was refused and the attempt ended.");
        return false;
    }
    const QString error = callbackValue(values, "error");
    if (!error.isEmpty()) {
        const QString description = callbackValue(values, "error_description");
        *reason = description.isEmpty() ? tr("The provider answered error=%1.").arg(error)
                                        : tr("The provider answered error=%1: %2").arg(error, description);
        return false;
    }
    const QString state = callbackValue(values, "state");
    if (state.isEmpty()) {
        *reason = tr("The callback has no state parameter; it was refused.");
        return false;
    }
    if (state != m_state) {
        *reason = tr("The callback's state does not match this attempt; it was refused.");
        return false;
    }
    if (callbackValue(values, "code").isEmpty()) {
        *reason = tr("The callback has no authorization code.");
        return false;
    }
    return true;
}

void AuthorizationCodeFlow::refuseCallback(const QString& reason)
{
    // The reply handler writes this text to the browser right after the signal returns.
    if (m_handler)
        m_handler->setCallbackText(
            tr("The Lofty Developer Console refused this answer: %1").arg(reason.toHtmlEscaped()));
    reportStep(FlowStep::Kind::CallbackRefused, tr("Callback refused"), reason, true);
    fail(reason);
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
        fail(response.message);
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
    fail(reason);
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
