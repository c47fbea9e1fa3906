#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class QCommandLineParser;

// One command group of lofty-console-cli ("token", "request", ...). run() gets the arguments from
// the command name on (arguments[0] is the name) and returns the exit status (CliExitCode).
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `lofty-console-cli --help`
    virtual int run(CliContext& context, const QStringList& arguments) = 0;

protected:
    // Parses `arguments` with the global options added. Returns -1 to go on, or an exit status:
    // 0 after printing the help (`usage` + `details` + the options), 2 after a usage error.
    int parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments,
        const QString& usage, const QString& details = QString()) const;
    int usageError(CliContext& context, const QString& message) const;
};
