#include "profiles/ProfileJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ProfileJson", text);
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Reads fields of one JSON object, recording each problem under "<path>.<field>".
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, const QString& path, FieldProblems* problems)
        : m_object(object)
        , m_path(path)
        , m_problems(problems)
    { }

    QString pathOf(const QString& field) const
    {
        return m_path.isEmpty() ? field : m_path + QLatin1Char('.') + field;
    }
    void problem(const QString& path, const QString& message) { m_problems->append({path, message}); }
    bool has(const QString& field) const { return m_object.contains(field); }
    QJsonValue value(const QString& field) const { return m_object.value(field); }

    QString string(const QString& field, bool required = false)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            if (required)
                problem(pathOf(field), tr("is missing"));
            return QString();
        }
        if (!value.isString()) {
            problem(pathOf(field), tr("must be a string, not %1").arg(typeName(value)));
            return QString();
        }
        if (required && value.toString().trimmed().isEmpty())
            problem(pathOf(field), tr("must not be empty"));
        return value.toString();
    }

    bool boolean(const QString& field, bool absent = false)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return absent;
        if (!value.isBool())
            problem(pathOf(field), tr("must be true or false, not %1").arg(typeName(value)));
        return value.toBool();
    }

    // A whole number in [minimum, maximum]; `absent` when the field is not there.
    int integer(const QString& field, int minimum, int maximum, int absent)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return absent;
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
            problem(pathOf(field),
                tr("must be a whole number from %1 to %2, not %3")
                    .arg(minimum)
                    .arg(maximum)
                    .arg(value.isDouble() ? QString::number(number) : typeName(value)));
            return absent;
        }
        return int(number);
    }

    QUrl url(const QString& field, bool required)
    {
        const QString text = string(field, required);
        if (text.isEmpty())
            return QUrl();
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (!url.isValid() || !web || url.host().isEmpty())
            problem(pathOf(field), tr("must be an absolute http or https URL, not \"%1\"").arg(text));
        return url;
    }

    QJsonArray array(const QString& field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return QJsonArray();
        if (!value.isArray())
            problem(pathOf(field), tr("must be an array, not %1").arg(typeName(value)));
        return value.toArray();
    }

    QStringList stringList(const QString& field)
    {
        QStringList values;
        const QJsonArray items = array(field);
        for (int i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(pathOf(field)).arg(i);
            if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty()) {
                problem(itemPath, tr("must be a non-empty string"));
                continue;
            }
            if (values.contains(items.at(i).toString()))
                problem(itemPath, tr("repeats \"%1\"").arg(items.at(i).toString()));
            values << items.at(i).toString();
        }
        return values;
    }

    void rejectSecretFields()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (ProfileJson::isSecretName(it.key()))
                problem(pathOf(it.key()),
                    tr("is a secret; secrets are never read from or written to a profile file. "
                       "Enter it in the console, which keeps it in the keychain"));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    FieldProblems* m_problems;
};

QJsonObject objectAt(const QJsonValue& value, const QString& path, FieldProblems* problems)
{
    if (!value.isObject()) {
        problems->append({path, tr("must be an object, not %1").arg(typeName(value))});
        return QJsonObject();
    }
    return value.toObject();
}

QJsonArray parametersToJson(const ParameterList& parameters)
{
    QJsonArray array;
    for (const auto& parameter : parameters)
        array.append(QJsonObject {
            {QStringLiteral("name"), parameter.first}, {QStringLiteral("value"), parameter.second}});
    return array;
}

ParameterList parametersFromJson(FieldReader& reader, const QString& field, FieldProblems* problems)
{
    ParameterList parameters;
    const QJsonArray items = reader.array(field);
    for (int i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(reader.pathOf(field)).arg(i);
        const int before = problems->size();
        FieldReader item(objectAt(items.at(i), itemPath, problems), itemPath, problems);
        if (problems->size() > before)
            continue;
        const QString name = item.string(QStringLiteral("name"), true);
        const QString value = item.string(QStringLiteral("value"));
        if (ProfileJson::isSecretName(name))
            problems->append({item.pathOf(QStringLiteral("name")),
                tr("\"%1\" carries a secret and cannot be a stored parameter; the console adds it "
                   "from the keychain")
                    .arg(name)});
        parameters.append({name, value});
    }
    return parameters;
}

void insertProviderSettings(const Profile& profile, QJsonObject* json)
{
    json->insert(QStringLiteral("redirectHost"), profile.redirectHost);
    json->insert(QStringLiteral("redirectPort"), int(profile.redirectPort));
    json->insert(QStringLiteral("redirectPath"), profile.redirectPath);
    json->insert(QStringLiteral("pkceWithSecret"), profile.pkceWithSecret);
    json->insert(QStringLiteral("issuer"), profile.issuer);
    json->insert(QStringLiteral("identityPath"), profile.identityPath);
    json->insert(QStringLiteral("refreshLifetimeDays"), profile.refreshTokenLifetimeDays);
    json->insert(QStringLiteral("userKeyRequired"), profile.customerKeyRequired);
}

// Files written before these fields existed describe Lofty or the sandbox: an absent
// identityPath / refreshLifetimeDays / userKeyRequired (customer_key) means Lofty's; an empty or
// false one means none.
void readProviderSettings(FieldReader& reader, Profile* profile)
{
    const Profile defaults;
    profile->redirectHost = reader.has(QStringLiteral("redirectHost"))
        ? reader.string(QStringLiteral("redirectHost"))
        : defaults.redirectHost;
    profile->redirectPort = quint16(reader.integer(QStringLiteral("redirectPort"), 0, 65535, 0));
    profile->redirectPath = reader.has(QStringLiteral("redirectPath"))
        ? reader.string(QStringLiteral("redirectPath"))
        : defaults.redirectPath;
    const QString hostProblem = profile->redirectHostProblem();
    if (!hostProblem.isEmpty())
        reader.problem(reader.pathOf(QStringLiteral("redirectHost")), hostProblem);
    const QString pathProblem = profile->redirectPathProblem();
    if (!pathProblem.isEmpty())
        reader.problem(reader.pathOf(QStringLiteral("redirectPath")), pathProblem);
    profile->pkceWithSecret = reader.boolean(QStringLiteral("pkceWithSecret"), true);
    profile->issuer = reader.string(QStringLiteral("issuer"));
    profile->identityPath = reader.has(QStringLiteral("identityPath"))
        ? reader.string(QStringLiteral("identityPath"))
        : QString::fromLatin1(Profile::LoftyIdentityPath);
    if (!profile->identityPath.isEmpty() && !profile->identityPath.startsWith(QLatin1Char('/')))
        reader.problem(reader.pathOf(QStringLiteral("identityPath")),
            tr("must be empty or a path starting with /, not \"%1\"").arg(profile->identityPath));
    profile->refreshTokenLifetimeDays = reader.integer(
        QStringLiteral("refreshLifetimeDays"), 0, 36500, Profile::LoftyRefreshTokenLifetimeDays);
    profile->customerKeyRequired = reader.boolean(QStringLiteral("userKeyRequired"), true);
}

QJsonObject configurationToJson(const AppRegistration::Configuration& configuration)
{
    return {{QStringLiteral("name"), configuration.name},
        {QStringLiteral("description"), configuration.description},
        {QStringLiteral("website"), configuration.website},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(configuration.redirectUris)},
        {QStringLiteral("grantedApis"), QJsonArray::fromStringList(configuration.grantedApis)}};
}

QJsonObject registrationToJson(const AppRegistration& app)
{
    QJsonObject json = configurationToJson(app.configuration());
    json.insert(QStringLiteral("clientId"), app.clientId);
    json.insert(QStringLiteral("mode"), AppRegistration::modeName(app.mode));
    if (app.apisAddedAt.isValid())
        json.insert(QStringLiteral("apisAddedAt"), app.apisAddedAt.toUTC().toString(Qt::ISODateWithMs));
    if (app.pendingEdit)
        json.insert(QStringLiteral("pendingEdit"), configurationToJson(*app.pendingEdit));
    if (!app.declineReason.isEmpty())
        json.insert(QStringLiteral("declineReason"), app.declineReason);
    return json;
}

void checkRedirectUris(FieldReader& reader, const QStringList& uris)
{
    for (int i = 0; i < uris.size(); ++i) {
        const QUrl url(uris.at(i), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative()
            || (url.host().isEmpty() && url.scheme().startsWith(QLatin1String("http"))))
            reader.problem(QStringLiteral("%1[%2]").arg(reader.pathOf(QStringLiteral("redirectUris"))).arg(i),
                tr("\"%1\" is not an absolute URL").arg(uris.at(i)));
    }
}

// An optional UTC time in ISO 8601; invalid when absent, a problem when not a time.
QDateTime readDateTime(FieldReader& reader, const QString& name)
{
    const QString text = reader.string(name);
    if (text.isEmpty())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    if (!time.isValid())
        reader.problem(reader.pathOf(name), tr("\"%1\" is not an ISO 8601 date and time").arg(text));
    return time;
}

AppRegistration::Configuration configurationFromJson(FieldReader& reader)
{
    AppRegistration::Configuration configuration;
    configuration.name = reader.string(QStringLiteral("name"));
    configuration.description = reader.string(QStringLiteral("description"));
    configuration.website = reader.string(QStringLiteral("website"));
    if (!configuration.website.isEmpty())
        reader.url(QStringLiteral("website"), false);
    configuration.redirectUris = reader.stringList(QStringLiteral("redirectUris"));
    checkRedirectUris(reader, configuration.redirectUris);
    configuration.grantedApis = reader.stringList(QStringLiteral("grantedApis"));
    return configuration;
}

// A pending edit exists only beside an approved configuration: under review or declined.
void readPendingEdit(FieldReader& reader, FieldProblems* problems, AppRegistration* app)
{
    if (!reader.has(QStringLiteral("pendingEdit")))
        return;
    const QString pendingPath = reader.pathOf(QStringLiteral("pendingEdit"));
    const int before = problems->size();
    FieldReader pending(
        objectAt(reader.value(QStringLiteral("pendingEdit")), pendingPath, problems), pendingPath, problems);
    if (problems->size() > before)
        return;
    app->pendingEdit = configurationFromJson(pending);
    if (app->mode != AppRegistration::Mode::UnderReview && app->mode != AppRegistration::Mode::Declined)
        reader.problem(pendingPath, tr("a pending edit needs mode underReview or declined"));
}

AppRegistration registrationFromJson(const QJsonValue& value, const QString& path, FieldProblems* problems)
{
    AppRegistration app;
    const int before = problems->size();
    FieldReader reader(objectAt(value, path, problems), path, problems);
    if (problems->size() > before)
        return app;
    reader.rejectSecretFields();
    app.setConfiguration(configurationFromJson(reader));
    app.clientId = reader.string(QStringLiteral("clientId"));
    const QString mode = reader.string(QStringLiteral("mode"));
    if (!mode.isEmpty() && !AppRegistration::modeFromName(mode, &app.mode))
        reader.problem(reader.pathOf(QStringLiteral("mode")),
            tr("\"%1\" is not a mode; expected development, underReview, production or declined").arg(mode));
    app.apisAddedAt = readDateTime(reader, QStringLiteral("apisAddedAt"));
    readPendingEdit(reader, problems, &app);
    app.declineReason = reader.string(QStringLiteral("declineReason"));
    return app;
}

QString dateTimeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject accountToJson(const AccountRecord& account)
{
    QJsonObject identity {{QStringLiteral("id"), account.identity.id},
        {QStringLiteral("name"), account.identity.name}, {QStringLiteral("email"), account.identity.email}};
    QJsonObject json {{QStringLiteral("id"), account.id}, {QStringLiteral("label"), account.label},
        {QStringLiteral("grant"), TokenSet::grantName(account.grant)},
        {QStringLiteral("authorizedAt"), dateTimeText(account.authorizedAt)},
        {QStringLiteral("identity"), identity},
        {QStringLiteral("expiresAt"), dateTimeText(account.expiresAt)},
        {QStringLiteral("renewable"), account.renewable}};
    if (!account.refusedReason.isEmpty()) {
        json.insert(QStringLiteral("refusedReason"), account.refusedReason);
        json.insert(QStringLiteral("refusedAt"), dateTimeText(account.refusedAt));
    }
    if (account.unverified)
        json.insert(QStringLiteral("unverified"), true);
    return json;
}

AccountRecord accountFromJson(const QJsonValue& value, const QString& path, FieldProblems* problems)
{
    AccountRecord account;
    const int before = problems->size();
    FieldReader reader(objectAt(value, path, problems), path, problems);
    if (problems->size() > before)
        return account;
    reader.rejectSecretFields();
    account.id = reader.string(QStringLiteral("id"), true);
    account.label = reader.string(QStringLiteral("label"));
    const QString grant = reader.string(QStringLiteral("grant"));
    account.grant = TokenSet::grantFromName(grant);
    if (!grant.isEmpty() && TokenSet::grantName(account.grant) != grant)
        reader.problem(reader.pathOf(QStringLiteral("grant")), tr("\"%1\" is not a known grant").arg(grant));
    account.authorizedAt = readDateTime(reader, QStringLiteral("authorizedAt"));
    account.expiresAt = readDateTime(reader, QStringLiteral("expiresAt"));
    account.renewable = reader.boolean(QStringLiteral("renewable"));
    account.refusedReason = reader.string(QStringLiteral("refusedReason"));
    account.refusedAt = readDateTime(reader, QStringLiteral("refusedAt"));
    account.unverified = reader.boolean(QStringLiteral("unverified"));
    if (reader.has(QStringLiteral("identity"))) {
        const QString identityPath = reader.pathOf(QStringLiteral("identity"));
        const int beforeIdentity = problems->size();
        FieldReader identity(objectAt(reader.value(QStringLiteral("identity")), identityPath, problems),
            identityPath, problems);
        if (problems->size() == beforeIdentity) {
            account.identity.id = identity.string(QStringLiteral("id"));
            account.identity.name = identity.string(QStringLiteral("name"));
            account.identity.email = identity.string(QStringLiteral("email"));
        }
    }
    return account;
}

QList<AccountRecord> accountsFromJson(FieldReader& reader, FieldProblems* problems)
{
    QList<AccountRecord> accounts;
    QSet<QString> ids;
    const QJsonArray items = reader.array(QStringLiteral("accounts"));
    for (int i = 0; i < items.size(); ++i) {
        const QString itemPath
            = QStringLiteral("%1[%2]").arg(reader.pathOf(QStringLiteral("accounts"))).arg(i);
        const AccountRecord account = accountFromJson(items.at(i), itemPath, problems);
        if (!account.id.isEmpty() && ids.contains(account.id))
            problems->append(
                {itemPath + QStringLiteral(".id"), tr("repeats the account id \"%1\"").arg(account.id)});
        ids.insert(account.id);
        accounts.append(account);
    }
    return accounts;
}

} // namespace

bool ProfileJson::isSecretName(const QString& name)
{
    // Compared without case, '_' or '-': "Client_Secret" and "client-secret" are the same secret.
    static const QSet<QString> names {QStringLiteral("clientsecret"), QStringLiteral("customerkey"),
        QStringLiteral("accesstoken"), QStringLiteral("refreshtoken"), QStringLiteral("idtoken"),
        QStringLiteral("apikey"), QStringLiteral("codeverifier"), QStringLiteral("code"),
        QStringLiteral("password"), QStringLiteral("tokenset")};
    QString folded = name.toLower();
    folded.remove(QLatin1Char('_'));
    folded.remove(QLatin1Char('-'));
    return names.contains(folded);
}

QString ProfileJson::authorizeStyleName(OAuthClientConfig::AuthorizeStyle style)
{
    return style == OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth ? QStringLiteral("loftyVendorAuth")
                                                                       : QStringLiteral("standard");
}

QString ProfileJson::clientAuthMethodName(OAuthClientConfig::ClientAuthMethod method)
{
    return method == OAuthClientConfig::ClientAuthMethod::HttpBasic ? QStringLiteral("httpBasic")
                                                                    : QStringLiteral("requestBody");
}

QJsonObject ProfileJson::toJson(const Profile& profile, Content content)
{
    QJsonObject json;
    if (content == Content::Stored)
        json.insert(QStringLiteral("id"), profile.id);
    json.insert(QStringLiteral("name"), profile.name);
    json.insert(QStringLiteral("builtInSandbox"), profile.isBuiltInSandbox);
    json.insert(QStringLiteral("loftyStyleRequests"), profile.loftyStyleRequests);
    if (!profile.isBuiltInSandbox) { // the sandbox's URLs change every run
        json.insert(QStringLiteral("authorizeUrl"), profile.authorizeUrl.toString());
        json.insert(QStringLiteral("tokenUrl"), profile.tokenUrl.toString());
        json.insert(QStringLiteral("apiBaseUrl"), profile.apiBaseUrl.toString());
    }
    json.insert(QStringLiteral("authorizeStyle"), authorizeStyleName(profile.authorizeStyle));
    json.insert(QStringLiteral("clientAuthentication"), clientAuthMethodName(profile.clientAuthMethod));
    json.insert(QStringLiteral("scope"), profile.scope);
    json.insert(
        QStringLiteral("extraAuthorizeParameters"), parametersToJson(profile.extraAuthorizeParameters));
    json.insert(QStringLiteral("extraTokenParameters"), parametersToJson(profile.extraTokenParameters));
    json.insert(QStringLiteral("extraRefreshParameters"), parametersToJson(profile.extraRefreshParameters));
    insertProviderSettings(profile, &json);
    json.insert(QStringLiteral("registration"), registrationToJson(profile.registration));
    if (content == Content::Stored) {
        QJsonArray accounts;
        for (const AccountRecord& account : profile.accounts)
            accounts.append(accountToJson(account));
        json.insert(QStringLiteral("accounts"), accounts);
        if (!profile.selectedAccountId.isEmpty())
            json.insert(QStringLiteral("selectedAccountId"), profile.selectedAccountId);
    }
    return json;
}

Profile ProfileJson::fromJson(
    const QJsonValue& value, const QString& path, Content content, FieldProblems* problems)
{
    Profile profile;
    const int before = problems->size();
    FieldReader reader(objectAt(value, path, problems), path, problems);
    if (problems->size() > before)
        return profile;
    reader.rejectSecretFields();
    if (content == Content::Stored)
        profile.id = reader.string(QStringLiteral("id"), true);
    profile.name = reader.string(QStringLiteral("name"), true);
    profile.isBuiltInSandbox = reader.boolean(QStringLiteral("builtInSandbox"));
    if (!profile.isBuiltInSandbox) {
        const bool required = content == Content::SharedSetup;
        profile.authorizeUrl = reader.url(QStringLiteral("authorizeUrl"), required);
        profile.tokenUrl = reader.url(QStringLiteral("tokenUrl"), required);
        profile.apiBaseUrl = reader.url(QStringLiteral("apiBaseUrl"), required);
    }
    const QString style = reader.string(QStringLiteral("authorizeStyle"));
    if (style == authorizeStyleName(OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth))
        profile.authorizeStyle = OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth;
    else if (!style.isEmpty() && style != authorizeStyleName(OAuthClientConfig::AuthorizeStyle::Standard))
        reader.problem(reader.pathOf(QStringLiteral("authorizeStyle")),
            tr("\"%1\" is not an authorize style; expected standard or loftyVendorAuth").arg(style));
    // Files written before the field existed: the sandbox and Lofty's vendor-auth profiles are Lofty.
    profile.loftyStyleRequests = reader.has(QStringLiteral("loftyStyleRequests"))
        ? reader.boolean(QStringLiteral("loftyStyleRequests"))
        : profile.isBuiltInSandbox
            || profile.authorizeStyle == OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth;
    const QString method = reader.string(QStringLiteral("clientAuthentication"));
    if (method == clientAuthMethodName(OAuthClientConfig::ClientAuthMethod::HttpBasic))
        profile.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::HttpBasic;
    else if (!method.isEmpty()
        && method != clientAuthMethodName(OAuthClientConfig::ClientAuthMethod::RequestBody))
        reader.problem(reader.pathOf(QStringLiteral("clientAuthentication")),
            tr("\"%1\" is not a client authentication method; expected requestBody or httpBasic")
                .arg(method));
    profile.scope = reader.string(QStringLiteral("scope"));
    profile.extraAuthorizeParameters
        = parametersFromJson(reader, QStringLiteral("extraAuthorizeParameters"), problems);
    profile.extraTokenParameters
        = parametersFromJson(reader, QStringLiteral("extraTokenParameters"), problems);
    profile.extraRefreshParameters
        = parametersFromJson(reader, QStringLiteral("extraRefreshParameters"), problems);
    readProviderSettings(reader, &profile);
    if (!reader.has(QStringLiteral("registration")))
        reader.problem(reader.pathOf(QStringLiteral("registration")), tr("is missing"));
    else
        profile.registration = registrationFromJson(reader.value(QStringLiteral("registration")),
            reader.pathOf(QStringLiteral("registration")), problems);
    if (content == Content::Stored) {
        profile.accounts = accountsFromJson(reader, problems);
        profile.selectedAccountId = reader.string(QStringLiteral("selectedAccountId"));
    }
    return profile;
}
