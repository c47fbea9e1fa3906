#pragma once

#include "api/ApiRequest.h"

#include <QCoreApplication>

// A request as a small program: Python (requests), JavaScript (fetch, Node 18+ or a browser) or
// C++ with Qt (QNetworkAccessManager). No credential appears in the code: the Authorization
// header reads LOFTY_ACCESS_TOKEN (a Bearer token; LOFTY_AUTHORIZATION for any other scheme) from
// the environment, other secret-named headers read LOFTY_<HEADER_NAME>, and any secret the process
// knows is redacted from the URL and the body. Each program prints the status and the body.
class CodeExport
{
    Q_DECLARE_TR_FUNCTIONS(CodeExport)

public:
    enum class Language { Python, JavaScript, CppQt };

    static QString generate(const ApiRequest& request, Language language);
    static QString languageName(Language language);
    // The environment variables the generated code reads, in order.
    static QStringList variablesUsed(const ApiRequest& request);

private:
    struct Header
    {
        QString name;
        QString literal; // the value as text, when it is not from the environment
        QString prefix; // text before the environment value ("Bearer ")
        QString variable; // the environment variable, empty for a literal value
    };

    static QList<Header> headersOf(const ApiRequest& request);
    static QString python(const ApiRequest& request, const QList<Header>& headers);
    static QString javaScript(const ApiRequest& request, const QList<Header>& headers);
    static QString cppQt(const ApiRequest& request, const QList<Header>& headers);
    static QString jsonQuote(const QString& text);
    static QString cppQuote(const QByteArray& bytes);
};
