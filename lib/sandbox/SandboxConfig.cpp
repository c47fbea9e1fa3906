#include "sandbox/SandboxConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("SandboxConfig", text);
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A deterministic JWS-shaped key ("eyJ…" three base64url parts), like Lofty's API keys.
QString customerKeyFor(const QString& accountId)
{
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = base64Url(QByteArray(R"({"iss":"lofty-sandbox","sub":")") + accountId.toUtf8()
        + R"(","scope":"THIRD_PARTY_OPERATION"})");
    const QByteArray signature = QMessageAuthenticationCode::hash(
        header + '.' + payload, "lofty-sandbox", QCryptographicHash::Sha256);
    return QString::fromLatin1(header + '.' + payload + '.' + base64Url(signature));
}

SandboxAccount makeAccount(const char* id, const char* name, const char* role)
{
    const QString accountId = QString::fromLatin1(id);
    return SandboxAccount {accountId, QString::fromUtf8(name), QString::fromLatin1(role),
        accountId + QLatin1String("@sandbox.lofty.invalid"), customerKeyFor(accountId)};
}

SandboxApp makeApp(const char* name, const char* clientId, const char* secret, SandboxApp::Mode mode,
    const QStringList& apis, const char* description)
{
    SandboxApp app;
    app.name = QString::fromLatin1(name);
    app.description = QString::fromLatin1(description);
    app.clientId = QString::fromLatin1(clientId);
    app.clientSecret = QString::fromLatin1(secret);
    app.redirectUris
        = {QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("http://localhost/callback")};
    app.mode = mode;
    app.grantedApis = apis;
    return app;
}

bool readApps(const QJsonValue& value, QList<SandboxApp>* apps, QString* error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("apps: ") + translate("expected an array of apps");
        return false;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> clientIds;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("apps[%1]").arg(i);
        SandboxApp app;
        QString fieldError;
        if (!array.at(i).isObject()) {
            *error = where + QLatin1String(": ") + translate("expected an object");
            return false;
        }
        if (!SandboxApp::fromJson(array.at(i).toObject(), &app, &fieldError)) {
            *error = where + QLatin1Char('.') + fieldError;
            return false;
        }
        if (clientIds.contains(app.clientId)) {
            *error = where + QLatin1String(".clientId: ")
                + translate("duplicate client id \"%1\"").arg(app.clientId);
            return false;
        }
        clientIds.insert(app.clientId);
        apps->append(app);
    }
    return true;
}

void readApiKeyLimit(const QJsonValue& value, SandboxConfig* config, QString* error)
{
    if (value.isUndefined())
        return;
    const int limit = value.toInt(0);
    if (!value.isDouble() || value.toDouble() != double(limit) || limit < 1 || limit > 100000) {
        *error = QStringLiteral("apiKeyRateLimitPerMinute: ")
            + translate("expected a whole number from 1 to 100000");
        return;
    }
    config->apiKeyRateLimitPerMinute = limit;
}

bool readAccounts(const QJsonValue& value, QList<SandboxAccount>* accounts, QString* error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("accounts: ") + translate("expected an array of accounts");
        return false;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> ids;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("accounts[%1]").arg(i);
        SandboxAccount account;
        QString fieldError;
        if (!array.at(i).isObject()) {
            *error = where + QLatin1String(": ") + translate("expected an object");
            return false;
        }
        if (!SandboxAccount::fromJson(array.at(i).toObject(), &account, &fieldError)) {
            *error = where + QLatin1Char('.') + fieldError;
            return false;
        }
        if (ids.contains(account.id)) {
            *error
                = where + QLatin1String(".id: ") + translate("duplicate account id \"%1\"").arg(account.id);
            return false;
        }
        ids.insert(account.id);
        accounts->append(account);
    }
    return true;
}

} // namespace

QStringList SandboxConfig::allGrantableApis()
{
    return {QStringLiteral("Leads"), QStringLiteral("Lead Activities"), QStringLiteral("Tasks"),
        QStringLiteral("Calendar"), QStringLiteral("Notes"), QStringLiteral("Calls"),
        QStringLiteral("Text Messages"), QStringLiteral("Emails"), QStringLiteral("Messaging"),
        QStringLiteral("Manual Logs"), QStringLiteral("Transactions"), QStringLiteral("Team Members"),
        QStringLiteral("Current User"), QStringLiteral("Organization"), QStringLiteral("Agents"),
        QStringLiteral("Lead Ponds"), QStringLiteral("Working Leads"), QStringLiteral("Sales Agents"),
        QStringLiteral("Listings"), QStringLiteral("Opportunities"), QStringLiteral("Webhooks")};
}

SandboxConfig SandboxConfig::builtIn()
{
    const QStringList everything = allGrantableApis();
    QStringList development = everything;
    development.removeAll(QStringLiteral("Listings"));
    development.removeAll(QStringLiteral("Webhooks"));
    const QStringList leadsOnly {QStringLiteral("Leads")};

    SandboxConfig config;
    config.apps = {
        makeApp("Sandbox Web App", "sandbox-web", "sbx-secret/web+key=1", SandboxApp::Mode::Development,
            development, "A confidential web app: authorization code with a client secret."),
        makeApp("Sandbox Native App", "sandbox-native", "", SandboxApp::Mode::Development, development,
            "A public native app: authorization code with PKCE, no client secret."),
        makeApp("Sandbox Production App", "sandbox-prod", "sbx-secret/prod+key=2",
            SandboxApp::Mode::Production, everything,
            "A published app with every API granted (500 requests/min)."),
        makeApp("Sandbox Review App", "sandbox-review", "sbx-secret/review+key=3",
            SandboxApp::Mode::UnderReview, leadsOnly,
            "An app under review: accounts that have not authorized it yet cannot."),
        makeApp("Sandbox Declined App", "sandbox-declined", "sbx-secret/declined+key=4",
            SandboxApp::Mode::Declined, leadsOnly, "A declined app: new accounts cannot authorize it."),
    };
    config.accounts = {
        makeAccount("alice", "Alice Owner", "Team Owner"),
        makeAccount("bob", "Bob Agent", "Agent"),
        makeAccount("carol", "Carol Admin", "Admin"),
    };
    return config;
}

SandboxConfig SandboxConfig::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QString message;
    SandboxConfig config;
    if (parseError.error != QJsonParseError::NoError) {
        message = translate("not valid JSON at offset %1: %2")
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
    } else if (!document.isObject()) {
        message = translate("the configuration must be a JSON object with \"apps\" and \"accounts\"");
    } else if (readApps(document.object().value(QStringLiteral("apps")), &config.apps, &message)
        && readAccounts(document.object().value(QStringLiteral("accounts")), &config.accounts, &message)) {
        readApiKeyLimit(
            document.object().value(QStringLiteral("apiKeyRateLimitPerMinute")), &config, &message);
    }
    if (error)
        *error = message;
    return message.isEmpty() ? config : SandboxConfig();
}

QByteArray SandboxConfig::toJson() const
{
    QJsonArray appArray;
    for (const SandboxApp& entry : apps)
        appArray.append(entry.toJson());
    QJsonArray accountArray;
    for (const SandboxAccount& entry : accounts)
        accountArray.append(entry.toJson());
    return QJsonDocument(
        QJsonObject {{QStringLiteral("apps"), appArray}, {QStringLiteral("accounts"), accountArray},
            {QStringLiteral("apiKeyRateLimitPerMinute"), apiKeyRateLimitPerMinute}})
        .toJson(QJsonDocument::Indented);
}

const SandboxApp* SandboxConfig::app(const QString& clientId) const
{
    for (const SandboxApp& entry : apps) {
        if (entry.clientId == clientId)
            return &entry;
    }
    return nullptr;
}

SandboxApp* SandboxConfig::app(const QString& clientId)
{
    for (SandboxApp& entry : apps) { // non-const iteration detaches the implicitly shared list
        if (entry.clientId == clientId)
            return &entry;
    }
    return nullptr;
}

const SandboxAccount* SandboxConfig::account(const QString& accountId) const
{
    for (const SandboxAccount& entry : accounts) {
        if (entry.id == accountId)
            return &entry;
    }
    return nullptr;
}

const SandboxAccount* SandboxConfig::accountByEmail(const QString& email) const
{
    for (const SandboxAccount& entry : accounts) {
        if (!email.isEmpty() && entry.email.compare(email, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

const SandboxAccount* SandboxConfig::accountByCustomerKey(const QString& customerKey) const
{
    for (const SandboxAccount& entry : accounts) {
        if (!customerKey.isEmpty() && entry.customerKey == customerKey)
            return &entry;
    }
    return nullptr;
}
