#include "sandbox/SandboxApp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace {

struct ModeName
{
    SandboxApp::Mode mode;
    const char* name;
};

constexpr ModeName ModeNames[] = {
    {SandboxApp::Mode::Development, "Development"},
    {SandboxApp::Mode::UnderReview, "Under Review"},
    {SandboxApp::Mode::Production, "Production"},
    {SandboxApp::Mode::Declined, "Declined"},
};

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
        || host == QLatin1String("::1");
}

// RFC 8252 §7.3: a loopback redirect URI matches whatever port the native app bound.
bool redirectUrisMatch(const QUrl& registered, const QUrl& requested)
{
    if (registered == requested)
        return true;
    return registered.scheme() == QLatin1String("http") && requested.scheme() == QLatin1String("http")
        && isLoopbackHost(registered.host()) && registered.host() == requested.host()
        && registered.path() == requested.path() && registered.query() == requested.query()
        && requested.fragment().isEmpty() && requested.userInfo().isEmpty();
}

QString translate(const char* text)
{
    return QCoreApplication::translate("SandboxConfig", text);
}

bool readStringList(const QJsonObject& json, const QString& key, QStringList* out, QString* error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = key + QLatin1String(": ") + translate("expected an array of strings");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *error = QStringLiteral("%1[%2]: ").arg(key).arg(i) + translate("expected a string");
            return false;
        }
        out->append(array.at(i).toString());
    }
    return true;
}

bool readString(const QJsonObject& json, const QString& key, bool required, QString* out, QString* error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *error = key + QLatin1String(": ") + translate("missing (required)");
        return !required;
    }
    if (!value.isString()) {
        *error = key + QLatin1String(": ") + translate("expected a string");
        return false;
    }
    *out = value.toString();
    if (required && out->isEmpty()) {
        *error = key + QLatin1String(": ") + translate("must not be empty");
        return false;
    }
    return true;
}

QJsonObject editToJson(const SandboxApp::Edit& edit)
{
    return {{QStringLiteral("name"), edit.name}, {QStringLiteral("description"), edit.description},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(edit.redirectUris)},
        {QStringLiteral("grantedApis"), QJsonArray::fromStringList(edit.grantedApis)}};
}

bool readPendingEdit(const QJsonObject& json, SandboxApp* app, QString* error)
{
    const QJsonValue value = json.value(QStringLiteral("pendingEdit"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = QLatin1String("pendingEdit: ") + translate("expected an object");
        return false;
    }
    const QJsonObject object = value.toObject();
    SandboxApp::Edit edit;
    QString fieldError;
    if (!readString(object, QStringLiteral("name"), true, &edit.name, &fieldError)
        || !readString(object, QStringLiteral("description"), false, &edit.description, &fieldError)
        || !readStringList(object, QStringLiteral("redirectUris"), &edit.redirectUris, &fieldError)
        || !readStringList(object, QStringLiteral("grantedApis"), &edit.grantedApis, &fieldError)) {
        *error = QLatin1String("pendingEdit.") + fieldError;
        return false;
    }
    if (app->mode != SandboxApp::Mode::UnderReview && app->mode != SandboxApp::Mode::Declined) {
        *error = QLatin1String("pendingEdit: ")
            + translate("a pending edit needs mode Under Review or Declined");
        return false;
    }
    app->pendingEdit = edit;
    return true;
}

} // namespace

bool SandboxApp::addsApis(const QStringList& before, const QStringList& after)
{
    for (const QString& api : after) {
        if (!before.contains(api))
            return true;
    }
    return false;
}

bool SandboxApp::Edit::operator==(const Edit& other) const
{
    return name == other.name && description == other.description && redirectUris == other.redirectUris
        && grantedApis == other.grantedApis;
}

SandboxApp::Edit SandboxApp::configuration() const
{
    return {name, description, redirectUris, grantedApis};
}

SandboxApp::Outcome SandboxApp::edit(const Edit& edited)
{
    Outcome outcome;
    switch (AppLifecycle::editEffect(mode, pendingEdit.has_value())) {
    case AppLifecycle::EditEffect::Immediate:
        outcome.addsApis = addsApis(grantedApis, edited.grantedApis);
        name = edited.name;
        description = edited.description;
        redirectUris = edited.redirectUris;
        grantedApis = edited.grantedApis;
        outcome.ok = true;
        return outcome;
    case AppLifecycle::EditEffect::Pending:
        if (!(edited == configuration())) {
            pendingEdit = edited;
            mode = Mode::UnderReview;
        }
        outcome.ok = true;
        outcome.pending = pendingEdit.has_value();
        return outcome;
    case AppLifecycle::EditEffect::PendingReplaced:
        pendingEdit = edited;
        outcome.ok = outcome.pending = true;
        return outcome;
    case AppLifecycle::EditEffect::Locked:
        break;
    }
    outcome.error = AppLifecycle::lockedMessage();
    return outcome;
}

SandboxApp::Outcome SandboxApp::act(AppLifecycle::Action action, const QString& reason)
{
    const AppLifecycle::Transition transition
        = AppLifecycle::transition(mode, pendingEdit.has_value(), action, reason);
    Outcome outcome;
    if (!transition.allowed) {
        outcome.error = transition.refusal;
        return outcome;
    }
    if (transition.appliesPendingEdit && pendingEdit) {
        const Edit published = *pendingEdit;
        outcome.addsApis = addsApis(grantedApis, published.grantedApis);
        name = published.name;
        description = published.description;
        redirectUris = published.redirectUris;
        grantedApis = published.grantedApis;
    }
    if (transition.appliesPendingEdit || transition.dropsPendingEdit)
        pendingEdit.reset();
    mode = transition.mode;
    declineReason = action == AppLifecycle::Action::Decline ? reason.trimmed() : QString();
    outcome.ok = true;
    outcome.pending = pendingEdit.has_value();
    return outcome;
}

bool SandboxApp::isRedirectUriRegistered(const QString& redirectUri) const
{
    const QUrl requested(redirectUri, QUrl::StrictMode);
    if (!requested.isValid() || requested.isRelative())
        return false;
    for (const QString& registered : redirectUris) {
        if (redirectUrisMatch(QUrl(registered), requested))
            return true;
    }
    return false;
}

QString SandboxApp::modeName(Mode mode)
{
    for (const ModeName& entry : ModeNames) {
        if (entry.mode == mode)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

bool SandboxApp::modeFromName(const QString& name, Mode* mode)
{
    for (const ModeName& entry : ModeNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *mode = entry.mode;
            return true;
        }
    }
    return false;
}

QJsonObject SandboxApp::toJson() const
{
    QJsonObject json {
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("clientSecret"), clientSecret.isEmpty() ? QJsonValue() : QJsonValue(clientSecret)},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("grantedApis"), QJsonArray::fromStringList(grantedApis)},
    };
    if (!authorizedAccounts.isEmpty())
        json.insert(QStringLiteral("authorizedAccounts"), QJsonArray::fromStringList(authorizedAccounts));
    if (requirePkce)
        json.insert(QStringLiteral("requirePkce"), true);
    if (pendingEdit)
        json.insert(QStringLiteral("pendingEdit"), editToJson(*pendingEdit));
    if (!declineReason.isEmpty())
        json.insert(QStringLiteral("declineReason"), declineReason);
    return json;
}

bool SandboxApp::fromJson(const QJsonObject& json, SandboxApp* app, QString* error)
{
    SandboxApp result;
    QString modeText = modeName(Mode::Development);
    if (!readString(json, QStringLiteral("name"), true, &result.name, error)
        || !readString(json, QStringLiteral("description"), false, &result.description, error)
        || !readString(json, QStringLiteral("clientId"), true, &result.clientId, error)
        || !readString(json, QStringLiteral("clientSecret"), false, &result.clientSecret, error)
        || !readStringList(json, QStringLiteral("redirectUris"), &result.redirectUris, error)
        || !readString(json, QStringLiteral("mode"), false, &modeText, error)
        || !readStringList(json, QStringLiteral("grantedApis"), &result.grantedApis, error)
        || !readStringList(json, QStringLiteral("authorizedAccounts"), &result.authorizedAccounts, error)
        || !readString(json, QStringLiteral("declineReason"), false, &result.declineReason, error))
        return false;
    const QJsonValue requirePkce = json.value(QStringLiteral("requirePkce"));
    if (!requirePkce.isUndefined() && !requirePkce.isBool()) {
        *error = QLatin1String("requirePkce: ") + translate("must be true or false");
        return false;
    }
    result.requirePkce = requirePkce.toBool();
    if (!modeFromName(modeText, &result.mode)) {
        *error = QLatin1String("mode: ")
            + translate("unknown mode \"%1\" (expected Development, Under Review, Production or Declined)")
                  .arg(modeText);
        return false;
    }
    if (!readPendingEdit(json, &result, error))
        return false;
    if (result.redirectUris.isEmpty()) {
        *error = QLatin1String("redirectUris: ") + translate("at least one redirect URI is required");
        return false;
    }
    for (int i = 0; i < result.redirectUris.size(); ++i) {
        const QUrl url(result.redirectUris.at(i), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative()) {
            *error = QStringLiteral("redirectUris[%1]: ").arg(i) + translate("not an absolute URL");
            return false;
        }
    }
    *app = result;
    return true;
}
