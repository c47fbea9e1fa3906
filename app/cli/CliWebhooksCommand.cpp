#include "CliWebhooksCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliRequestCommand.h"

#include "profiles/Profile.h"
#include "webhooks/WebhookForward.h"
#include "webhooks/WebhookHistory.h"
#include "webhooks/WebhookReceiver.h"
#include "webhooks/WebhookSubscription.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <atomic>
#include <climits>
#include <csignal>

namespace {

std::atomic<bool> interrupted {false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

// The request command does the call: credentials, rate limit, history, output and exit codes.
int request(CliContext& context, const QStringList& arguments)
{
    CliRequestCommand command;
    return command.run(context, QStringList {QStringLiteral("request")} + arguments);
}

} // namespace

QString CliWebhooksCommand::summary() const
{
    return tr("List, create and delete webhook subscriptions; listen for deliveries on 127.0.0.1.");
}

int CliWebhooksCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = QStringList {name() + QLatin1Char(' ') + action} + arguments.mid(2);
    if (action == QLatin1String("list")) {
        QCommandLineParser parser;
        const int parsed = parse(context, parser, rest, QStringLiteral("webhooks list"),
            tr("Prints GET /v1.0/webhooks for the selected account."));
        if (parsed >= 0)
            return parsed;
        return request(
            context, {QStringLiteral("GET"), QStringLiteral("/v1.0/webhooks"), QStringLiteral("--pretty")});
    }
    if (action == QLatin1String("create"))
        return create(context, rest);
    if (action == QLatin1String("delete"))
        return remove(context, rest);
    if (action == QLatin1String("listen"))
        return listen(context, rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        context.output().writeRaw(tr("Usage: lofty-console-cli webhooks list|create|delete|listen [options]\n"
                                     "Run `lofty-console-cli webhooks <action> --help` for an action's "
                                     "options.\n")
                                      .toUtf8());
        return action.isEmpty() ? CliExitCode::Usage : CliExitCode::Ok;
    }
    return usageError(context, tr("Unknown action \"%1\": use list, create, delete or listen.").arg(action));
}

int CliWebhooksCommand::create(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("list"), tr("The event list, 1-12 (2 Lead Info, 3 Lead Activity ...)."), tr("id")});
    parser.addOption({QStringLiteral("callback"), tr("The callback URL (https://)."), tr("url")});
    parser.addOption(
        {QStringLiteral("limit"), tr("1-5000 (default %1).").arg(WebhookSubscription::DefaultLimit), tr("n"),
            QString::number(WebhookSubscription::DefaultLimit)});
    parser.addOption(
        {QStringLiteral("permission-mode"), tr("0 or 1 (default 0)."), tr("mode"), QStringLiteral("0")});
    const int parsed = parse(context, parser, arguments,
        QStringLiteral("webhooks create --list N --callback URL [--limit N] [--permission-mode 0|1]"),
        tr("Lofty takes https:// callbacks only; the Sandbox profile also takes http://127.0.0.1.\n"
           "Example: lofty-console-cli webhooks create --list 2 --callback "
           "http://127.0.0.1:8787/lofty/webhook/2"));
    if (parsed >= 0)
        return parsed;
    WebhookSubscription subscription;
    bool ok = true;
    const auto number = [&](const char* option) {
        bool converted = false;
        const int value = parser.value(QLatin1String(option)).toInt(&converted);
        ok = ok && converted;
        return value;
    };
    subscription.listId = number("list");
    subscription.limit = number("limit");
    subscription.permissionMode = number("permission-mode");
    subscription.callbackUrl = parser.value(QStringLiteral("callback"));
    if (!ok)
        return usageError(context, tr("--list, --limit and --permission-mode take whole numbers."));
    const Profile* profile = context.selectedProfile();
    if (!profile)
        return CliExitCode::NotFound;
    const QString invalid = subscription.validate(profile->isBuiltInSandbox);
    if (!invalid.isEmpty())
        return usageError(context, invalid);
    const QByteArray body = QJsonDocument(subscription.toJson()).toJson(QJsonDocument::Compact);
    return request(context,
        {QStringLiteral("POST"), QStringLiteral("/v1.0/webhook"), QStringLiteral("--data"),
            QString::fromUtf8(body), QStringLiteral("--pretty")});
}

int CliWebhooksCommand::remove(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("subscribeId"), tr("The subscription's id (webhooks list)."));
    const int parsed = parse(context, parser, arguments, QStringLiteral("webhooks delete SUBSCRIBE_ID"));
    if (parsed >= 0)
        return parsed;
    const QStringList ids = parser.positionalArguments();
    bool ok = false;
    if (ids.size() != 1 || ids.first().toULongLong(&ok) == 0 || !ok)
        return usageError(
            context, tr("Give one subscription id (a number), e.g. `webhooks delete 9007199254780993`."));
    // Lofty answers a DELETE without Content-Type: application/json with 400.
    return request(context,
        {QStringLiteral("DELETE"), QStringLiteral("/v1.0/webhook/") + ids.first(), QStringLiteral("--header"),
            QStringLiteral("Content-Type: application/json")});
}

int CliWebhooksCommand::listen(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), tr("The port on 127.0.0.1 (default 0: any free one)."), tr("n"),
        QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("forward"), tr("Also post each delivery to this loopback URL."), tr("url")});
    const int parsed
        = parse(context, parser, arguments, QStringLiteral("webhooks listen [--port N] [--forward URL]"),
            tr("Listens on 127.0.0.1 only and prints each delivery as one JSON line on stdout until Ctrl+C.\n"
               "For Lofty, run a tunnel that gives a public https:// address for this port and subscribe "
               "with it."));
    if (parsed >= 0)
        return parsed;
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(context, tr("--port takes a number from 0 to 65535."));
    const QUrl forward(parser.value(QStringLiteral("forward")));
    if (parser.isSet(QStringLiteral("forward"))) {
        const QString refused = WebhookForward::checkTarget(forward);
        if (!refused.isEmpty())
            return usageError(context, refused);
    }
    CliOutput& output = context.output();
    WebhookReceiver receiver;
    QString error;
    if (!receiver.start(quint16(port), &error)) {
        output.error(error);
        return CliExitCode::Failure;
    }
    QNetworkAccessManager network;
    QObject::connect(
        &receiver, &WebhookReceiver::deliveryReceived, &receiver, [&](const WebhookDelivery& delivery) {
            output.writeRaw(WebhookHistory::masked(delivery).toJsonLine(false) + '\n');
            if (forward.isEmpty())
                return;
            auto* job = new WebhookForward(&network, delivery, forward, &receiver);
            QObject::connect(
                job, &WebhookForward::finished, job, [&output, job, forward](int status, const QString& why) {
                    if (why.isEmpty())
                        output.info(
                            tr("Forwarded to %1: HTTP %2").arg(forward.toDisplayString()).arg(status));
                    else
                        output.warning(why);
                    job->deleteLater();
                });
            job->start();
        });
    QObject::connect(&receiver, &WebhookReceiver::deliveryRefused, &receiver,
        [&output](int status, const QString& reason) {
            output.warning(tr("Refused a delivery (%1): %2").arg(status).arg(reason));
        });
    output.info(tr("Listening on %1 (127.0.0.1 only; Ctrl+C stops).").arg(receiver.url().toString()));
    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer poll; // a signal handler may only set a flag; the event loop looks at it
    QObject::connect(&poll, &QTimer::timeout, &poll, [&context] {
        if (interrupted)
            context.wake();
    });
    poll.start(100);
    context.waitFor([] { return interrupted.load(); }, INT_MAX);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    receiver.stop();
    return CliExitCode::Ok;
}
