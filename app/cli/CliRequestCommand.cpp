#include "CliRequestCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"

#include "api/RateLimiter.h"
#include "catalog/CatalogLoader.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrlQuery>

#include <unistd.h>

namespace {

// Indenting multiplies the size of deeply nested text (every line starts with its depth's
// indentation): beyond this, --pretty prints the body as received.
constexpr qint64 MaxPrettyGrowthFactor = 8;
constexpr qint64 PrettySlackBytes = 1 << 20;

// The size JsonWriter::reformat(raw, Pretty) would produce, without producing it: one line break
// and the indentation of its depth per structural token.
qint64 prettySizeOf(const QByteArray& raw)
{
    qint64 size = 0;
    qint64 depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&size, &depth] {
        size += 1 + qMin(depth, qint64(JsonWriter::MaxIndentDepth)) * JsonWriter::IndentWidth;
    };
    for (const char c : raw) {
        ++size;
        if (inString) {
            escaped = !escaped && c == '\\';
            inString = escaped || c != '"';
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            depth = qMax(qint64(0), depth - 1);
            newline();
        } else if (c == ',') {
            newline();
        } else if (c == ':') {
            ++size;
        }
    }
    return size;
}

bool prettyStaysBounded(const QByteArray& raw)
{
    return prettySizeOf(raw) <= raw.size() * MaxPrettyGrowthFactor + PrettySlackBytes;
}

const QStringList Methods {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
    QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};

} // namespace

QString CliRequestCommand::summary() const
{
    return tr("Call the API as the selected account (body on stdout, status on stderr).");
}

int CliRequestCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("method"), tr("GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("An API path such as /v1.0/me, or a full URL."));
    parser.addOption({QStringLiteral("query"), tr("A query parameter (repeatable)."), tr("key=value")});
    parser.addOption({QStringLiteral("header"), tr("A request header (repeatable)."), tr("name:value")});
    parser.addOption(
        {QStringLiteral("data"), tr("The JSON body: inline, @file, or @- for stdin."), tr("json")});
    parser.addOption({QStringLiteral("pretty"), tr("Indent a JSON response (numbers stay exact).")});
    parser.addOption(
        {{QStringLiteral("i"), QStringLiteral("include")}, tr("Print the response headers on stderr.")});
    parser.addOption({QStringLiteral("timeout"),
        tr("Give up when no data arrives for this many seconds (default %1).").arg(DefaultTimeoutSeconds),
        tr("seconds"), QString::number(DefaultTimeoutSeconds)});
    const int parsed = parse(context, parser, arguments,
        QStringLiteral("request METHOD PATH [--query k=v] [--header k:v] [--data JSON|@file|@-]"),
        tr("The account's credentials are added (refreshed first when needed); the app's rate limit is kept\n"
           "(requests wait instead of being answered 429). Every exchange goes to the history the console "
           "shows.\n"
           "Example: lofty-console-cli request GET /v1.0/leads --query limit=10 --pretty"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(context, tr("Give the method and the path, e.g. `request GET /v1.0/me`."));
    const QString method = positional.at(0).toUpper();
    if (!Methods.contains(method))
        return usageError(context, tr("Unknown method \"%1\".").arg(positional.at(0)));
    const QString path = positional.at(1);
    const QUrl asUrl(path);
    if (!path.startsWith(QLatin1Char('/'))
        && !(asUrl.isValid() && asUrl.scheme().startsWith(QLatin1String("http"))))
        return usageError(
            context, tr("\"%1\" is neither a path starting with / nor an http(s) URL.").arg(path));

    QList<QPair<QString, QString>> query;
    for (const QString& item : parser.values(QStringLiteral("query"))) {
        const int equals = item.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(context, tr("--query needs key=value, not \"%1\".").arg(item));
        query << qMakePair(item.left(equals), item.mid(equals + 1));
    }
    HeaderList headers;
    for (const QString& item : parser.values(QStringLiteral("header"))) {
        const int colon = item.indexOf(QLatin1Char(':'));
        const QString headerName = item.left(colon).trimmed();
        if (colon <= 0 || headerName.isEmpty())
            return usageError(context, tr("--header needs name:value, not \"%1\".").arg(item));
        if (headerName.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            return usageError(
                context, tr("The account's credentials are added for you; secrets are never arguments."));
        headers << qMakePair(headerName.toUtf8(), item.mid(colon + 1).trimmed().toUtf8());
    }
    QByteArray body;
    if (parser.isSet(QStringLiteral("data"))) {
        QString error;
        if (!readBody(parser.value(QStringLiteral("data")), &body, &error))
            return usageError(context, error);
    }
    bool ok = false;
    const int timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSeconds <= 0 || timeoutSeconds > ApiRequest::MaxTimeoutSeconds)
        return usageError(context,
            tr("--timeout needs a number of seconds from 1 to %1.").arg(ApiRequest::MaxTimeoutSeconds));

    const int opened = context.openSession(true);
    if (opened >= 0)
        return opened;
    ApiRequest request = context.session()->requests()->requestFor(method, path);
    QUrlQuery urlQuery(request.url);
    for (const auto& item : query)
        urlQuery.addQueryItem(item.first, item.second);
    request.url.setQuery(urlQuery);
    for (const auto& header : headers)
        request.setHeader(header.first, header.second);
    if (!body.isEmpty()) {
        request.body = body;
        if (!request.hasHeader("Content-Type"))
            request.setHeader("Content-Type", "application/json");
    }
    request.timeoutSeconds = timeoutSeconds;
    const EndpointCatalog& catalog = CatalogLoader::forProfile(context.session()->profile().id);
    if (const CatalogEndpoint* endpoint = catalog.match(method, request.url.path()))
        request.endpointId = endpoint->id;
    return send(
        context, request, parser.isSet(QStringLiteral("pretty")), parser.isSet(QStringLiteral("include")));
}

bool CliRequestCommand::readBody(const QString& data, QByteArray* body, QString* error)
{
    if (data.startsWith(QLatin1Char('@'))) {
        const QString fileName = data.mid(1);
        QFile file;
        const bool opened = fileName == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
        if (!opened) {
            *error = tr("Cannot read %1: %2").arg(fileName, file.errorString());
            return false;
        }
        *body = file.readAll();
    } else {
        *body = data.toUtf8();
    }
    QString parseError;
    JsonReader::parse(*body, &parseError);
    if (!parseError.isEmpty()) {
        *error = tr("--data is not JSON: %1").arg(parseError);
        return false;
    }
    return true;
}

int CliRequestCommand::send(CliContext& context, const ApiRequest& request, bool pretty, bool include) const
{
    RequestService* requests = context.session()->requests();
    CliOutput& output = context.output();
    QObject scope; // ends the connections below with this function: they capture its locals
    QObject::connect(requests, &RequestService::requestHeld, &scope, [&output](int seconds) {
        output.info(tr("Waiting %n second(s) for the app's rate limit...", nullptr, seconds));
    });
    QObject::connect(
        requests, &RequestService::backoffStarted, &scope, [&output](int seconds, const QString& reason) {
            output.info(tr("Rate limited (%1): waiting %n second(s).", nullptr, seconds).arg(reason));
        });
    ApiReply* reply = requests->send(request);
    QObject::connect(reply, &ApiReply::finished, &scope, [&context] { context.wake(); });
    // The request itself times out; this only guards against a rate-limit wait that never ends.
    const int deadlineMs = (request.timeoutSeconds + 2 * RateLimiter::WindowSeconds + 30) * 1000;
    if (!context.waitFor([reply] { return reply->isFinished(); }, deadlineMs)) {
        reply->abort();
        reply->deleteLater();
        output.error(tr("The request did not finish in time."));
        return context.finish(CliExitCode::NetworkError);
    }
    reply->deleteLater();
    const ApiResponse response = reply->response();
    reportStatus(context, response, include);
    const bool indent = pretty && !response.body.isEmpty() && prettyStaysBounded(response.body);
    if (pretty && !indent && !response.body.isEmpty())
        output.warning(tr("The body is nested too deeply to indent; it is printed as received."));
    QByteArray body = indent ? JsonWriter::reformat(response.body, JsonWriter::Pretty) : response.body;
    if (!body.isEmpty() && !body.endsWith('\n') && (pretty || ::isatty(STDOUT_FILENO) == 1))
        body.append('\n');
    output.writeRaw(body);
    if (response.isSuccess())
        return context.finish(CliExitCode::Ok);
    output.error(response.error.toText());
    return context.finish(exitStatusOf(response));
}

void CliRequestCommand::reportStatus(CliContext& context, const ApiResponse& response, bool include)
{
    QString line = response.httpStatus > 0
        ? tr("HTTP %1 %2").arg(response.httpStatus).arg(QString::fromUtf8(response.reasonPhrase))
        : tr("No answer");
    line += tr(" · %1 ms · %2 bytes").arg(response.elapsedMs).arg(response.bytesReceived);
    if (response.waitedMs > 0)
        line += tr(" · waited %1 ms").arg(response.waitedMs);
    const QByteArray remaining = response.header("X-RateLimit-Remaining");
    if (!remaining.isEmpty())
        line += tr(" · rate limit: %1 of %2 left")
                    .arg(QString::fromLatin1(remaining),
                        QString::fromLatin1(response.header("X-RateLimit-Limit")));
    context.output().info(line);
    if (include) {
        for (const auto& header : response.headers)
            context.output().err() << header.first << ": " << header.second << '\n';
        context.output().flush();
    }
}

int CliRequestCommand::exitStatusOf(const ApiResponse& response)
{
    switch (response.error.kind()) {
    case LoftyError::Kind::None:
        return CliExitCode::Ok;
    case LoftyError::Kind::NoCredentials:
    case LoftyError::Kind::Unauthorized:
        return CliExitCode::AuthorizationNeeded;
    case LoftyError::Kind::NetworkError:
    case LoftyError::Kind::Timeout:
        return CliExitCode::NetworkError;
    default:
        return CliExitCode::Failure;
    }
}
