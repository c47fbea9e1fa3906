#include "profiles/AppRegistration.h"

int AppRegistration::rateLimitForMode(Mode mode)
{
    return mode == Mode::Production ? ProductionRateLimitPerMinute : DevelopmentRateLimitPerMinute;
}

QString AppRegistration::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Development:
        return QStringLiteral("development");
    case Mode::UnderReview:
        return QStringLiteral("underReview");
    case Mode::Production:
        return QStringLiteral("production");
    case Mode::Declined:
        return QStringLiteral("declined");
    }
    return QString();
}

bool AppRegistration::modeFromName(const QString& name, Mode* mode)
{
    for (Mode candidate : allModes()) {
        if (modeName(candidate) == name) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

QString AppRegistration::modeTitle(Mode mode)
{
    switch (mode) {
    case Mode::Development:
        return tr("Development");
    case Mode::UnderReview:
        return tr("Under Review");
    case Mode::Production:
        return tr("Production");
    case Mode::Declined:
        return tr("Declined");
    }
    return QString();
}

QList<AppRegistration::Mode> AppRegistration::allModes()
{
    return {Mode::Development, Mode::UnderReview, Mode::Production, Mode::Declined};
}

bool AppRegistration::operator==(const AppRegistration& other) const
{
    return name == other.name && description == other.description && website == other.website
        && clientId == other.clientId && redirectUris == other.redirectUris && mode == other.mode
        && grantedApis == other.grantedApis && apisAddedAt == other.apisAddedAt;
}
