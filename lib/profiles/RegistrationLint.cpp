#include "profiles/RegistrationLint.h"

#include <QHostAddress>

namespace {

bool sameExceptPort(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.path() == b.path() && a.query() == b.query();
}

QStringList missingFrom(const QStringList& list, const QStringList& other)
{
    QStringList missing;
    for (const QString& item : list) {
        if (!other.contains(item))
            missing << item;
    }
    return missing;
}

QList<RegistrationLint::Finding> lifecycleFindings(const AppRegistration& app)
{
    using Severity = RegistrationLint::Finding::Severity;
    const QString field = QStringLiteral("mode");
    QList<RegistrationLint::Finding> findings;
    switch (app.mode) {
    case AppRegistration::Mode::UnderReview:
        findings.append({Severity::Info, field,
            app.pendingEdit
                ? RegistrationLint::tr("Under review: the approved configuration keeps running (with "
                                       "Production's limit) until Lofty publishes the pending edit; "
                                       "edits are locked until then.")
                : RegistrationLint::tr("Under review: the app keeps Development's limits until Lofty "
                                       "approves it; edits are locked until then.")});
        break;
    case AppRegistration::Mode::Declined:
        findings.append({Severity::Warning, field,
            app.declineReason.isEmpty()
                ? RegistrationLint::tr("Declined: read Lofty's e-mail for the reason, edit the app and "
                                       "resubmit it.")
                : RegistrationLint::tr("Declined: %1 Edit the app and resubmit it.").arg(app.declineReason)});
        break;
    case AppRegistration::Mode::Development:
    case AppRegistration::Mode::Production:
        break;
    }
    if (app.pendingEdit) {
        const QStringList added = missingFrom(app.pendingEdit->grantedApis, app.grantedApis);
        if (!added.isEmpty())
            findings.append({Severity::Warning, QStringLiteral("grantedApis"),
                RegistrationLint::tr("The pending edit adds %1: when it is published, every token of the "
                                     "app stops working and each account must authorize again.")
                    .arg(added.join(QStringLiteral(", ")))});
    }
    return findings;
}

} // namespace

bool RegistrationLint::isLoopback(const QUrl& url)
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

bool RegistrationLint::isRedirectUriRegistered(const QStringList& registeredUris, const QUrl& redirectUri)
{
    for (const QString& text : registeredUris) {
        const QUrl registered(text);
        if (registered == redirectUri)
            return true;
        if (isLoopback(registered) && isLoopback(redirectUri) && sameExceptPort(registered, redirectUri))
            return true;
    }
    return false;
}

QList<RegistrationLint::Finding> RegistrationLint::check(
    const AppRegistration& app, const QUrl& consoleRedirectUri, int observedRateLimit)
{
    using Severity = Finding::Severity;
    QList<Finding> findings;
    if (app.clientId.trimmed().isEmpty())
        findings.append({Severity::Error, QStringLiteral("clientId"),
            tr("No client id: copy it from the Developer Portal's app table.")});
    if (consoleRedirectUri.isValid() && !isRedirectUriRegistered(app.redirectUris, consoleRedirectUri)) {
        QUrl portless = consoleRedirectUri;
        portless.setPort(-1);
        findings.append({Severity::Error, QStringLiteral("redirectUris"),
            tr("The console receives the authorization on %1, which is not among the app's redirect "
               "URIs. Register %2 in the Developer Portal (a loopback URI matches any port).")
                .arg(consoleRedirectUri.toString(), portless.toString())});
    }
    for (const QString& text : app.redirectUris) {
        const QUrl uri(text);
        if (uri.scheme() == QLatin1String("http") && !isLoopback(uri))
            findings.append({Severity::Warning, QStringLiteral("redirectUris"),
                tr("%1 uses plain http on a non-loopback host; authorization codes would travel "
                   "unencrypted.")
                    .arg(text)});
    }
    if (app.grantedApis.isEmpty())
        findings.append({Severity::Warning, QStringLiteral("grantedApis"),
            tr("No API is granted: every request will be refused with 403 (code 200100).")});
    findings.append(lifecycleFindings(app));
    const int limit = app.rateLimitPerMinute();
    findings.append({Severity::Info, QStringLiteral("rateLimit"),
        tr("%1 mode allows %2 requests per minute for the whole app.")
            .arg(AppRegistration::modeTitle(app.mode))
            .arg(limit)});
    if (observedRateLimit > 0 && observedRateLimit != limit)
        findings.append({Severity::Warning, QStringLiteral("rateLimit"),
            tr("The server reports a limit of %1 requests per minute, not the %2 of %3 mode: the mode "
               "recorded here may be out of date, or the endpoint has its own limit.")
                .arg(observedRateLimit)
                .arg(limit)
                .arg(AppRegistration::modeTitle(app.mode))});
    return findings;
}

RegistrationLint::EditClassification RegistrationLint::classifyEdit(
    const AppRegistration& before, const AppRegistration& after)
{
    EditClassification result;
    const AppLifecycle::EditEffect effect
        = AppLifecycle::editEffect(before.mode, before.pendingEdit.has_value());
    result.takesEffectAtOnce = effect == AppLifecycle::EditEffect::Immediate;
    result.locked = effect == AppLifecycle::EditEffect::Locked;
    // What this edit changes: against the pending edit when there is one (its own additions were
    // classified when it was made).
    const AppRegistration::Configuration from = before.proposedConfiguration();
    const AppRegistration::Configuration to = after.proposedConfiguration();
    result.addedApis = missingFrom(to.grantedApis, from.grantedApis);
    result.removedApis = missingFrom(from.grantedApis, to.grantedApis);
    if (!result.addedApis.isEmpty()) {
        result.breaking = true;
        result.changes << (result.takesEffectAtOnce
                ? tr("Adds %1: every existing token of the app stops working at once and each user has "
                     "to authorize again.")
                : tr("Adds %1: when Lofty publishes the edit, every existing token of the app stops "
                     "working and each user has to authorize again."))
                              .arg(result.addedApis.join(QStringLiteral(", ")));
    }
    if (!result.removedApis.isEmpty())
        result.changes << tr("Removes %1: existing tokens keep working for the other APIs.")
                              .arg(result.removedApis.join(QStringLiteral(", ")));
    if (from.name != to.name)
        result.changes << tr("Renames the app; tokens are not affected.");
    if (from.description != to.description)
        result.changes << tr("Changes the description; tokens are not affected.");
    if (from.website != to.website)
        result.changes << tr("Changes the website; tokens are not affected.");
    result.redirectUrisChanged = from.redirectUris != to.redirectUris;
    if (result.redirectUrisChanged)
        result.changes << tr(
            "Changes the redirect URIs; tokens are not affected, but new authorizations must use "
            "a registered URI.");
    result.clientIdChanged = before.clientId != after.clientId;
    if (result.clientIdChanged) {
        result.breaking = true;
        result.changes << tr(
            "Changes the client id: this is another app, and the accounts authorized under the old "
            "one do not carry over.");
    }
    if (before.mode != after.mode)
        result.changes << tr("Mode %1 → %2: the rate limit becomes %3 requests per minute.")
                              .arg(AppRegistration::modeTitle(before.mode),
                                  AppRegistration::modeTitle(after.mode))
                              .arg(after.rateLimitPerMinute());
    result.needsReview
        = (effect == AppLifecycle::EditEffect::Pending || effect == AppLifecycle::EditEffect::PendingReplaced)
        && !result.isEmpty();
    return result;
}

QString RegistrationLint::confirmation(const EditClassification& edit, int accountCount)
{
    if (!edit.needsConfirmation())
        return QString();
    QStringList parts;
    if (edit.clientIdChanged)
        parts << tr("Changing the client id makes this another app: %n account(s) authorized under the "
                    "old one will need re-authorization.",
            nullptr, accountCount);
    if (!edit.addedApis.isEmpty())
        parts << (edit.takesEffectAtOnce
                ? tr("Adding %1 invalidates every token of the app now: %n account(s) will need "
                     "re-authorization.",
                    nullptr, accountCount)
                : tr("Adding %1 invalidates every token of the app when the edit is published: %n "
                     "account(s) will need re-authorization then.",
                    nullptr, accountCount))
                     .arg(edit.addedApis.join(QStringLiteral(", ")));
    if (edit.redirectUrisChanged && !edit.breaking)
        parts << tr("Changing the redirect URIs keeps existing tokens (0 of %n account(s) need "
                    "re-authorization now), but every new authorization must use one of the new URIs.",
            nullptr, accountCount);
    else if (edit.redirectUrisChanged)
        parts << tr("The redirect URIs change too: the re-authorizations must use one of the new URIs.");
    return parts.join(QLatin1Char(' '));
}
