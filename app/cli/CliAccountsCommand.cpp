#include "CliAccountsCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"

#include "profiles/Profile.h"

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

    if (context.output().json()) {
        QJsonArray array;
        for (const AccountRecord& account : profile->accounts) {
            array.append(
                QJsonObject {{QStringLiteral("id"), account.id}, {QStringLiteral("label"), account.label},
                    {QStringLiteral("grant"), TokenSet::grantName(account.grant)},
                    {QStringLiteral("authorizedAt"), account.authorizedAt.toString(Qt::ISODate)},
                    {QStringLiteral("userId"), account.identity.id},
                    {QStringLiteral("name"), account.identity.name},
                    {QStringLiteral("email"), account.identity.email}});
        }
        context.output().printJson(array);
        return CliExitCode::Ok;
    }
    QList<QStringList> rows;
    for (const AccountRecord& account : profile->accounts) {
        rows << QStringList {account.id, account.displayName(), TokenSet::grantName(account.grant),
            account.identity.email, account.authorizedAt.toString(Qt::ISODate)};
    }
    context.output().table({tr("ID"), tr("ACCOUNT"), tr("GRANT"), tr("E-MAIL"), tr("AUTHORIZED")}, rows);
    return CliExitCode::Ok;
}
