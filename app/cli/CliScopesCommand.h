#pragma once

#include "CliCommand.h"

class ScopeProbe;

// `scopes [--probe]`: what the app may call, API by API: granted in the registration, seen in the
// history (allowed or refused with 403 200100), and with --probe one safe GET per API sent now
// as the selected account (paced by the rate limiter).
class CliScopesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliScopesCommand)

public:
    QString name() const override { return QStringLiteral("scopes"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    static constexpr int ProbeTimeoutMs = 10 * 60 * 1000;

private:
    int runProbe(CliContext& context, ScopeProbe* probe) const;
    void print(CliContext& context, const ScopeProbe& probe, bool probed) const;
};
