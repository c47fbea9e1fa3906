#pragma once

#include "profiles/AppRegistration.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

// Checks an app registration the way Lofty's Developer Portal and OAuth server will judge it,
// and classifies an edit the way Lofty does (adding an API is breaking: existing tokens stop
// working and users must authorize again, at once in Development and when the edit is published
// for a Production app; name, description, website, redirect URIs and removing APIs are not).
class RegistrationLint
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationLint)

public:
    struct Finding
    {
        enum class Severity { Info, Warning, Error };
        Severity severity = Severity::Info;
        QString field; // "redirectUris", "mode", "clientId", "grantedApis", "rateLimit"
        QString message;
    };

    // `consoleRedirectUri`: the loopback URI the console's listener uses (any port).
    // `observedRateLimit`: X-RateLimit-Limit as last seen (0 = not seen yet).
    static QList<Finding> check(
        const AppRegistration& app, const QUrl& consoleRedirectUri, int observedRateLimit = 0);

    // RFC 8252 §7.3: a loopback redirect URI matches any port; everything else must match exactly.
    static bool isRedirectUriRegistered(const QStringList& registeredUris, const QUrl& redirectUri);
    static bool isLoopback(const QUrl& url);

    struct EditClassification
    {
        bool breaking = false; // adding APIs or changing the client id: users re-authorize
        bool needsReview = false; // a Production app's edits go through a short review
        bool takesEffectAtOnce = true; // Development / Declined: the edit applies when saved
        bool locked = false; // under review: the portal refuses edits
        bool redirectUrisChanged = false; // re-authorizations must use a new URI
        bool clientIdChanged = false; // another app: its accounts do not carry over
        QStringList addedApis;
        QStringList removedApis;
        QStringList changes; // one sentence per changed field, for the user
        bool isEmpty() const { return changes.isEmpty(); }
        bool needsConfirmation() const { return breaking || redirectUrisChanged; }
    };
    // `after`'s configuration is the edit; the lifecycle (when it takes effect) is `before`'s.
    static EditClassification classifyEdit(const AppRegistration& before, const AppRegistration& after);
    // The question to ask before a breaking edit is saved, naming how many of `accountCount`
    // accounts will need re-authorization and when; empty when the edit needs no confirmation.
    static QString confirmation(const EditClassification& edit, int accountCount);
};
