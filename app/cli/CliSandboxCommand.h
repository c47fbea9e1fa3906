#pragma once

#include "CliCommand.h"

// `sandbox`: runs the built-in Lofty sandbox in the foreground, with the options of
// `lofty-sandbox` (parsed by lib/sandbox's SandboxCommandLine, so both programs stay the same).
class CliSandboxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliSandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
