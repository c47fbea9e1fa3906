#pragma once

#include "profiles/Profile.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

// Turns lofty-cli's environment (LOFTY_BASE_URL, LOFTY_CLIENT_ID, LOFTY_CLIENT_SECRET,
// LOFTY_CUSTOMER_KEY, LOFTY_ACCESS_TOKEN, LOFTY_REFRESH_TOKEN) into a profile and the secrets that
// belong to it, so that a developer who already uses the CLI starts with the same app and
// credentials. The secrets go to a SecretStore, never into the profile.
class CliEnvironmentImport
{
    Q_DECLARE_TR_FUNCTIONS(CliEnvironmentImport)

public:
    struct Secret
    {
        QString key; // SecretStore::key(profile.id, accountId, kind)
        SecretStore::Kind kind = SecretStore::Kind::ClientSecret;
        QByteArray data;
    };
    struct Result
    {
        Profile profile;
        QList<Secret> secrets;
        QStringList notes; // what was taken from where, for the user (no secret values)
        QStringList problems; // e.g. a LOFTY_BASE_URL that is not a URL
        bool isEmpty() const { return notes.isEmpty() && problems.isEmpty(); } // no LOFTY_* variable set
    };

    static QStringList variableNames();
    // `base` supplies what the environment does not say (default: the Lofty preset with a new id).
    static Result fromEnvironment(const QProcessEnvironment& environment, const Profile& base = Profile());

    // Writes every secret of `result`; `done` gets Ok, or the first problem.
    static void storeSecrets(
        const Result& result, SecretStore* store, QObject* context, SecretStore::Callback done);
};
