#pragma once

#include <QJsonObject>
#include <QStringList>

// One app registered with the sandbox, as a vendor registers it in Lofty's Developer Portal.
struct SandboxApp
{
    enum class Mode { Development, UnderReview, Production, Declined };

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

    bool isPublic() const { return clientSecret.isEmpty(); }
    bool acceptsNewAccounts() const { return mode == Mode::Development || mode == Mode::Production; }
    int rateLimitPerMinute() const { return mode == Mode::Production ? 500 : 100; }
    bool isRedirectUriRegistered(const QString& redirectUri) const;

    static QString modeName(Mode mode);
    static bool modeFromName(const QString& name, Mode* mode);

    QJsonObject toJson() const;
    // Fills *app from one entry of the "apps" array; on failure *error names the field.
    static bool fromJson(const QJsonObject& json, SandboxApp* app, QString* error);
};
