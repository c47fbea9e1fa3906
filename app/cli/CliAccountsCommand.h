#pragma once

#include "CliCommand.h"

// `accounts list`: the accounts authorized under a profile (no secret is read).
class CliAccountsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliAccountsCommand)

public:
    QString name() const override { return QStringLiteral("accounts"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
