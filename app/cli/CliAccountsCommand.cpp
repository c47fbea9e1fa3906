#include "CliAccountsCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"

#include "profiles/Profile.h"
#include "session/AccountStatus.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

QString CliAccountsCommand::summary() const
{
    return tr("List the accounts authorized under a profile.");
}

int CliAccountsCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), tr("The action (only list)."));
    const int parsed = parse(context, parser, arguments, QStringLiteral("accounts list [--profile PROFILE]"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && positional.constFirst() != QLatin1String("list")))
        return usageError(context, tr("Unknown action \"%1\".").arg(positional.join(QLatin1Char(' '))));
    const Profile* profile = context.selectedProfile();
    if (!profile)
        return CliExitCode::NotFound;

    // From what profiles.json keeps (no keychain access): the state as last seen by any process.
    const QDateTime now = Clock::system()->nowUtc();
    if (context.output().json()) {
        QJsonArray array;
        for (const AccountRecord& account : profile->accounts) {
            const AccountStatus status = AccountStatus::of(account, now);
            array.append(QJsonObject {{QStringLiteral("id"), account.id},
                {QStringLiteral("label"), account.label},
                {QStringLiteral("grant"), TokenSet::grantName(account.grant)},
                {QStringLiteral("authorizedAt"), account.authorizedAt.toString(Qt::ISODate)},
                {QStringLiteral("userId"), account.identity.id},
                {QStringLiteral("name"), account.identity.name},
                {QStringLiteral("email"), account.identity.email}, {QStringLiteral("state"), status.name()},
                {QStringLiteral("stateText"), status.description()},
                {QStringLiteral("expiresAt"), account.expiresAt.toString(Qt::ISODate)},
                {QStringLiteral("selected"), account.id == profile->selectedAccountId}});
        }
        context.output().printJson(array);
        return CliExitCode::Ok;
    }
    QList<QStringList> rows;
    for (const AccountRecord& account : profile->accounts) {
        rows << QStringList {account.id, account.displayName(), TokenSet::grantName(account.grant),
            AccountStatus::of(account, now).name(), account.identity.email,
            account.authorizedAt.toString(Qt::ISODate)};
    }
    context.output().table(
        {tr("ID"), tr("ACCOUNT"), tr("GRANT"), tr("STATE"), tr("E-MAIL"), tr("AUTHORIZED")}, rows);
    return CliExitCode::Ok;
}
