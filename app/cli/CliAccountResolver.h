#pragma once

#include "profiles/Profile.h"

#include <QCoreApplication>

// Finds the account the user means by --account: its id, its label, or the e-mail, name or Lofty
// id of who authorized it (case-insensitive).
class CliAccountResolver
{
    Q_DECLARE_TR_FUNCTIONS(CliAccountResolver)

public:
    // Null, and `error` (may be null) listing the accounts, when none or several match.
    static const AccountRecord* find(const Profile& profile, const QString& wanted, QString* error);
};
