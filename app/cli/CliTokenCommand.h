#pragma once

#include "CliCommand.h"

#include "oauth/TokenSet.h"

#include <QJsonObject>

class Account;

// `token print|show|refresh|forget` for the selected account. `print` writes only the access
// token (refreshed first when it expires within a minute) and a newline to stdout, for
// `curl -H "Authorization: Bearer $(lofty-console-cli token print)"`.
class CliTokenCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliTokenCommand)

public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    static constexpr int MinValiditySeconds = 60;
    static constexpr int RefreshTimeoutMs = 60000;

private:
    int print(CliContext& context, bool header) const;
    int show(CliContext& context) const;
    int refresh(CliContext& context) const;
    int forget(CliContext& context) const;
    // Exit status for a token that could not be had: 4 when the account needs the browser again.
    static int failureStatus(CliContext& context, const QString& error, bool reauthorization);
    static int refreshFailureStatus(CliContext& context, const QString& error, const Account& account);
    static int timeoutStatus(CliContext& context);
    static QJsonObject describe(const TokenSet& token);
};
