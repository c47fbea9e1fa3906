#include "session/AuthorizationService.h"

#include "api/ApiReply.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/DirectCredentials.h"
#include "profiles/Profile.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/ClientSecret.h"
#include "util/Clock.h"
#include "util/SecretMasker.h"
#include "json/JsonReader.h"

#include <QTimer>

namespace {

QString defaultLabel(TokenSet::Grant grant, const QDateTime& now)
{
    return QStringLiteral("%1 %2").arg(
        TokenSet::grantName(grant), now.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
}

// Lofty wraps the user in "data"; generic servers answer the object itself.
AccountIdentity identityFrom(const QByteArray& body)
{
    QString error;
    const JsonNode me = JsonReader::parse(body, &error);
    const JsonNode data = me.value(u"data").isObject() ? me.value(u"data") : me;
    AccountIdentity identity;
    identity.id = data.value(u"id").displayText();
    const QString first = data.value(u"firstName").toString();
    const QString last = data.value(u"lastName").toString();
    identity.name = data.contains(u"name") ? data.value(u"name").toString()
                                           : QStringList {first, last}.join(QLatin1Char(' ')).trimmed();
    identity.email = data.value(u"email").toString();
    return identity;
}

} // namespace

AuthorizationService::AuthorizationService(
    AccountRegistry* accounts, ClientSecret* clientSecret, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_clientSecret(clientSecret)
    , m_network(network)
    , m_clock(Clock::system())
{ }

void AuthorizationService::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void AuthorizationService::setProfile(const Profile* profile)
{
    cancel();
    m_profile = profile;
}

OAuthFlow::Failure AuthorizationService::lastFailure() const
{
    return m_flow ? m_flow->lastFailure() : OAuthFlow::Failure::None;
}

QString AuthorizationService::redirectUriFor(quint16 port) const
{
    if (!m_profile)
        return QString();
    const OAuthClientConfig config = m_profile->oauthConfig();
    if (port == 0)
        port = config.redirectPort;
    const QString host = QStringLiteral("http://") + config.redirectHost;
    return port == 0 ? host + config.callbackPath
                     : QStringLiteral("%1:%2%3").arg(host).arg(port).arg(config.callbackPath);
}

bool AuthorizationService::authorize(const AuthorizationRequest& request)
{
    if (!m_profile || isRunning())
        return false;
    delete m_flow.data();
    OAuthFlow* flow = createFlow(request);
    m_flow = flow;
    connect(flow, &OAuthFlow::stepReported, this, &AuthorizationService::stepReported);
    connect(flow, &OAuthFlow::granted, this,
        [this, request](const TokenSet& token) { onGranted(request, token); });
    connect(flow, &OAuthFlow::failed, this,
        [this](const QString& reason) { emit finished(false, QString(), reason); });
    if (auto* codeFlow = qobject_cast<AuthorizationCodeFlow*>(flow))
        connect(codeFlow, &AuthorizationCodeFlow::openBrowserRequested, this,
            &AuthorizationService::openBrowserRequested);
    emit started();

    // Started from the event loop, so that callers always see started() before any step, even
    // for grants that finish at once.
    QPointer<OAuthFlow> guard(flow);
    QTimer::singleShot(0, this, [this, guard, request] {
        m_clientSecret->fetch([this, guard, request](bool) {
            if (guard)
                startFlow(guard, request);
        });
    });
    return true;
}

OAuthFlow* AuthorizationService::createFlow(const AuthorizationRequest& request)
{
    OAuthClientConfig config = m_profile->oauthConfig();
    config.clientSecret = m_clientSecret->value();
    switch (request.grant) {
    case TokenSet::Grant::ApiKey:
        SecretMasker::global().remember(request.apiKey);
        return new DirectCredentials(DirectCredentials::Type::ApiKey, request.apiKey, this);
    case TokenSet::Grant::PastedToken:
        SecretMasker::global().remember(request.accessToken);
        SecretMasker::global().remember(request.refreshToken);
        return new DirectCredentials(DirectCredentials::Type::AccessToken, request.accessToken, this);
    case TokenSet::Grant::ClientCredentials: {
        SecretMasker::global().remember(request.customerKey);
        auto* flow = new ClientCredentialsFlow(config, this);
        flow->setNetworkAccessManager(m_network);
        flow->setCustomerKey(request.customerKey);
        return flow;
    }
    case TokenSet::Grant::None:
    case TokenSet::Grant::AuthorizationCode:
    case TokenSet::Grant::AuthorizationCodePkce:
        break;
    }
    auto* flow = new AuthorizationCodeFlow(config, this);
    flow->setGrant(request.grant); // PKCE grant: public, never the secret; PKCE per the profile
    return flow;
}

void AuthorizationService::startFlow(OAuthFlow* flow, const AuthorizationRequest& request)
{
    OAuthClientConfig config = m_profile->oauthConfig();
    config.clientSecret = m_clientSecret->value();
    if (request.redirectPort != 0)
        config.redirectPort = request.redirectPort;
    flow->setClock(m_clock);
    if (auto* codeFlow = qobject_cast<AuthorizationCodeFlow*>(flow)) {
        if (request.grant == TokenSet::Grant::AuthorizationCode && config.clientSecret.isEmpty()) {
            emit finished(false, QString(),
                tr("The Authorization Code grant needs the app's client secret. Enter it "
                   "in Registration, or use Authorization Code + PKCE."));
            return;
        }
        codeFlow->setConfig(config);
    } else if (auto* credentialsFlow = qobject_cast<ClientCredentialsFlow*>(flow)) {
        credentialsFlow->setConfig(config);
    }
    flow->start();
}

void AuthorizationService::cancel()
{
    if (isRunning())
        m_flow->cancel();
}

void AuthorizationService::onGranted(const AuthorizationRequest& request, const TokenSet& granted)
{
    TokenSet token = granted;
    if (request.grant == TokenSet::Grant::PastedToken && !request.refreshToken.isEmpty()) {
        token.refreshToken = request.refreshToken;
        token.refreshTokenIssuedAt = token.obtainedAt;
    }
    AccountRecord account;
    account.id = AccountRecord::newId();
    account.grant = request.grant;
    account.authorizedAt = m_clock->nowUtc();
    account.label
        = request.label.isEmpty() ? defaultLabel(request.grant, account.authorizedAt) : request.label;
    const QString customerKey
        = request.grant == TokenSet::Grant::ClientCredentials ? request.customerKey : QString();
    m_accounts->add(account, token, customerKey);
    emit finished(true, account.id, tr("Account \"%1\" is authorized.").arg(account.label));
    fetchIdentity(account.id);
}

// Who the new account is, from the profile's identity call: best effort, for labels in the GUI
// and the CLI. Generic servers have none.
void AuthorizationService::fetchIdentity(const QString& accountId)
{
    Account* account = m_accounts->account(accountId);
    if (m_profile->identityPath.isEmpty() || !account)
        return;
    ApiReply* reply = account->send(account->requestFor(QStringLiteral("GET"), m_profile->identityPath));
    connect(reply, &ApiReply::finished, this, [this, reply, accountId] {
        reply->deleteLater();
        if (reply->response().isSuccess())
            m_accounts->adoptIdentity(accountId, identityFrom(reply->response().body));
    });
    emit identityLookupStarted(accountId, reply);
}
