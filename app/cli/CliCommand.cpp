#include "CliCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"

#include <QCommandLineParser>

int CliCommand::parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments,
    const QString& usage, const QString& details) const
{
    context.addGlobalOptions(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usageError(context, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        const int options = text.indexOf(QLatin1String("Options:"));
        if (options > 0)
            text = text.mid(options);
        context.output().out() << tr("Usage: lofty-console-cli %1").arg(usage) << "\n\n";
        if (!details.isEmpty())
            context.output().out() << details << "\n\n";
        context.output().out() << text;
        context.output().flush();
        return CliExitCode::Ok;
    }
    context.applyGlobalOptions(parser);
    return -1;
}

int CliCommand::usageError(CliContext& context, const QString& message) const
{
    context.output().error(message);
    context.output().err() << tr("Try 'lofty-console-cli %1 --help'.").arg(name()) << '\n';
    context.output().flush();
    return CliExitCode::Usage;
}
