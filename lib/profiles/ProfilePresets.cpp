#include "profiles/ProfilePresets.h"

#include <functional>

namespace {

struct Setter
{
    const char* key;
    const char* takes;
    std::function<bool(Profile*, const QString&)> apply;
};

bool setUrl(QUrl* target, const QString& value, bool httpOnly)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    if (httpOnly && url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return false;
    *target = url;
    return true;
}

bool setBool(bool* target, const QString& value)
{
    if (value == QLatin1String("true") || value == QLatin1String("false")) {
        *target = value == QLatin1String("true");
        return true;
    }
    return false;
}

const QList<Setter>& setters()
{
    static const QList<Setter> list {
        {"name", QT_TRANSLATE_NOOP("ProfilePresets", "a non-empty name"),
            [](Profile* p, const QString& v) { return !(p->name = v.trimmed()).isEmpty(); }},
        {"authorizeUrl", QT_TRANSLATE_NOOP("ProfilePresets", "an absolute http(s) URL"),
            [](Profile* p, const QString& v) { return setUrl(&p->authorizeUrl, v, true); }},
        {"tokenUrl", QT_TRANSLATE_NOOP("ProfilePresets", "an absolute http(s) URL"),
            [](Profile* p, const QString& v) { return setUrl(&p->tokenUrl, v, true); }},
        {"apiBaseUrl", QT_TRANSLATE_NOOP("ProfilePresets", "an absolute http(s) URL"),
            [](Profile* p, const QString& v) { return setUrl(&p->apiBaseUrl, v, true); }},
        {"clientAuthentication", QT_TRANSLATE_NOOP("ProfilePresets", "requestBody or httpBasic"),
            [](Profile* p, const QString& v) {
                if (v != QLatin1String("requestBody") && v != QLatin1String("httpBasic"))
                    return false;
                p->clientAuthMethod = v == QLatin1String("httpBasic")
                    ? OAuthClientConfig::ClientAuthMethod::HttpBasic
                    : OAuthClientConfig::ClientAuthMethod::RequestBody;
                return true;
            }},
        {"scope", QT_TRANSLATE_NOOP("ProfilePresets", "any text (empty: not sent)"),
            [](Profile* p, const QString& v) {
                p->scope = v.trimmed();
                return true;
            }},
        {"registration.clientId", QT_TRANSLATE_NOOP("ProfilePresets", "the client id from the portal"),
            [](Profile* p, const QString& v) { return !(p->registration.clientId = v.trimmed()).isEmpty(); }},
        {"redirectHost", QT_TRANSLATE_NOOP("ProfilePresets", "127.0.0.1 or localhost"),
            [](Profile* p, const QString& v) {
                p->redirectHost = v;
                return p->redirectHostProblem().isEmpty();
            }},
        {"redirectPort", QT_TRANSLATE_NOOP("ProfilePresets", "0 (any free port) to 65535"),
            [](Profile* p, const QString& v) {
                bool ok = false;
                const uint port = v.toUInt(&ok);
                if (!ok || port > 65535)
                    return false;
                p->redirectPort = quint16(port);
                return true;
            }},
        {"redirectPath", QT_TRANSLATE_NOOP("ProfilePresets", "a path starting with /"),
            [](Profile* p, const QString& v) {
                p->redirectPath = v;
                return p->redirectPathProblem().isEmpty();
            }},
        {"pkceWithSecret", QT_TRANSLATE_NOOP("ProfilePresets", "true or false"),
            [](Profile* p, const QString& v) { return setBool(&p->pkceWithSecret, v); }},
        {"issuer", QT_TRANSLATE_NOOP("ProfilePresets", "the RFC 9207 issuer (empty: not checked)"),
            [](Profile* p, const QString& v) {
                p->issuer = v.trimmed();
                return true;
            }},
        {"identityPath", QT_TRANSLATE_NOOP("ProfilePresets", "empty or a path starting with /"),
            [](Profile* p, const QString& v) {
                p->identityPath = v.trimmed();
                return p->identityPath.isEmpty() || p->identityPath.startsWith(QLatin1Char('/'));
            }},
        {"refreshLifetimeDays", QT_TRANSLATE_NOOP("ProfilePresets", "0 (unknown) to 36500"),
            [](Profile* p, const QString& v) {
                bool ok = false;
                const int days = v.toInt(&ok);
                if (!ok || days < 0 || days > 36500)
                    return false;
                p->refreshTokenLifetimeDays = days;
                return true;
            }},
        {"mode",
            QT_TRANSLATE_NOOP("ProfilePresets",
                "development, underReview, production or declined (as the portal shows it)"),
            [](Profile* p, const QString& v) {
                AppRegistration::Mode mode;
                if (!AppRegistration::modeFromName(v, &mode))
                    return false;
                if (mode != p->registration.mode) {
                    p->registration.mode = mode;
                    p->registration.pendingEdit.reset();
                    p->registration.declineReason.clear();
                }
                return true;
            }},
    };
    return list;
}

} // namespace

QList<ProfilePresets::Preset> ProfilePresets::all()
{
    return {Preset::Lofty, Preset::LoftyHelpCenter, Preset::Sandbox, Preset::GenericOAuth};
}

QString ProfilePresets::id(Preset preset)
{
    switch (preset) {
    case Preset::Lofty:
        return QStringLiteral("lofty");
    case Preset::LoftyHelpCenter:
        return QStringLiteral("lofty-help-center");
    case Preset::Sandbox:
        return QStringLiteral("sandbox");
    case Preset::GenericOAuth:
        return QStringLiteral("oauth2");
    }
    return QString();
}

bool ProfilePresets::fromId(const QString& text, Preset* preset)
{
    for (Preset candidate : all()) {
        if (id(candidate) == text) {
            *preset = candidate;
            return true;
        }
    }
    return false;
}

QString ProfilePresets::title(Preset preset)
{
    switch (preset) {
    case Preset::Lofty:
        return tr("Lofty (developer.lofty.com)");
    case Preset::LoftyHelpCenter:
        return tr("Lofty, help-center token endpoint (HTTP Basic + client_id)");
    case Preset::Sandbox:
        return tr("Sandbox (built in, not Lofty)");
    case Preset::GenericOAuth:
        return tr("Generic OAuth 2.0 server");
    }
    return QString();
}

Profile ProfilePresets::create(Preset preset, const QString& name)
{
    Profile profile;
    switch (preset) {
    case Preset::Lofty:
        profile = Profile::lofty();
        break;
    case Preset::LoftyHelpCenter:
        // help.lofty.com's variant: the CRM host's token endpoint with HTTP Basic; client_id is
        // also sent in the body, as with every client authentication here.
        profile = Profile::lofty();
        profile.tokenUrl = QUrl(QStringLiteral("https://crm.lofty.com/api/user-web/oauth/token"));
        profile.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::HttpBasic;
        break;
    case Preset::Sandbox:
        profile = Profile::sandbox();
        break;
    case Preset::GenericOAuth:
        // Placeholders on a reserved domain (RFC 2606) to replace with the server's endpoints: a
        // profile always names the only host its tokens may be sent to.
        profile.authorizeUrl = QUrl(QStringLiteral("https://auth.example.com/oauth/authorize"));
        profile.tokenUrl = QUrl(QStringLiteral("https://auth.example.com/oauth/token"));
        profile.apiBaseUrl = QUrl(QStringLiteral("https://api.example.com"));
        profile.registration.name = tr("My OAuth app");
        profile.registration.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        profile.identityPath.clear();
        break;
    }
    profile.id = Profile::newId();
    profile.name = name;
    profile.accounts.clear();
    return profile;
}

Profile ProfilePresets::duplicate(const Profile& profile, const QString& name)
{
    Profile copy = profile;
    copy.id = Profile::newId();
    copy.name = name;
    copy.accounts.clear();
    return copy;
}

QString ProfilePresets::uniqueName(const QStringList& taken, const QString& base)
{
    QString candidate = base;
    for (int n = 2; !nameProblem(taken, candidate).isEmpty(); ++n)
        candidate = QStringLiteral("%1 %2").arg(base).arg(n);
    return candidate;
}

QString ProfilePresets::nameProblem(const QStringList& taken, const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (taken.contains(name.trimmed(), Qt::CaseInsensitive))
        return tr("There is already a profile named \"%1\".").arg(name.trimmed());
    return QString();
}

QStringList ProfilePresets::settableKeys()
{
    QStringList keys;
    for (const Setter& setter : setters())
        keys << QString::fromLatin1(setter.key);
    return keys;
}

bool ProfilePresets::set(Profile* profile, const QString& key, const QString& value, QString* error)
{
    for (const Setter& setter : setters()) {
        if (key != QLatin1String(setter.key))
            continue;
        Profile edited = *profile;
        if (!setter.apply(&edited, value)) {
            *error = tr("%1: expected %2, not \"%3\".").arg(key, tr(setter.takes), value);
            return false;
        }
        *profile = edited;
        return true;
    }
    *error = tr("Unknown key \"%1\"; the keys are: %2.").arg(key, settableKeys().join(QStringLiteral(", ")));
    return false;
}
