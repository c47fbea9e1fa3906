#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

// What SandboxConfig::builtIn() grants "sandbox-web": every API except Listings and Webhooks.
// Profiles do not link the catalog, so the names are spelled out (they are the contract's).
QStringList sandboxWebGrantedApis()
{
    return {QStringLiteral("Leads"), QStringLiteral("Lead Activities"), QStringLiteral("Tasks"),
        QStringLiteral("Calendar"), QStringLiteral("Notes"), QStringLiteral("Calls"),
        QStringLiteral("Text Messages"), QStringLiteral("Emails"), QStringLiteral("Messaging"),
        QStringLiteral("Manual Logs"), QStringLiteral("Transactions"), QStringLiteral("Team Members"),
        QStringLiteral("Current User"), QStringLiteral("Organization"), QStringLiteral("Agents"),
        QStringLiteral("Lead Ponds"), QStringLiteral("Working Leads"), QStringLiteral("Sales Agents"),
        QStringLiteral("Opportunities")};
}

QUrl resolved(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace

Profile Profile::lofty()
{
    Profile profile;
    profile.id = QString::fromLatin1(LoftyPresetId);
    profile.name = QStringLiteral("Lofty");
    profile.loftyStyleRequests = true;
    profile.authorizeUrl = QUrl(QStringLiteral("https://lofty.com/page/vendor-auth.html"));
    profile.authorizeStyle = OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth;
    profile.tokenUrl = QUrl(QStringLiteral("https://api.lofty.com/oauth/token"));
    profile.apiBaseUrl = QUrl(QStringLiteral("https://api.lofty.com"));
    profile.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::RequestBody;
    profile.identityPath = QString::fromLatin1(LoftyIdentityPath);
    profile.refreshTokenLifetimeDays = LoftyRefreshTokenLifetimeDays;
    profile.customerKeyRequired = true;
    profile.registration.name = QCoreApplication::translate("Profile", "My Lofty app");
    profile.registration.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    return profile;
}

Profile Profile::sandbox()
{
    Profile profile;
    profile.id = QString::fromLatin1(SandboxPresetId);
    profile.name = QStringLiteral("Sandbox");
    profile.isBuiltInSandbox = true;
    profile.loftyStyleRequests = true;
    profile.authorizeStyle = OAuthClientConfig::AuthorizeStyle::Standard;
    profile.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::RequestBody;
    profile.identityPath = QString::fromLatin1(LoftyIdentityPath);
    profile.refreshTokenLifetimeDays = LoftyRefreshTokenLifetimeDays;
    profile.customerKeyRequired = true;
    AppRegistration& app = profile.registration;
    app.name = QStringLiteral("Sandbox Web App");
    app.description = QCoreApplication::translate("Profile", "The built-in sandbox's web app (not Lofty)");
    app.clientId = QStringLiteral("sandbox-web");
    app.redirectUris
        = {QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("http://localhost/callback")};
    app.mode = AppRegistration::Mode::Development;
    app.grantedApis = sandboxWebGrantedApis();
    return profile;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

OAuthClientConfig Profile::oauthConfig() const
{
    OAuthClientConfig config;
    config.authorizeUrl = authorizeUrl;
    config.authorizeStyle = authorizeStyle;
    config.tokenUrl = tokenUrl;
    config.clientId = registration.clientId;
    config.clientAuthMethod = clientAuthMethod;
    config.scope = scope;
    config.extraAuthorizeParameters = extraAuthorizeParameters;
    config.extraTokenParameters = extraTokenParameters;
    config.extraRefreshParameters = extraRefreshParameters;
    config.redirectHost = redirectHost;
    config.redirectPort = redirectPort;
    config.callbackPath = redirectPath;
    config.pkceWithSecret = pkceWithSecret;
    config.issuer = issuer;
    config.customerKeyRequired = customerKeyRequired;
    return config;
}

const QStringList& Profile::redirectHosts()
{
    // RFC 8252 §7.3 prefers the IP literal; "localhost" for providers that only accept the name.
    static const QStringList hosts {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")};
    return hosts;
}

QString Profile::redirectHostProblem() const
{
    if (redirectHosts().contains(redirectHost))
        return QString();
    return QCoreApplication::translate("Profile",
        "The redirect host must be 127.0.0.1 or localhost (the listener binds 127.0.0.1 only), "
        "not \"%1\".")
        .arg(redirectHost);
}

QString Profile::redirectPathProblem() const
{
    const bool pathOk = redirectPath.startsWith(QLatin1Char('/'))
        && QUrl(QStringLiteral("http://127.0.0.1") + redirectPath, QUrl::StrictMode).isValid()
        && !redirectPath.contains(QLatin1Char('?')) && !redirectPath.contains(QLatin1Char('#'));
    if (pathOk)
        return QString();
    return QCoreApplication::translate(
        "Profile", "The redirect path must start with / and have no query or fragment, not \"%1\".")
        .arg(redirectPath);
}

QString Profile::redirectUri(quint16 boundPort) const
{
    const quint16 port = boundPort != 0 ? boundPort : redirectPort;
    const QString origin = QStringLiteral("http://") + redirectHost;
    return port == 0 ? origin + redirectPath
                     : QStringLiteral("%1:%2%3").arg(origin).arg(port).arg(redirectPath);
}

Profile Profile::withSandboxBaseUrl(const QUrl& baseUrl) const
{
    Profile profile = *this;
    profile.apiBaseUrl = baseUrl;
    profile.authorizeUrl = resolved(baseUrl,
        profile.authorizeStyle == OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth
            ? QStringLiteral("/page/vendor-auth.html")
            : QStringLiteral("/oauth/authorize"));
    profile.tokenUrl = resolved(baseUrl, QStringLiteral("/oauth/token"));
    return profile;
}

const AccountRecord* Profile::account(const QString& accountId) const
{
    for (const AccountRecord& record : accounts) {
        if (record.id == accountId)
            return &record;
    }
    return nullptr;
}

QStringList Profile::accountIds() const
{
    QStringList ids;
    for (const AccountRecord& record : accounts)
        ids << record.id;
    return ids;
}

void Profile::upsertAccount(const AccountRecord& account)
{
    for (AccountRecord& record : accounts) {
        if (record.id == account.id) {
            record = account;
            return;
        }
    }
    accounts.append(account);
}

bool Profile::removeAccount(const QString& accountId)
{
    for (int i = 0; i < accounts.size(); ++i) {
        if (accounts.at(i).id == accountId) {
            accounts.removeAt(i);
            return true;
        }
    }
    return false;
}

bool Profile::operator==(const Profile& other) const
{
    return id == other.id && name == other.name && isBuiltInSandbox == other.isBuiltInSandbox
        && authorizeUrl == other.authorizeUrl && authorizeStyle == other.authorizeStyle
        && tokenUrl == other.tokenUrl && apiBaseUrl == other.apiBaseUrl
        && clientAuthMethod == other.clientAuthMethod && scope == other.scope
        && extraAuthorizeParameters == other.extraAuthorizeParameters
        && extraTokenParameters == other.extraTokenParameters
        && extraRefreshParameters == other.extraRefreshParameters && redirectHost == other.redirectHost
        && redirectPort == other.redirectPort && redirectPath == other.redirectPath
        && pkceWithSecret == other.pkceWithSecret && issuer == other.issuer
        && identityPath == other.identityPath && refreshTokenLifetimeDays == other.refreshTokenLifetimeDays
        && customerKeyRequired == other.customerKeyRequired && registration == other.registration
        && selectedAccountId == other.selectedAccountId && accounts == other.accounts
        && loftyStyleRequests == other.loftyStyleRequests;
}
