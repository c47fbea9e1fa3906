#pragma once

#include "profiles/FieldProblem.h"
#include "profiles/Profile.h"

#include <QByteArray>

// Export and import of a profile's app setup as a JSON file to share with teammates: endpoints
// and the app registration, never a secret and never the accounts (they are personal).
class ProfileExchange
{
public:
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("lofty-console-profile"); }

    static QByteArray exportProfile(const Profile& profile);

    struct ImportResult
    {
        Profile profile; // with a fresh id; meaningful when ok()
        FieldProblems problems; // every problem found, each with its field path
        bool ok() const { return problems.isEmpty(); }
    };
    static ImportResult importProfile(const QByteArray& json);
};
