#include "CliAccountResolver.h"

namespace {

bool same(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

const AccountRecord* CliAccountResolver::find(const Profile& profile, const QString& wanted, QString* error)
{
    if (const AccountRecord* byId = profile.account(wanted))
        return byId;
    QList<const AccountRecord*> matches;
    for (const AccountRecord& account : profile.accounts) {
        if (same(account.label, wanted) || same(account.identity.email, wanted)
            || same(account.identity.name, wanted) || same(account.identity.id, wanted))
            matches << &account;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (error) {
        QStringList known;
        for (const AccountRecord& account : profile.accounts)
            known << QStringLiteral("%1 (%2)").arg(account.displayName(), account.id);
        *error = matches.isEmpty()
            ? tr("The profile \"%1\" has no account \"%2\". Accounts: %3.")
                  .arg(profile.name, wanted, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))
            : tr("\"%1\" names several accounts of \"%2\"; use an id: %3.")
                  .arg(wanted, profile.name, known.join(QStringLiteral(", ")));
    }
    return nullptr;
}
