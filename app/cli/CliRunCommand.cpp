#include "CliRunCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliSecretStore.h"

#include "catalog/CatalogLoader.h"
#include "collections/CollectionRunner.h"
#include "collections/CollectionStore.h"
#include "collections/JUnitReport.h"
#include "collections/SecretVariables.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"

#include <QCommandLineParser>

#include <limits>

QString CliRunCommand::summary() const
{
    return tr("Run a collection (or a folder or request of it) with its checks; exit 1 on a failure.");
}

int CliRunCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("path"), tr("A collection folder, a folder inside it, or one request file."));
    parser.addOption({QStringLiteral("env"), tr("The collection environment to use."), tr("name")});
    parser.addOption({QStringLiteral("junit"), tr("Also write the results as JUnit XML."), tr("file")});
    const int parsed
        = parse(context, parser, arguments, QStringLiteral("run PATH [--env NAME] [--junit FILE]"),
            tr("Requests run in file-name order, one after the other, as the selected account; captures set\n"
               "variables for the requests that follow; the app's rate limit is kept (no 429s).\n"
               "Secret variables come from the keychain, or from %1<name> environment variables.\n"
               "Example: lofty-console-cli run ./lofty-collection --env sandbox --junit results.xml")
                .arg(QLatin1String(SecretVariablePrefix)));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context, tr("Give one collection path, e.g. `run ./my-collection`."));

    Collection collection;
    QString relativePath;
    QString error;
    if (!CollectionStore::load(positional.constFirst(), &collection, &relativePath, &error))
        return usageError(context, error);
    if (!collection.problems.isEmpty())
        return usageError(context,
            tr("Some request files cannot be read:\n%1").arg(collection.problems.join(QLatin1Char('\n'))));
    const QList<Collection::Item> items = collection.itemsUnder(relativePath);
    if (items.isEmpty())
        return usageError(context, tr("%1 holds no request.").arg(positional.constFirst()));

    VariableScope scope;
    for (const auto& [name, value] : std::as_const(collection.variables))
        scope.set(VariableScope::Layer::Collection, name, value);
    QStringList secretNames = collection.secretVariables;
    const QString environmentName = parser.value(QStringLiteral("env"));
    if (!environmentName.isEmpty()) {
        CollectionEnvironment environment;
        if (!CollectionStore::loadEnvironment(collection.rootPath, environmentName, &environment, &error))
            return usageError(context, error);
        for (const auto& [name, value] : std::as_const(environment.variables))
            scope.set(VariableScope::Layer::Environment, name, value);
        secretNames += environment.secretVariables;
    }

    const int opened = context.openSession(true);
    if (opened >= 0)
        return opened;
    const int secrets = loadSecrets(context, collection, environmentName, secretNames, &scope);
    if (secrets >= 0)
        return secrets;

    CliOutput& output = context.output();
    CollectionRunner runner(ApiSender::of(context.session()->requests()));
    runner.setScope(scope);
    runner.setCatalog(&CatalogLoader::forProfile(context.session()->profile().id));
    QObject::connect(
        &runner, &CollectionRunner::requestFinished, &runner, [&output](int, const RequestRunResult& result) {
            output.out() << lineFor(result) << '\n';
            output.flush();
        });
    QObject::connect(&runner, &CollectionRunner::finished, &runner, [&context] { context.wake(); });
    runner.start(items);
    // Each request has its own timeout; this only bounds rate-limit waits that never end.
    qint64 deadlineMs = 2LL * 60 * 1000;
    for (const auto& item : items)
        deadlineMs += (item.request.timeoutSeconds + 1) * 1000LL + 60 * 1000LL / 100;
    if (!context.waitFor([&runner] { return !runner.isRunning(); },
            int(qMin(deadlineMs, qint64(std::numeric_limits<int>::max()))))) {
        runner.cancel();
        output.error(tr("The run did not finish in time."));
        return context.finish(CliExitCode::NetworkError);
    }
    output.out() << tr("%1 passed, %2 failed").arg(runner.passedCount()).arg(runner.failedCount()) << '\n';
    output.flush();
    const QString junit = parser.value(QStringLiteral("junit"));
    if (!junit.isEmpty() && !JUnitReport::write(junit, collection.name, runner.results(), &error)) {
        output.error(error);
        return context.finish(CliExitCode::Failure);
    }
    return context.finish(runner.failedCount() > 0 ? CliExitCode::Failure : CliExitCode::Ok);
}

int CliRunCommand::loadSecrets(CliContext& context, const Collection& collection,
    const QString& environmentName, const QStringList& secretNames, VariableScope* scope)
{
    QStringList fromKeychain;
    for (const QString& name : secretNames) {
        const QByteArray variable = QByteArray(SecretVariablePrefix) + name.toUtf8();
        if (qEnvironmentVariableIsSet(variable.constData()))
            scope->setSecret(name, qEnvironmentVariable(variable.constData()));
        else
            fromKeychain.append(name);
    }
    if (fromKeychain.isEmpty())
        return -1;
    bool done = false;
    SecretVariables::Values values;
    SecretVariables::read(context.secrets(), context.session()->profile().id, collection.name,
        environmentName, fromKeychain, &context, [&](const SecretVariables::Values& read) {
            values = read;
            done = true;
            context.wake();
        });
    if (!context.waitFor([&done] { return done; }, CliContext::KeychainTimeoutMs)
        || !values.error.isEmpty()) {
        context.output().error(tr("Cannot read the secret variables from the keychain: %1")
                                   .arg(values.error.isEmpty() ? tr("no answer") : values.error));
        return CliExitCode::KeychainUnavailable;
    }
    for (auto it = values.values.cbegin(); it != values.values.cend(); ++it)
        scope->setSecret(it.key(), it.value());
    if (!values.missing.isEmpty())
        context.output().warning(
            tr("No value stored for the secret variable(s) %1 (set %2<name> to give one).")
                .arg(values.missing.join(QLatin1String(", ")), QLatin1String(SecretVariablePrefix)));
    return -1;
}

QString CliRunCommand::lineFor(const RequestRunResult& result)
{
    QString line
        = QStringLiteral("%1  %2  %3 %4")
              .arg(result.passed ? tr("PASS") : tr("FAIL"), result.relativePath, result.method, result.url);
    if (result.sent)
        line += tr("  %1  %2 ms").arg(result.httpStatus()).arg(result.elapsedMs());
    if (!result.passed)
        line += QStringLiteral("  -- ") + result.failures.join(QStringLiteral("; "));
    return line;
}
