#include "CliProfilesCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliSecretStore.h"

#include "profiles/CliEnvironmentImport.h"
#include "profiles/ProfileExchange.h"
#include "profiles/ProfileJson.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "util/PrivateFiles.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSaveFile>

#include <cstdio>

namespace {

QString kindOf(const Profile& profile)
{
    return profile.isBuiltInSandbox ? QStringLiteral("sandbox") : QStringLiteral("custom");
}

QString urlText(const QUrl& url, const Profile& profile)
{
    if (profile.isBuiltInSandbox && url.isEmpty())
        return QCoreApplication::translate("CliProfilesCommand", "(built-in sandbox, at run time)");
    return url.toString();
}

} // namespace

QString CliProfilesCommand::summary() const
{
    return tr("List, show, select, import and export profiles (never secrets).");
}

int CliProfilesCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show, use, import or export."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        tr("export: write to this file instead of stdout."), tr("file")});
    parser.addOption({QStringLiteral("from-env"),
        tr("import: build the profile from lofty-cli's LOFTY_* variables; their secrets go to the "
           "keychain.")});
    parser.addOption({QStringLiteral("use"), tr("import: make the new profile the current one.")});
    const int parsed = parse(context, parser, arguments,
        QStringLiteral("profiles <list|show|use|import|export> [options]"),
        tr("  list                  every profile (id, name, kind, client id, API base, accounts)\n"
           "  show [PROFILE]        endpoints and app registration of one profile\n"
           "  use PROFILE           make PROFILE the current one (console and CLI)\n"
           "  import FILE|-         a profile exported by the console or `profiles export`\n"
           "  import --from-env     a profile from LOFTY_BASE_URL, LOFTY_CLIENT_ID, ...\n"
           "  export [PROFILE]      the shareable setup as JSON (no secrets, no accounts)"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const QString operand = positional.value(1);
    if (positional.size() > 2)
        return usageError(context, tr("Too many arguments."));
    if ((action == QLatin1String("show") || action == QLatin1String("export")
            || action == QLatin1String("use"))
        && !operand.isEmpty())
        context.applyProfileOperand(operand);
    if (action == QLatin1String("list"))
        return list(context);
    if (action == QLatin1String("show"))
        return show(context);
    if (action == QLatin1String("use")) {
        if (operand.isEmpty())
            return usageError(context, tr("Name the profile to use."));
        return use(context);
    }
    if (action == QLatin1String("import")) {
        if (parser.isSet(QStringLiteral("from-env")))
            return importEnvironment(context, parser.isSet(QStringLiteral("use")));
        if (operand.isEmpty())
            return usageError(context, tr("Name the file to import (or - for stdin, or --from-env)."));
        return importFile(context, operand, parser.isSet(QStringLiteral("use")));
    }
    if (action == QLatin1String("export"))
        return exportProfile(context, parser.value(QStringLiteral("output")));
    return usageError(context, tr("Unknown action \"%1\".").arg(action));
}

int CliProfilesCommand::list(CliContext& context) const
{
    ProfileStore* store = context.profiles();
    const QString current = store->currentProfileId();
    if (context.output().json()) {
        QJsonArray array;
        for (const Profile& profile : store->profiles()) {
            array.append(QJsonObject {{QStringLiteral("id"), profile.id},
                {QStringLiteral("name"), profile.name}, {QStringLiteral("kind"), kindOf(profile)},
                {QStringLiteral("clientId"), profile.registration.clientId},
                {QStringLiteral("apiBaseUrl"), profile.apiBaseUrl.toString()},
                {QStringLiteral("accounts"), int(profile.accounts.size())},
                {QStringLiteral("current"), profile.id == current}});
        }
        context.output().printJson(array);
        return CliExitCode::Ok;
    }
    QList<QStringList> rows;
    for (const Profile& profile : store->profiles()) {
        rows << QStringList {profile.id == current ? QStringLiteral("*") : QString(), profile.id,
            profile.name, kindOf(profile), profile.registration.clientId,
            urlText(profile.apiBaseUrl, profile), QString::number(profile.accounts.size())};
    }
    context.output().table(
        {tr("CURRENT"), tr("ID"), tr("NAME"), tr("KIND"), tr("CLIENT ID"), tr("API BASE"), tr("ACCOUNTS")},
        rows);
    return CliExitCode::Ok;
}

int CliProfilesCommand::show(CliContext& context) const
{
    const Profile* profile = context.selectedProfile();
    if (!profile)
        return CliExitCode::NotFound;
    if (context.output().json()) {
        context.output().printJson(ProfileJson::toJson(*profile, ProfileJson::Content::Stored));
        return CliExitCode::Ok;
    }
    const AppRegistration& app = profile->registration;
    context.output().fields({{tr("Name"), profile->name}, {tr("Id"), profile->id},
        {tr("Kind"), profile->isBuiltInSandbox ? tr("Sandbox (not the real Lofty)") : tr("custom")},
        {tr("Authorize URL"), urlText(profile->authorizeUrl, *profile)},
        {tr("Token URL"), urlText(profile->tokenUrl, *profile)},
        {tr("API base URL"), urlText(profile->apiBaseUrl, *profile)},
        {tr("Client authentication"), ProfileJson::clientAuthMethodName(profile->clientAuthMethod)},
        {tr("App"), app.name}, {tr("Client id"), app.clientId},
        {tr("Mode"), AppRegistration::modeTitle(app.mode)},
        {tr("Rate limit"), tr("%1 requests/min").arg(app.rateLimitPerMinute())},
        {tr("Redirect URIs"), app.redirectUris.join(QStringLiteral(", "))},
        {tr("Granted APIs"), app.grantedApis.join(QStringLiteral(", "))},
        {tr("Accounts"), QString::number(profile->accounts.size())}});
    return CliExitCode::Ok;
}

int CliProfilesCommand::use(CliContext& context) const
{
    const Profile* profile = context.selectedProfile();
    if (!profile)
        return CliExitCode::NotFound;
    const QString id = profile->id;
    if (!context.profiles()->setCurrentProfileId(id)) {
        context.output().error(context.profiles()->lastError());
        return CliExitCode::Failure;
    }
    context.output().info(tr("Current profile: %1").arg(context.profiles()->find(id)->name));
    return CliExitCode::Ok;
}

int CliProfilesCommand::importFile(CliContext& context, const QString& fileName, bool makeCurrent) const
{
    QFile file;
    const bool opened = fileName == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened) {
        context.output().error(tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return CliExitCode::Usage;
    }
    const ProfileExchange::ImportResult result = ProfileExchange::importProfile(file.readAll());
    if (!result.ok()) {
        context.output().error(tr("%1 is not a usable profile:").arg(fileName));
        for (const FieldProblem& problem : result.problems)
            context.output().err() << "  " << problem.toString() << '\n';
        context.output().flush();
        return CliExitCode::Usage;
    }
    ProfileStore* store = context.profiles();
    if (!store->saveProfile(result.profile)
        || (makeCurrent && !store->setCurrentProfileId(result.profile.id))) {
        context.output().error(store->lastError());
        return CliExitCode::Failure;
    }
    context.output().info(tr("Imported profile \"%1\".").arg(result.profile.name));
    context.output().out() << result.profile.id << '\n';
    context.output().flush();
    return CliExitCode::Ok;
}

int CliProfilesCommand::importEnvironment(CliContext& context, bool makeCurrent) const
{
    const CliEnvironmentImport::Result result
        = CliEnvironmentImport::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (result.isEmpty()) {
        context.output().error(
            tr("None of %1 is set.").arg(CliEnvironmentImport::variableNames().join(QStringLiteral(", "))));
        return CliExitCode::Usage;
    }
    if (!result.problems.isEmpty()) {
        for (const QString& problem : result.problems)
            context.output().error(problem);
        return CliExitCode::Usage;
    }
    if (!result.secrets.isEmpty() && !context.openKeychain())
        return CliExitCode::KeychainUnavailable;
    ProfileStore* store = context.profiles();
    if (!store->saveProfile(result.profile)
        || (makeCurrent && !store->setCurrentProfileId(result.profile.id))) {
        context.output().error(store->lastError());
        return CliExitCode::Failure;
    }
    for (const QString& note : result.notes)
        context.output().info(note);
    if (!result.secrets.isEmpty())
        CliEnvironmentImport::storeSecrets(
            result, context.secrets(), &context, [](const SecretStore::Result&) {});
    context.output().out() << result.profile.id << '\n';
    context.output().flush();
    return context.finish(CliExitCode::Ok);
}

int CliProfilesCommand::exportProfile(CliContext& context, const QString& fileName) const
{
    const Profile* profile = context.selectedProfile();
    if (!profile)
        return CliExitCode::NotFound;
    const QByteArray json = ProfileExchange::exportProfile(*profile);
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        context.output().writeRaw(json);
        return CliExitCode::Ok;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !PrivateFiles::commit(file)) {
        context.output().error(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return CliExitCode::Failure;
    }
    context.output().info(
        tr("Exported \"%1\" to %2 (no secrets, no accounts).").arg(profile->name, fileName));
    return CliExitCode::Ok;
}
