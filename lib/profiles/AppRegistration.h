#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// An app as Lofty's Developer Portal registers it ("My Authorization"): what the portal shows and
// what decides what the app may call. The client secret is not here: it lives in the SecretStore.
struct AppRegistration
{
    Q_DECLARE_TR_FUNCTIONS(AppRegistration)

public:
    enum class Mode {
        Development, // new apps: full OAuth without review, 100 requests/min
        UnderReview, // submitted for production; still limited like Development
        Production, // approved: 500 requests/min
        Declined, // review refused; editable and resubmittable, limited like Development
    };

    static constexpr int DevelopmentRateLimitPerMinute = 100;
    static constexpr int ProductionRateLimitPerMinute = 500;

    QString name;
    QString description;
    QString website;
    QString clientId;
    QStringList redirectUris;
    Mode mode = Mode::Development;
    QStringList grantedApis; // catalog API names ("Leads", "Current User", ...)
    // UTC; when an edit last added an API. Lofty then revokes every token of the app, so a token
    // obtained before this time is dead. Invalid: never.
    QDateTime apisAddedAt;

    int rateLimitPerMinute() const { return rateLimitForMode(mode); }
    bool grants(const QString& api) const { return grantedApis.contains(api); }

    static int rateLimitForMode(Mode mode);
    static QString modeName(Mode mode); // stable ids: "development", "underReview", "production", "declined"
    static bool modeFromName(const QString& name, Mode* mode);
    static QString modeTitle(Mode mode); // for the user: "Development", "Under Review", ...
    static QList<Mode> allModes();

    bool operator==(const AppRegistration& other) const;
    bool operator!=(const AppRegistration& other) const { return !(*this == other); }
};
