#include "api/CurlExport.h"

#include "api/ApiResponse.h"
#include "util/SecretMasker.h"

namespace {

bool isAuthorization(const QByteArray& name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0;
}

QString redacted(const QString& text, CurlExport::Secrets secrets)
{
    return secrets == CurlExport::Secrets::InClear ? text : SecretMasker::global().redact(text);
}

// Inside double quotes these keep a special meaning.
QString escapeForDoubleQuotes(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$') || c == QLatin1Char('`'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

QString CurlExport::shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlExport::variableFor(const QByteArray& authorizationValue, QString* scheme)
{
    const QByteArray trimmed = authorizationValue.trimmed();
    const int space = trimmed.indexOf(' ');
    const QByteArray word = space > 0 ? trimmed.left(space) : QByteArray();
    if (word.compare("Bearer", Qt::CaseInsensitive) == 0) {
        *scheme = QString::fromLatin1(word) + QLatin1Char(' ');
        return QString::fromLatin1(AccessTokenVariable);
    }
    if (word == "token") {
        *scheme = QStringLiteral("token ");
        return QString::fromLatin1(ApiKeyVariable);
    }
    scheme->clear();
    return QString::fromLatin1(AuthorizationVariable);
}

QString CurlExport::authorizationArgument(const QByteArray& value, Secrets secrets)
{
    if (secrets == Secrets::InClear)
        return shellQuote(QStringLiteral("Authorization: ") + QString::fromUtf8(value));
    QString scheme;
    const QString variable = variableFor(value, &scheme);
    return QLatin1Char('"') + escapeForDoubleQuotes(QStringLiteral("Authorization: ") + scheme)
        + QLatin1Char('$') + variable + QLatin1Char('"');
}

QStringList CurlExport::variablesUsed(const ApiRequest& request)
{
    QStringList variables;
    for (const auto& header : request.headers) {
        if (!isAuthorization(header.first))
            continue;
        QString scheme;
        variables << variableFor(header.second, &scheme);
    }
    variables.removeDuplicates();
    return variables;
}

QString CurlExport::toCurl(const ApiRequest& request, Secrets secrets, Layout layout)
{
    QStringList arguments {QStringLiteral("curl")};
    if (request.method == QLatin1String("HEAD"))
        arguments << QStringLiteral("--head");
    else
        arguments << QStringLiteral("--request") << shellQuote(request.method);
    arguments << shellQuote(redacted(request.url.toString(QUrl::FullyEncoded), secrets));
    for (const auto& header : request.headers) {
        arguments << QStringLiteral("--header");
        if (isAuthorization(header.first))
            arguments << authorizationArgument(header.second, secrets);
        else if (SecretMasker::isCredentialHeader(header.first) && secrets == Secrets::Masked)
            arguments << shellQuote(QString::fromUtf8(header.first) + QLatin1String(": ")
                + SecretMasker::mask(QString::fromUtf8(header.second)));
        else
            arguments << shellQuote(
                redacted(QString::fromUtf8(header.first + ": " + header.second), secrets));
    }
    if (!request.body.isEmpty())
        arguments << QStringLiteral("--data-binary") << shellQuote(bodyText(request.body, secrets));

    if (layout == Layout::SingleLine)
        return arguments.join(QLatin1Char(' '));
    // One option and its value per line.
    QStringList lines {arguments.mid(0, 1).join(QLatin1Char(' '))};
    for (int i = 1; i < arguments.size(); ++i) {
        const bool isOption = arguments[i].startsWith(QLatin1String("--"));
        const bool takesValue = isOption && arguments[i] != QLatin1String("--head");
        if (takesValue && i + 1 < arguments.size()) {
            lines << arguments[i] + QLatin1Char(' ') + arguments[i + 1];
            ++i;
        } else {
            lines << arguments[i];
        }
    }
    return lines.join(QLatin1String(" \\\n  "));
}

QString CurlExport::bodyText(const QByteArray& body, Secrets secrets)
{
    return redacted(QString::fromUtf8(body), secrets);
}

QString CurlExport::headerLine(const QPair<QByteArray, QByteArray>& header, Secrets secrets)
{
    QString value = QString::fromUtf8(header.second);
    if (isAuthorization(header.first) && secrets == Secrets::Masked) {
        const int space = value.indexOf(QLatin1Char(' '));
        value = space > 0 ? value.left(space + 1) + SecretMasker::mask(value.mid(space + 1))
                          : SecretMasker::mask(value);
    } else if (SecretMasker::isCredentialHeader(header.first) && secrets == Secrets::Masked) {
        value = SecretMasker::mask(value);
    }
    return QString::fromUtf8(header.first) + QLatin1String(": ") + redacted(value, secrets);
}

QString CurlExport::rawRequest(const ApiRequest& request, Secrets secrets)
{
    const QUrl& url = request.url;
    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = QStringLiteral("/");
    if (url.hasQuery())
        target += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    QStringList lines {
        request.method + QLatin1Char(' ') + redacted(target, secrets) + QLatin1String(" HTTP/1.1")};
    QString host = url.host(QUrl::FullyEncoded);
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    lines << QStringLiteral("Host: ") + host;
    for (const auto& header : request.headers)
        lines << headerLine(header, secrets);
    if (!request.body.isEmpty() && !request.hasHeader("Content-Length"))
        lines << QStringLiteral("Content-Length: %1").arg(request.body.size());
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n\r\n") + bodyText(request.body, secrets);
}

QString CurlExport::rawResponse(const ApiResponse& response, Secrets secrets)
{
    if (response.httpStatus == 0)
        return tr("(no response: %1)").arg(response.error.title());
    QStringList lines {QStringLiteral("HTTP/1.1 %1 %2")
                           .arg(response.httpStatus)
                           .arg(QString::fromUtf8(response.reasonPhrase))};
    for (const auto& header : response.headers)
        lines << headerLine(header, secrets);
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n\r\n") + bodyText(response.body, secrets);
}
