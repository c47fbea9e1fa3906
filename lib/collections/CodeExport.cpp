#include "collections/CodeExport.h"

#include "api/CurlExport.h"
#include "util/SecretMasker.h"
#include "util/SecretMaskingRules.h"
#include "json/JsonStringCodec.h"

namespace {

QString environmentNameFor(const QString& header)
{
    QString name = header.toUpper();
    for (QChar& c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return QStringLiteral("LOFTY_") + name;
}

QString urlOf(const ApiRequest& request)
{
    return SecretMasker::global().redact(request.url.toString(QUrl::FullyEncoded));
}

QByteArray bodyOf(const ApiRequest& request)
{
    return SecretMasker::global().redact(request.body);
}

} // namespace

QString CodeExport::languageName(Language language)
{
    switch (language) {
    case Language::Python:
        return tr("Python (requests)");
    case Language::JavaScript:
        return tr("JavaScript (fetch)");
    case Language::CppQt:
        return tr("C++ (Qt Network)");
    }
    return {};
}

QList<CodeExport::Header> CodeExport::headersOf(const ApiRequest& request)
{
    QList<Header> headers;
    bool hasAuthorization = false;
    for (const auto& [rawName, rawValue] : request.headers) {
        const QString name = QString::fromLatin1(rawName);
        const QString value = QString::fromUtf8(rawValue);
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            hasAuthorization = true;
            const bool bearer = value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive);
            headers.append({name, {}, bearer ? QStringLiteral("Bearer ") : QString(),
                QLatin1String(bearer ? CurlExport::AccessTokenVariable : CurlExport::AuthorizationVariable)});
        } else if (SecretMaskingRules::isSecretName(name)) {
            headers.append({name, {}, {}, environmentNameFor(name)});
        } else {
            headers.append({name, SecretMasker::global().redact(value), {}, {}});
        }
    }
    if (!hasAuthorization && request.authenticate)
        headers.prepend({QStringLiteral("Authorization"), {}, QStringLiteral("Bearer "),
            QLatin1String(CurlExport::AccessTokenVariable)});
    return headers;
}

QStringList CodeExport::variablesUsed(const ApiRequest& request)
{
    QStringList variables;
    for (const Header& header : headersOf(request)) {
        if (!header.variable.isEmpty())
            variables.append(header.variable);
    }
    return variables;
}

QString CodeExport::generate(const ApiRequest& request, Language language)
{
    const QList<Header> headers = headersOf(request);
    switch (language) {
    case Language::Python:
        return python(request, headers);
    case Language::JavaScript:
        return javaScript(request, headers);
    case Language::CppQt:
        return cppQt(request, headers);
    }
    return {};
}

QString CodeExport::jsonQuote(const QString& text)
{
    return QString::fromUtf8(JsonStringCodec::quote(text));
}

// Octal escapes (at most three digits) cannot swallow a following digit the way \x does.
QString CodeExport::cppQuote(const QByteArray& bytes)
{
    QString quoted = QStringLiteral("\"");
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            quoted += QStringLiteral("\\") + QLatin1Char(c);
        else if (c == '\n')
            quoted += QLatin1String("\\n");
        else if (byte < 0x20 || byte >= 0x7f || c == '?')
            quoted += QStringLiteral("\\%1").arg(byte, 3, 8, QLatin1Char('0'));
        else
            quoted += QLatin1Char(c);
    }
    return quoted + QLatin1Char('"');
}

QString CodeExport::python(const ApiRequest& request, const QList<Header>& headers)
{
    QString code = QStringLiteral("import os\n\nimport requests\n\nresponse = requests.request(\n");
    code += QStringLiteral("    %1,\n    %2,\n").arg(jsonQuote(request.method), jsonQuote(urlOf(request)));
    code += QStringLiteral("    headers={\n");
    for (const Header& header : headers) {
        const QString value = header.variable.isEmpty()
            ? jsonQuote(header.literal)
            : (header.prefix.isEmpty() ? QString() : jsonQuote(header.prefix) + QStringLiteral(" + "))
                + QStringLiteral("os.environ[%1]").arg(jsonQuote(header.variable));
        code += QStringLiteral("        %1: %2,\n").arg(jsonQuote(header.name), value);
    }
    code += QStringLiteral("    },\n");
    if (!request.body.isEmpty())
        code += QStringLiteral("    data=%1.encode(\"utf-8\"),\n")
                    .arg(jsonQuote(QString::fromUtf8(bodyOf(request))));
    code += QStringLiteral("    timeout=%1,\n)\nprint(response.status_code)\nprint(response.text)\n")
                .arg(request.timeoutSeconds);
    return code;
}

QString CodeExport::javaScript(const ApiRequest& request, const QList<Header>& headers)
{
    QString code = QStringLiteral("const response = await fetch(%1, {\n").arg(jsonQuote(urlOf(request)));
    code += QStringLiteral("  method: %1,\n  headers: {\n").arg(jsonQuote(request.method));
    for (const Header& header : headers) {
        const QString value = header.variable.isEmpty()
            ? jsonQuote(header.literal)
            : (header.prefix.isEmpty() ? QString() : jsonQuote(header.prefix) + QStringLiteral(" + "))
                + QStringLiteral("process.env.%1").arg(header.variable);
        code += QStringLiteral("    %1: %2,\n").arg(jsonQuote(header.name), value);
    }
    code += QStringLiteral("  },\n");
    if (!request.body.isEmpty())
        code += QStringLiteral("  body: %1,\n").arg(jsonQuote(QString::fromUtf8(bodyOf(request))));
    code += QStringLiteral("  signal: AbortSignal.timeout(%1),\n});\n").arg(request.timeoutSeconds * 1000);
    code += QStringLiteral("console.log(response.status);\nconsole.log(await response.text());\n");
    return code;
}

QString CodeExport::cppQt(const ApiRequest& request, const QList<Header>& headers)
{
    QString code = QStringLiteral(
        "// Qt 6 Core + Network. Credentials come from the environment.\n"
        "#include <QCoreApplication>\n#include <QNetworkAccessManager>\n#include <QNetworkReply>\n"
        "#include <QNetworkRequest>\n#include <QTextStream>\n\n"
        "int main(int argc, char* argv[])\n{\n    QCoreApplication app(argc, argv);\n"
        "    QNetworkAccessManager network;\n");
    code += QStringLiteral("    QNetworkRequest request(QUrl(QString::fromUtf8(%1)));\n")
                .arg(cppQuote(urlOf(request).toUtf8()));
    code += QStringLiteral("    request.setTransferTimeout(%1);\n").arg(request.timeoutSeconds * 1000);
    for (const Header& header : headers) {
        const QString value = header.variable.isEmpty()
            ? QStringLiteral("QByteArray(%1)").arg(cppQuote(header.literal.toUtf8()))
            : (header.prefix.isEmpty()
                      ? QString()
                      : QStringLiteral("QByteArray(%1) + ").arg(cppQuote(header.prefix.toUtf8())))
                + QStringLiteral("qgetenv(%1)").arg(cppQuote(header.variable.toUtf8()));
        code += QStringLiteral("    request.setRawHeader(%1, %2);\n")
                    .arg(cppQuote(header.name.toUtf8()), value);
    }
    code += QStringLiteral("    const QByteArray body(%1);\n").arg(cppQuote(bodyOf(request)));
    code += QStringLiteral("    QNetworkReply* reply = network.sendCustomRequest(request, %1, body);\n")
                .arg(cppQuote(request.method.toUtf8()));
    code += QStringLiteral(
        "    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {\n"
        "        QTextStream out(stdout);\n"
        "        out << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << '\\n'\n"
        "            << reply->readAll() << '\\n';\n"
        "        QCoreApplication::exit(reply->error() == QNetworkReply::NoError ? 0 : 1);\n"
        "    });\n    return app.exec();\n}\n");
    return code;
}
