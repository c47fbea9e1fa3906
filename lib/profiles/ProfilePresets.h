#pragma once

#include "profiles/Profile.h"

#include <QCoreApplication>

// The starting points for a new profile, and the operations the Profiles dialog and
// `lofty-console-cli profiles create|set` share: create from a preset, duplicate, a free name, and
// one field set from text (validated).
class ProfilePresets
{
    Q_DECLARE_TR_FUNCTIONS(ProfilePresets)

public:
    enum class Preset {
        Lofty, // developer.lofty.com: vendor-auth page, api.lofty.com/oauth/token, secret in the body
        LoftyHelpCenter, // help.lofty.com: crm.lofty.com/api/user-web/oauth/token, HTTP Basic + client_id
        Sandbox, // the built-in sandbox (not Lofty)
        GenericOAuth, // any standard OAuth 2.0 server: no Lofty conventions, endpoints to fill in
    };

    static QList<Preset> all();
    static QString id(Preset preset); // "lofty", "lofty-help-center", "sandbox", "oauth2"
    static bool fromId(const QString& id, Preset* preset);
    static QString title(Preset preset);

    // A new profile with a fresh id, no accounts.
    static Profile create(Preset preset, const QString& name);
    // A copy under a fresh id and another name: the setup, never the accounts (their tokens are
    // personal and keyed by the original profile).
    static Profile duplicate(const Profile& profile, const QString& name);
    // `base`, or "base 2", "base 3", ... whichever is not taken (names compare case-insensitively).
    static QString uniqueName(const QStringList& taken, const QString& base);
    // Why `name` cannot name a new profile (empty, or taken); empty when it can.
    static QString nameProblem(const QStringList& taken, const QString& name);

    // The keys `profiles set` accepts, with what each takes.
    static QStringList settableKeys();
    // Sets one field from text; false with *error naming the key and what it takes.
    static bool set(Profile* profile, const QString& key, const QString& value, QString* error);
};
