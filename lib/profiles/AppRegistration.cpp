#include "profiles/AppRegistration.h"

bool AppRegistration::Configuration::operator==(const Configuration& other) const
{
    return name == other.name && description == other.description && website == other.website
        && redirectUris == other.redirectUris && grantedApis == other.grantedApis;
}

bool AppRegistration::editsLocked() const
{
    return AppLifecycle::editEffect(mode, pendingEdit.has_value()) == AppLifecycle::EditEffect::Locked;
}

AppRegistration::Configuration AppRegistration::configuration() const
{
    return {name, description, website, redirectUris, grantedApis};
}

void AppRegistration::setConfiguration(const Configuration& configuration)
{
    name = configuration.name;
    description = configuration.description;
    website = configuration.website;
    redirectUris = configuration.redirectUris;
    grantedApis = configuration.grantedApis;
}

AppRegistration::Outcome AppRegistration::takeEffect(
    const Configuration& configuration, const QDateTime& nowUtc)
{
    Outcome outcome;
    outcome.ok = true;
    for (const QString& api : configuration.grantedApis) {
        if (!grantedApis.contains(api))
            outcome.addedApis << api;
    }
    setConfiguration(configuration);
    if (!outcome.addedApis.isEmpty()) {
        // Lofty changes the app's authorized API ids, which revokes every token issued before.
        apisAddedAt = nowUtc;
        outcome.tokensInvalidated = true;
    }
    return outcome;
}

AppRegistration::Outcome AppRegistration::edit(const Configuration& edited, const QDateTime& nowUtc)
{
    switch (AppLifecycle::editEffect(mode, pendingEdit.has_value())) {
    case AppLifecycle::EditEffect::Immediate:
        return takeEffect(edited, nowUtc);
    case AppLifecycle::EditEffect::Pending:
        if (edited == configuration())
            return {true, QString(), false, {}, false};
        pendingEdit = edited;
        mode = Mode::UnderReview;
        return {true, QString(), true, {}, false};
    case AppLifecycle::EditEffect::PendingReplaced:
        pendingEdit = edited;
        return {true, QString(), true, {}, false};
    case AppLifecycle::EditEffect::Locked:
        break;
    }
    Outcome refused;
    refused.error = AppLifecycle::lockedMessage();
    return refused;
}

AppRegistration::Outcome AppRegistration::act(
    AppLifecycle::Action action, const QDateTime& nowUtc, const QString& reason)
{
    const AppLifecycle::Transition transition
        = AppLifecycle::transition(mode, pendingEdit.has_value(), action, reason);
    Outcome outcome;
    if (!transition.allowed) {
        outcome.error = transition.refusal;
        return outcome;
    }
    if (transition.appliesPendingEdit && pendingEdit)
        outcome = takeEffect(*pendingEdit, nowUtc);
    outcome.ok = true;
    if (transition.appliesPendingEdit || transition.dropsPendingEdit)
        pendingEdit.reset();
    mode = transition.mode;
    declineReason = action == AppLifecycle::Action::Decline ? reason.trimmed() : QString();
    outcome.pending = pendingEdit.has_value();
    return outcome;
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
    return configuration() == other.configuration() && clientId == other.clientId && mode == other.mode
        && apisAddedAt == other.apisAddedAt && pendingEdit == other.pendingEdit
        && declineReason == other.declineReason;
}
