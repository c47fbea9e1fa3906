#pragma once

#include "CliCommand.h"

class CliContext;

// `webhooks list|create|delete|listen`: the selected account's subscriptions through the normal
// request path (rate limiter, history), and a local receiver on 127.0.0.1 that prints each
// delivery as one JSON line ({"receivedAt","headers","body"}, secret-named headers masked) until
// SIGINT or SIGTERM, optionally forwarding it to a loopback URL.
class CliWebhooksCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliWebhooksCommand)

public:
    QString name() const override { return QStringLiteral("webhooks"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int create(CliContext& context, const QStringList& arguments);
    int remove(CliContext& context, const QStringList& arguments);
    int listen(CliContext& context, const QStringList& arguments);
};
