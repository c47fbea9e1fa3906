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
    switch (app.mode) {
    case AppRegistration::Mode::UnderReview:
        findings.append({Severity::Info, QStringLiteral("mode"),
            tr("Under review: the app keeps Development's limits until Lofty approves it.")});
        break;
    case AppRegistration::Mode::Declined:
        findings.append({Severity::Warning, QStringLiteral("mode"),
            tr("Declined: read Lofty's e-mail for the reasons, edit the app and resubmit it.")});
        break;
    case AppRegistration::Mode::Development:
    case AppRegistration::Mode::Production:
        break;
    }
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
    result.addedApis = missingFrom(after.grantedApis, before.grantedApis);
    result.removedApis = missingFrom(before.grantedApis, after.grantedApis);
    if (!result.addedApis.isEmpty()) {
        result.breaking = true;
        result.changes << tr("Adds %1: every existing token of the app stops working and each user has to "
                             "authorize again.")
                              .arg(result.addedApis.join(QStringLiteral(", ")));
    }
    if (!result.removedApis.isEmpty())
        result.changes << tr("Removes %1: existing tokens keep working for the other APIs.")
                              .arg(result.removedApis.join(QStringLiteral(", ")));
    if (before.name != after.name)
        result.changes << tr("Renames the app; tokens are not affected.");
    if (before.description != after.description)
        result.changes << tr("Changes the description; tokens are not affected.");
    if (before.website != after.website)
        result.changes << tr("Changes the website; tokens are not affected.");
    if (before.redirectUris != after.redirectUris)
        result.changes << tr(
            "Changes the redirect URIs; tokens are not affected, but new authorizations must use "
            "a registered URI.");
    if (before.clientId != after.clientId) {
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
    result.needsReview = before.mode == AppRegistration::Mode::Production && !result.isEmpty();
    return result;
}
