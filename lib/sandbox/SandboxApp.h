#pragma once

#include "util/AppLifecycle.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// One app registered with the sandbox, as a vendor registers it in Lofty's Developer Portal.
struct SandboxApp
{
    using Mode = AppLifecycle::Mode;

    // What a vendor edits in the portal, and what a Production app's review looks at.
    struct Edit
    {
        QString name;
        QString description;
        QStringList redirectUris;
        QStringList grantedApis;
        bool operator==(const Edit& other) const;
    };

    struct Outcome
    {
        bool ok = false;
        QString error;
        bool pending = false; // the edit waits for review
        bool addsApis = false; // an API came into force: the caller revokes the app's tokens
    };

    QString name;
    QString description;
    QString clientId;
    QString clientSecret; // empty: a public client that must use PKCE
    QStringList redirectUris;
    Mode mode = Mode::Development;
    QStringList grantedApis;
    // Accounts that authorized the app before it went to review; only they may still authorize
    // it while it is Under Review or Declined.
    QStringList authorizedAccounts;
    // PKCE from every client, confidential ones too (RFC 9700 §2.1.1), as some servers demand.
    bool requirePkce = false;
    // A Production app's edit under review (or declined); the fields above stay in force meanwhile.
    std::optional<Edit> pendingEdit;
    QString declineReason;

    bool isPublic() const { return clientSecret.isEmpty(); }
    // A Production app keeps running on its approved configuration while an edit is reviewed.
    bool acceptsNewAccounts() const
    {
        return mode == Mode::Development || mode == Mode::Production || pendingEdit.has_value();
    }
    int rateLimitPerMinute() const { return AppLifecycle::rateLimitPerMinute(mode, pendingEdit.has_value()); }
    bool isRedirectUriRegistered(const QString& redirectUri) const;

    Edit configuration() const;
    // The portal's rules (AppLifecycle): at once, pending review, or refused while under review.
    Outcome edit(const Edit& edited);
    Outcome act(AppLifecycle::Action action, const QString& reason = QString());

    // Whether `after` grants an API that `before` did not (it comes into force: see
    // SandboxState::revokeIfApisAdded).
    static bool addsApis(const QStringList& before, const QStringList& after);
    static QString modeName(Mode mode);
    static bool modeFromName(const QString& name, Mode* mode);

    QJsonObject toJson() const;
    // Fills *app from one entry of the "apps" array; on failure *error names the field.
    static bool fromJson(const QJsonObject& json, SandboxApp* app, QString* error);
};
