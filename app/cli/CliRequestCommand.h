#pragma once

#include "CliCommand.h"

struct ApiRequest;
struct ApiResponse;
class CliContext;

// `request METHOD PATH [--query k=v] [--header k:v] [--data JSON|@file|@-]`: one API call as the
// selected account, through the app's rate limiter and into the shared history. The response
// body goes to stdout, status and timing to stderr; a failure prints Lofty's decoded error and
// exits non-zero.
class CliRequestCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliRequestCommand)

public:
    QString name() const override { return QStringLiteral("request"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    static constexpr int DefaultTimeoutSeconds = 30;

private:
    // Reads --data: inline JSON, @file or @- (stdin). False and `error` when unreadable or not JSON.
    static bool readBody(const QString& data, QByteArray* body, QString* error);
    int send(CliContext& context, const ApiRequest& request, bool pretty, bool include) const;
    static void reportStatus(CliContext& context, const ApiResponse& response, bool include);
    static int exitStatusOf(const ApiResponse& response);
};
