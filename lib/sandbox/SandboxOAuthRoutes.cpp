#include "sandbox/SandboxOAuthRoutes.h"

#include "sandbox/SandboxConsentPage.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxOAuthRoutes", text);
}

const QString AuthorizePath = QStringLiteral("/oauth/authorize");
const QString VendorAuthPath = QStringLiteral("/page/vendor-auth.html");
const QString ConsentPath = QStringLiteral("/oauth/consent");
const QString TokenPath = QStringLiteral("/oauth/token");
// The help center's variant (crm.lofty.com): HTTP Basic client authentication plus client_id as
// a parameter, grants authorization_code and refresh_token.
const QString HelpCenterTokenPath = QStringLiteral("/api/user-web/oauth/token");

QByteArray encodeQueryItem(const QString& key, const QString& value)
{
    return QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
}

// The registered redirect URI plus code/state (or error) parameters, every value fully
// percent-encoded, so '+', '/', '=' and '%' in codes arrive intact at a correct client.
QByteArray redirectLocation(const QString& redirectUri, const QList<QPair<QString, QString>>& items)
{
    QByteArray location = QUrl(redirectUri).toEncoded(QUrl::RemoveFragment);
    char separator = location.contains('?') ? '&' : '?';
    for (const auto& item : items) {
        if (item.second.isEmpty() && item.first == QLatin1String("state"))
            continue;
        location += separator + encodeQueryItem(item.first, item.second);
        separator = '&';
    }
    return location;
}

bool isValidVerifier(const QString& verifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return pattern.match(verifier).hasMatch();
}

} // namespace

SandboxOAuthRoutes::SandboxOAuthRoutes(SandboxState& state)
    : m_state(state)
{ }

bool SandboxOAuthRoutes::handles(const QString& path)
{
    return path == AuthorizePath || path == VendorAuthPath || path == ConsentPath || path == TokenPath
        || path == HelpCenterTokenPath;
}

SandboxResponse SandboxOAuthRoutes::handle(const SandboxRequest& request)
{
    if (request.path == TokenPath)
        return token(request);
    if (request.path == HelpCenterTokenPath)
        return helpCenterToken(request);
    if (request.path == ConsentPath) {
        if (request.method != QLatin1String("POST"))
            return SandboxResponse::html(SandboxConsentPage::errorPage(tr("Method not allowed"),
                                             tr("The consent form is submitted with POST.")),
                405);
        return consent(request);
    }
    return authorize(request, request.path == VendorAuthPath);
}

SandboxResponse SandboxOAuthRoutes::authorize(const SandboxRequest& request, bool vendorAuthForm)
{
    const QMap<QString, QString> params = request.queryParameters();
    const QString clientId
        = params.value(QStringLiteral("client_id"), params.value(QStringLiteral("clientId")));
    const SandboxApp* app = m_state.config.app(clientId);
    if (!app) {
        qCInfo(lcSandbox) << "authorize: unknown client" << clientId;
        return SandboxResponse::html(
            SandboxConsentPage::errorPage(tr("Unknown application"),
                tr("No app with client id \"%1\" is registered with the sandbox.").arg(clientId)),
            400);
    }
    SandboxAuthStore::AuthorizationRequest pending;
    pending.clientId = app->clientId;
    pending.redirectUriGiven = params.contains(QStringLiteral("redirect_uri"));
    pending.redirectUri = pending.redirectUriGiven ? params.value(QStringLiteral("redirect_uri"))
                                                   : app->redirectUris.value(0);
    if (!app->isRedirectUriRegistered(pending.redirectUri)) {
        qCInfo(lcSandbox) << "authorize: unregistered redirect URI" << pending.redirectUri << "for"
                          << clientId;
        return SandboxResponse::html(
            SandboxConsentPage::errorPage(tr("Redirect URI not registered"),
                tr("\"%1\" is not a redirect URI registered for %2. Registered: %3.")
                    .arg(pending.redirectUri, app->name, app->redirectUris.join(QStringLiteral(", ")))),
            400);
    }
    pending.state = params.value(QStringLiteral("state"));
    pending.codeChallenge = params.value(QStringLiteral("code_challenge"));
    pending.codeChallengeMethod = params.value(QStringLiteral("code_challenge_method"));
    pending.createdMs = m_state.nowMs();

    const QString responseType
        = params.value(QStringLiteral("response_type"), vendorAuthForm ? QStringLiteral("code") : QString());
    if (responseType.isEmpty())
        return redirectWithError(
            pending, QStringLiteral("invalid_request"), tr("response_type is required."));
    if (responseType != QLatin1String("code"))
        return redirectWithError(pending, QStringLiteral("unsupported_response_type"),
            tr("Only response_type=code is supported."));
    if (!pending.codeChallenge.isEmpty() && pending.codeChallengeMethod.isEmpty())
        pending.codeChallengeMethod = QStringLiteral("plain"); // RFC 7636 §4.3 default
    if (pending.codeChallenge.isEmpty() && !pending.codeChallengeMethod.isEmpty())
        return redirectWithError(pending, QStringLiteral("invalid_request"),
            tr("code_challenge_method was sent without code_challenge."));
    if (!pending.codeChallengeMethod.isEmpty() && pending.codeChallengeMethod != QLatin1String("S256")
        && pending.codeChallengeMethod != QLatin1String("plain"))
        return redirectWithError(
            pending, QStringLiteral("invalid_request"), tr("code_challenge_method must be S256 or plain."));
    if (pending.codeChallengeMethod == QLatin1String("S256")
        && !QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(pending.codeChallenge).hasMatch())
        return redirectWithError(pending, QStringLiteral("invalid_request"),
            tr("An S256 code_challenge is 43 base64url characters."));
    if (app->isPublic() && pending.codeChallenge.isEmpty())
        return redirectWithError(pending, QStringLiteral("invalid_request"),
            tr("%1 is a public client: PKCE (code_challenge) is required.").arg(app->name));

    if (!m_state.autoApproveAccount.isEmpty())
        return decide(pending, m_state.autoApproveAccount, true);
    const QString requestId = m_state.authStore.addConsentRequest(pending);
    return SandboxResponse::html(SandboxConsentPage::consentForm(*app, requestId, m_state.config.accounts));
}

SandboxResponse SandboxOAuthRoutes::consent(const SandboxRequest& request)
{
    const QMap<QString, QString> form = SandboxRequest::parseForm(request.body);
    const auto pending
        = m_state.authStore.takeConsentRequest(form.value(QStringLiteral("request")), m_state.nowMs());
    if (!pending) {
        return SandboxResponse::html(
            SandboxConsentPage::errorPage(tr("Authorization request expired"),
                tr("This consent form was already submitted or is older than 10 minutes. "
                   "Start the authorization again.")),
            400);
    }
    const QString decision = form.value(QStringLiteral("decision"));
    return decide(*pending, form.value(QStringLiteral("account")), decision == QLatin1String("approve"));
}

SandboxResponse SandboxOAuthRoutes::decide(
    const SandboxAuthStore::AuthorizationRequest& pending, const QString& accountId, bool approve)
{
    if (!approve) {
        qCInfo(lcSandbox) << "authorize: user denied" << pending.clientId;
        return redirectWithError(
            pending, QStringLiteral("access_denied"), tr("The user denied the request."));
    }
    SandboxApp* app = m_state.config.app(pending.clientId);
    const SandboxAccount* account = m_state.config.account(accountId);
    if (!app || !account) {
        return SandboxResponse::html(SandboxConsentPage::errorPage(
                                         tr("Unknown account"), tr("No test account \"%1\".").arg(accountId)),
            400);
    }
    if (!app->acceptsNewAccounts() && !app->authorizedAccounts.contains(account->id)) {
        qCInfo(lcSandbox) << "authorize:" << app->clientId << "is" << SandboxApp::modeName(app->mode)
                          << "and refuses new account" << account->id;
        return redirectWithError(pending, QStringLiteral("unauthorized_client"),
            tr("The app is %1: accounts that have not authorized it before cannot authorize it.")
                .arg(SandboxApp::modeName(app->mode)));
    }
    if (!app->authorizedAccounts.contains(account->id))
        app->authorizedAccounts.append(account->id);
    const QString code = m_state.authStore.issueCode(pending, account->id, m_state.nowMs());
    qCInfo(lcSandbox) << "authorize:" << account->id << "approved" << app->clientId << "code"
                      << SecretMasker::mask(code);
    return SandboxResponse::redirect(redirectLocation(
        pending.redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), pending.state}}));
}

SandboxResponse SandboxOAuthRoutes::token(const SandboxRequest& request)
{
    if (request.method != QLatin1String("POST"))
        return tokenError(
            QStringLiteral("invalid_request"), tr("The token endpoint accepts POST only."), 405);
    const QMap<QString, QString> params = request.formParameters();
    ClientAuthentication client;
    if (auto failure = authenticateClient(request, params, &client))
        return *failure;
    const QString grantType = params.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return tokenError(QStringLiteral("invalid_request"), tr("grant_type is required."));
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(params, client);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(params, client);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentialsGrant(params, client);
    return tokenError(QStringLiteral("unsupported_grant_type"),
        tr("grant_type \"%1\" is not supported (authorization_code, refresh_token, client_credentials).")
            .arg(grantType));
}

SandboxResponse SandboxOAuthRoutes::helpCenterToken(const SandboxRequest& request)
{
    if (request.method != QLatin1String("POST"))
        return tokenError(
            QStringLiteral("invalid_request"), tr("The token endpoint accepts POST only."), 405);
    if (!request.header("Authorization").startsWith("Basic ")) {
        SandboxResponse response = tokenError(QStringLiteral("invalid_client"),
            tr("This token endpoint needs HTTP Basic client authentication (client id and secret)."), 401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"lofty-sandbox\"");
        return response;
    }
    const QMap<QString, QString> params = request.formParameters();
    if (params.value(QStringLiteral("client_id")).isEmpty())
        return tokenError(QStringLiteral("invalid_request"),
            tr("client_id is required as a parameter as well as in the Basic header."));
    const QString grantType = params.value(QStringLiteral("grant_type"));
    if (grantType != QLatin1String("authorization_code") && grantType != QLatin1String("refresh_token"))
        return tokenError(QStringLiteral("unsupported_grant_type"),
            tr("grant_type \"%1\" is not supported here (authorization_code, refresh_token).")
                .arg(grantType));
    return token(request);
}

std::optional<SandboxResponse> SandboxOAuthRoutes::authenticateClient(
    const SandboxRequest& request, const QMap<QString, QString>& params, ClientAuthentication* client) const
{
    QString clientId = params.value(QStringLiteral("client_id"));
    QString secret = params.value(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        const QString basicId = QString::fromUtf8(colon < 0 ? decoded : decoded.left(colon));
        if (!clientId.isEmpty() && clientId != basicId)
            return tokenError(QStringLiteral("invalid_request"),
                tr("client_id in the body differs from the client in the Basic header."));
        clientId = basicId;
        secret = colon < 0 ? QString() : QString::fromUtf8(decoded.mid(colon + 1));
    }
    const auto invalidClient = [](const QString& why) {
        SandboxResponse response = tokenError(QStringLiteral("invalid_client"), why, 401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"lofty-sandbox\"");
        return response;
    };
    if (clientId.isEmpty())
        return invalidClient(tr("Client authentication failed: no client_id."));
    client->app = m_state.config.app(clientId);
    if (!client->app)
        return invalidClient(tr("Client authentication failed: unknown client \"%1\".").arg(clientId));
    // RFC 6749 §2.3.1 form-encodes id and secret inside Basic; accept both that and the raw form.
    const QString formDecodedSecret
        = QUrl::fromPercentEncoding(QByteArray(secret.toUtf8()).replace('+', ' '));
    if (client->app->isPublic()) {
        if (!secret.isEmpty())
            return invalidClient(
                tr("%1 is a public client and has no client secret.").arg(client->app->name));
    } else if (!secret.isEmpty()) {
        if (secret != client->app->clientSecret && formDecodedSecret != client->app->clientSecret)
            return invalidClient(tr("Client authentication failed: wrong client secret."));
        client->authenticated = true;
    }
    return std::nullopt;
}

SandboxResponse SandboxOAuthRoutes::authorizationCodeGrant(
    const QMap<QString, QString>& params, const ClientAuthentication& client)
{
    const QString code = params.value(QStringLiteral("code"));
    if (code.isEmpty())
        return tokenError(QStringLiteral("invalid_request"), tr("code is required."));
    QString accountId;
    QString why;
    const auto issued = m_state.authStore.redeemCode(code, m_state.nowMs(), &accountId, &why);
    if (!issued) {
        qCInfo(lcSandbox) << "token: rejected code" << SecretMasker::mask(code) << why;
        return tokenError(QStringLiteral("invalid_grant"), why);
    }
    if (issued->clientId != client.app->clientId)
        return tokenError(QStringLiteral("invalid_grant"), tr("The code was issued to another client."));
    if (issued->redirectUriGiven && params.value(QStringLiteral("redirect_uri")) != issued->redirectUri)
        return tokenError(QStringLiteral("invalid_grant"),
            tr("redirect_uri does not match the one of the authorization request."));
    const QString verifier = params.value(QStringLiteral("code_verifier"));
    if (!issued->codeChallenge.isEmpty()) {
        if (verifier.isEmpty())
            return tokenError(QStringLiteral("invalid_grant"), tr("code_verifier is required (PKCE)."));
        if (!verifyPkce(issued->codeChallenge, issued->codeChallengeMethod, verifier))
            return tokenError(QStringLiteral("invalid_grant"),
                tr("PKCE verification failed: code_verifier does not match."));
    } else if (!client.app->isPublic() && !client.authenticated) {
        SandboxResponse response = tokenError(QStringLiteral("invalid_client"),
            tr("Client authentication failed: client_secret is required."), 401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"lofty-sandbox\"");
        return response;
    }
    return tokenResponse(*client.app, accountId, true);
}

SandboxResponse SandboxOAuthRoutes::refreshTokenGrant(
    const QMap<QString, QString>& params, const ClientAuthentication& client)
{
    const QString refreshToken = params.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return tokenError(QStringLiteral("invalid_request"), tr("refresh_token is required."));
    if (!client.app->isPublic() && !client.authenticated) {
        SandboxResponse response = tokenError(QStringLiteral("invalid_client"),
            tr("Client authentication failed: client_secret is required."), 401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"lofty-sandbox\"");
        return response;
    }
    const auto grant = m_state.authStore.refreshToken(refreshToken, m_state.nowMs());
    if (!grant || grant->clientId != client.app->clientId) {
        qCInfo(lcSandbox) << "token: rejected refresh token" << SecretMasker::mask(refreshToken);
        return tokenError(QStringLiteral("invalid_grant"),
            tr("The refresh token is unknown, expired, revoked or already used."));
    }
    m_state.authStore.revokeRefreshToken(refreshToken); // rotation: the old one stops working
    return tokenResponse(*client.app, grant->accountId, true);
}

SandboxResponse SandboxOAuthRoutes::clientCredentialsGrant(
    const QMap<QString, QString>& params, const ClientAuthentication& client)
{
    if (client.app->isPublic())
        return tokenError(QStringLiteral("unauthorized_client"),
            tr("%1 is a public client and may not use client_credentials.").arg(client.app->name));
    if (!client.authenticated) {
        SandboxResponse response = tokenError(QStringLiteral("invalid_client"),
            tr("Client authentication failed: client_secret is required."), 401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"lofty-sandbox\"");
        return response;
    }
    const QString customerKey = params.value(QStringLiteral("customer_key"));
    if (customerKey.isEmpty())
        return tokenError(
            QStringLiteral("invalid_request"), tr("customer_key is required for client_credentials."));
    const SandboxAccount* account = m_state.config.accountByCustomerKey(customerKey);
    if (!account)
        return tokenError(
            QStringLiteral("invalid_grant"), tr("customer_key does not belong to any account."));
    SandboxApp* app = m_state.config.app(client.app->clientId);
    if (!app->acceptsNewAccounts() && !app->authorizedAccounts.contains(account->id))
        return tokenError(QStringLiteral("unauthorized_client"),
            tr("The app is %1: accounts that have not authorized it before cannot authorize it.")
                .arg(SandboxApp::modeName(app->mode)));
    if (!app->authorizedAccounts.contains(account->id))
        app->authorizedAccounts.append(account->id);
    return tokenResponse(*app, account->id, false);
}

SandboxResponse SandboxOAuthRoutes::tokenResponse(
    const SandboxApp& app, const QString& accountId, bool withRefreshToken)
{
    const SandboxAuthStore::IssuedTokens tokens = m_state.authStore.issueTokens(
        app.clientId, accountId, withRefreshToken, m_state.tokenLifetimeSeconds, m_state.nowMs());
    qCInfo(lcSandbox) << "token: issued" << SecretMasker::mask(tokens.accessToken) << "to" << app.clientId
                      << "for" << accountId;
    QJsonObject body {{QStringLiteral("access_token"), tokens.accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), tokens.expiresIn},
        {QStringLiteral("scope"), QStringLiteral("openApi")}};
    if (!tokens.refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    SandboxResponse response = SandboxResponse::json(body);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

SandboxResponse SandboxOAuthRoutes::tokenError(const QString& error, const QString& description, int status)
{
    SandboxResponse response = SandboxResponse::json(
        QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse SandboxOAuthRoutes::redirectWithError(
    const SandboxAuthStore::AuthorizationRequest& request, const QString& error, const QString& description)
{
    return SandboxResponse::redirect(redirectLocation(request.redirectUri,
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description},
            {QStringLiteral("state"), request.state}}));
}

bool SandboxOAuthRoutes::verifyPkce(const QString& challenge, const QString& method, const QString& verifier)
{
    if (!isValidVerifier(verifier))
        return false;
    if (method == QLatin1String("plain"))
        return verifier == challenge;
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        == challenge.toLatin1();
}
