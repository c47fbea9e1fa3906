#pragma once

#include "util/AppLifecycle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// An app as Lofty's Developer Portal registers it ("My Authorization"): what the portal shows and
// what decides what the app may call. The client secret is not here: it lives in the SecretStore.
// The top-level fields are the configuration in force (for a Production app: the approved one);
// an edit of a Production app waits beside it in pendingEdit until it is published or cancelled.
struct AppRegistration
{
    Q_DECLARE_TR_FUNCTIONS(AppRegistration)

public:
    using Mode = AppLifecycle::Mode;

    static constexpr int DevelopmentRateLimitPerMinute = AppLifecycle::DevelopmentRateLimitPerMinute;
    static constexpr int ProductionRateLimitPerMinute = AppLifecycle::ProductionRateLimitPerMinute;

    // The part of a registration the developer edits (and Lofty reviews for a Production app).
    struct Configuration
    {
        QString name;
        QString description;
        QString website;
        QStringList redirectUris;
        QStringList grantedApis;

        bool operator==(const Configuration& other) const;
        bool operator!=(const Configuration& other) const { return !(*this == other); }
    };

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
    std::optional<Configuration> pendingEdit; // a Production app's edit under review (or declined)
    QString declineReason; // why the last review was declined (Declined only)

    int rateLimitPerMinute() const { return AppLifecycle::rateLimitPerMinute(mode, pendingEdit.has_value()); }
    bool grants(const QString& api) const { return grantedApis.contains(api); }
    bool isUnderReview() const { return mode == Mode::UnderReview; }
    bool editsLocked() const;

    Configuration configuration() const;
    void setConfiguration(const Configuration& configuration);
    // What the portal will show once every pending edit is published.
    Configuration proposedConfiguration() const { return pendingEdit.value_or(configuration()); }

    struct Outcome
    {
        bool ok = false;
        QString error; // when !ok: why the portal refuses
        bool pending = false; // the edit waits for review
        QStringList addedApis; // APIs that came into force now
        bool tokensInvalidated = false; // an API came into force now: every token issued before is dead
    };
    // Applies an edit the way the portal does: at once (Development, Declined), as a pending edit
    // that moves the app to Under Review (Production), or not at all (locked while under review).
    Outcome edit(const Configuration& edited, const QDateTime& nowUtc);
    Outcome act(AppLifecycle::Action action, const QDateTime& nowUtc, const QString& reason = QString());

    static int rateLimitForMode(Mode mode) { return AppLifecycle::rateLimitPerMinute(mode, false); }
    static QString modeName(Mode mode); // stable ids: "development", "underReview", "production", "declined"
    static bool modeFromName(const QString& name, Mode* mode);
    static QString modeTitle(Mode mode); // for the user: "Development", "Under Review", ...
    static QList<Mode> allModes();

    bool operator==(const AppRegistration& other) const;
    bool operator!=(const AppRegistration& other) const { return !(*this == other); }

private:
    Outcome takeEffect(const Configuration& configuration, const QDateTime& nowUtc);
};
