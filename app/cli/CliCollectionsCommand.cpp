#include "CliCollectionsCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliOutput.h"

#include "collections/PostmanImport.h"

#include <QCommandLineParser>

QString CliCollectionsCommand::summary() const
{
    return tr("Import a Postman v2.1 collection as a collection folder.");
}

int CliCollectionsCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("import-postman"))
        return importPostman(context, QStringList {name() + QLatin1Char(' ') + action} + arguments.mid(2));
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        context.output().writeRaw(tr("Usage: lofty-console-cli collections import-postman FILE DIR\n"
                                     "Run `lofty-console-cli collections import-postman --help` for its "
                                     "options.\n")
                                      .toUtf8());
        return action.isEmpty() ? CliExitCode::Usage : CliExitCode::Ok;
    }
    return usageError(context, tr("Unknown action \"%1\": use import-postman.").arg(action));
}

int CliCollectionsCommand::importPostman(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The Postman collection export (v2.1 JSON)."));
    parser.addPositionalArgument(QStringLiteral("dir"), tr("A new folder for the collection."));
    const int parsed = parse(context, parser, arguments,
        QStringLiteral("collections import-postman FILE DIR"),
        tr("Requests keep Postman's order (file names start with 01-, 02-, ...); {{variables}} stay;\n"
           "auth blocks and Authorization headers are dropped: runs use the selected account's credentials.\n"
           "Secret values become secret variables (kept in the keychain, never in the files).\n"
           "Example: lofty-console-cli collections import-postman Lofty.postman_collection.json ./lofty"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(context,
            tr("Give the export file and a new folder, e.g. `collections import-postman "
               "export.json ./my-collection`."));
    PostmanImport::Report report;
    if (!PostmanImport::importFile(positional.at(0), positional.at(1), &report)) {
        if (!report.writeFailed)
            return usageError(context, report.error);
        context.output().error(report.error);
        return CliExitCode::Failure;
    }
    for (const QString& path : std::as_const(report.written))
        context.output().out() << path << '\n';
    for (const QString& note : std::as_const(report.notes))
        context.output().warning(note);
    context.output().info(tr("Imported \"%1\": %n request(s) in %2.", nullptr, int(report.written.size()))
                              .arg(report.collectionName, positional.at(1)));
    return CliExitCode::Ok;
}
