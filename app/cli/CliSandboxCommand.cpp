#include "CliSandboxCommand.h"

#include "CliContext.h"

#include "sandbox/SandboxCommandLine.h"

QString CliSandboxCommand::summary() const
{
    return tr("Run the built-in Lofty sandbox (same options as lofty-sandbox).");
}

int CliSandboxCommand::run(CliContext& context, const QStringList& arguments)
{
    QStringList forwarded = arguments;
    forwarded[0] = QStringLiteral("lofty-console-cli sandbox");
    // Exit statuses match the CLI's: 0, 1 (cannot listen), 2 (bad arguments).
    return SandboxCommandLine::exec(forwarded, context.output().out(), context.output().err());
}
