#include "CliProfilesCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliSecretStore.h"

#include "profiles/CliEnvironmentImport.h"
#include "profiles/ProfileExchange.h"
#include "profiles/ProfileJson.h"
#include "profiles/ProfilePresets.h"
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
    parser.addOption({QStringLiteral("use"), tr("import, create: make the new profile the current one.")});
    parser.addOption(
        {QStringLiteral("preset"), tr("create: lofty, lofty-help-center, sandbox or oauth2 (default lofty)."),
            tr("preset"), QStringLiteral("lofty")});
    const int parsed = parse(context, parser, arguments,
        QStringLiteral("profiles <list|show|use|create|set|import|export> [options]"),
        tr("  list                  every profile (id, name, kind, client id, API base, accounts)\n"
           "  show [PROFILE]        endpoints and app registration of one profile\n"
           "  use PROFILE           make PROFILE the current one (console and CLI)\n"
           "  create NAME [--preset P]  a new profile from a preset (lofty, lofty-help-center,\n"
           "                        sandbox, oauth2)\n"
           "  set PROFILE KEY VALUE one setting, checked (`profiles set` alone lists the keys)\n"
           "  import FILE|-         a profile exported by the console or `profiles export`\n"
           "  import --from-env     a profile from LOFTY_BASE_URL, LOFTY_CLIENT_ID, ...\n"
           "  export [PROFILE]      the shareable setup as JSON (no secrets, no accounts)"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const QString operand = positional.value(1);
    if (action == QLatin1String("set")) {
        if (positional.size() != 4)
            return usageError(context,
                tr("Usage: profiles set PROFILE KEY VALUE; keys: %1.")
                    .arg(ProfilePresets::settableKeys().join(QStringLiteral(", "))));
        context.applyProfileOperand(operand);
        return set(context, positional.at(2), positional.at(3));
    }
    if (positional.size() > 2)
        return usageError(context, tr("Too many arguments."));
    if (action == QLatin1String("create")) {
        if (operand.isEmpty())
            return usageError(context, tr("Name the new profile."));
        const int created = create(context, operand, parser.value(QStringLiteral("preset")));
        if (created == CliExitCode::Ok && parser.isSet(QStringLiteral("use"))
            && !context.profiles()->setCurrentProfileId(context.profiles()->findByIdOrName(operand)->id)) {
            context.output().error(context.profiles()->lastError());
            return CliExitCode::Failure;
        }
        return created;
    }
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
    // An import always adds a new profile (fresh id, a free name): an existing profile and its
    // accounts are never replaced.
    ProfileStore* store = context.profiles();
    Profile imported = result.profile;
    imported.name = ProfilePresets::uniqueName(store->profileNames(), imported.name);
    if (!store->addProfile(imported) || (makeCurrent && !store->setCurrentProfileId(imported.id))) {
        context.output().error(store->lastError());
        return CliExitCode::Failure;
    }
    if (imported.name != result.profile.name)
        context.output().info(tr("A profile named \"%1\" exists already; the import is a new profile "
                                 "named \"%2\".")
                                  .arg(result.profile.name, imported.name));
    context.output().info(tr("Imported profile \"%1\".").arg(imported.name));
    context.output().out() << imported.id << '\n';
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
    if (!store->addProfile(result.profile)
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

int CliProfilesCommand::create(CliContext& context, const QString& name, const QString& presetId) const
{
    ProfilePresets::Preset preset = ProfilePresets::Preset::Lofty;
    if (!ProfilePresets::fromId(presetId, &preset)) {
        QStringList ids;
        for (ProfilePresets::Preset each : ProfilePresets::all())
            ids << ProfilePresets::id(each);
        return usageError(context,
            tr("Unknown preset \"%1\"; the presets are: %2.").arg(presetId, ids.join(QStringLiteral(", "))));
    }
    ProfileStore* store = context.profiles();
    const QString problem = ProfilePresets::nameProblem(store->profileNames(), name);
    if (!problem.isEmpty())
        return usageError(context, problem);
    const Profile profile = ProfilePresets::create(preset, name.trimmed());
    if (!store->addProfile(profile)) {
        context.output().error(store->lastError());
        return CliExitCode::Failure;
    }
    context.output().info(tr("Created profile \"%1\" from the %2 preset.").arg(profile.name, presetId));
    context.output().out() << profile.id << '\n';
    context.output().flush();
    return CliExitCode::Ok;
}

int CliProfilesCommand::set(CliContext& context, const QString& key, const QString& value) const
{
    const Profile* found = context.selectedProfile();
    if (!found)
        return CliExitCode::NotFound;
    Profile profile = *found;
    QString error;
    if (!ProfilePresets::set(&profile, key, value, &error))
        return usageError(context, error);
    if (key == QLatin1String("name")) {
        QStringList others = context.profiles()->profileNames();
        others.removeAll(found->name);
        const QString problem = ProfilePresets::nameProblem(others, profile.name);
        if (!problem.isEmpty())
            return usageError(context, problem);
    }
    if (profile.isBuiltInSandbox
        && (key == QLatin1String("authorizeUrl") || key == QLatin1String("tokenUrl")
            || key == QLatin1String("apiBaseUrl")))
        return usageError(context, tr("%1: the built-in sandbox's endpoints are set at run time.").arg(key));
    if (!context.profiles()->saveProfile(profile)) {
        context.output().error(context.profiles()->lastError());
        return CliExitCode::Failure;
    }
    context.output().info(tr("%1 of \"%2\" set.").arg(key, profile.name));
    return CliExitCode::Ok;
}
