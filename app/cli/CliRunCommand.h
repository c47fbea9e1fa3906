#pragma once

#include "CliCommand.h"

class CliContext;
class VariableScope;
struct Collection;
struct CollectionEnvironment;
struct RequestRunResult;

// `run PATH [--env NAME] [--junit FILE]`: runs a collection, a folder of it or one request file
// in order, as the selected account, through the app's rate limiter. Prints one line per request
// and a closing "N passed, N failed" line on stdout; exits 1 when any request failed, so that a CI
// pipeline can run it against the sandbox (`lofty-console-cli sandbox`) or against Lofty.
class CliRunCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliRunCommand)

public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    // A secret variable's value may come from the environment instead of the keychain (CI).
    static constexpr const char* SecretVariablePrefix = "LOFTY_VAR_";

private:
    static int loadSecrets(CliContext& context, const Collection& collection, const QString& environmentName,
        const QStringList& secretNames, VariableScope* scope);
    static QString lineFor(const RequestRunResult& result);
};
