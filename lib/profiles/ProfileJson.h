#pragma once

#include "profiles/FieldProblem.h"
#include "profiles/Profile.h"

#include <QJsonObject>
#include <QJsonValue>

// The JSON form of a Profile, shared by the profile file (ProfileStore) and the export/import of
// an app's setup (ProfileExchange). Reading validates every field and reports each problem with
// its path; no secret is ever written or read (a secret-looking field is itself a problem).
class ProfileJson
{
public:
    enum class Content {
        Stored, // everything: id and accounts (the profile file)
        SharedSetup, // what teammates share: no id, no accounts
    };

    static QJsonObject toJson(const Profile& profile, Content content);
    // Adds to `problems` (paths start with `path`) and returns the profile; the profile is only
    // meaningful when no problem was added.
    static Profile fromJson(
        const QJsonValue& value, const QString& path, Content content, FieldProblems* problems);

    static QString authorizeStyleName(OAuthClientConfig::AuthorizeStyle style);
    static QString clientAuthMethodName(OAuthClientConfig::ClientAuthMethod method);
    // Names that carry secrets in OAuth requests or in files; never accepted as fields or as extra
    // parameters.
    static bool isSecretName(const QString& name);
};
