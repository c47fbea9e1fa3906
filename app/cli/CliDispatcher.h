#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

class CliContext;

// Reads the global options, picks the command and runs it; prints the overall help (commands,
// environment, exit statuses) and the version.
class CliDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(CliDispatcher)

public:
    CliDispatcher();
    ~CliDispatcher();

    // `arguments` includes the program name. Returns the exit status.
    int run(CliContext& context, const QStringList& arguments);
    QString helpText() const;

private:
    CliCommand* find(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
