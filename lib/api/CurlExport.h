#pragma once

#include "api/ApiRequest.h"

#include <QCoreApplication>

struct ApiResponse;

// A request as a curl command line or as raw HTTP/1.1 text, for pasting into a terminal, a bug
// report or documentation. By default no secret appears: the Authorization header refers to a
// shell variable ($LOFTY_ACCESS_TOKEN for Bearer tokens, $LOFTY_API_KEY for API keys) and every
// other secret the process knows is redacted. Secrets::InClear writes them as they are.
class CurlExport
{
    Q_DECLARE_TR_FUNCTIONS(CurlExport)

public:
    enum class Secrets { Masked, InClear };
    enum class Layout { SingleLine, MultiLine };

    static constexpr const char* AccessTokenVariable = "LOFTY_ACCESS_TOKEN";
    static constexpr const char* ApiKeyVariable = "LOFTY_API_KEY";
    static constexpr const char* AuthorizationVariable = "LOFTY_AUTHORIZATION";

    static QString toCurl(
        const ApiRequest& request, Secrets secrets = Secrets::Masked, Layout layout = Layout::MultiLine);
    // The shell variables a masked command line expects (e.g. {"LOFTY_ACCESS_TOKEN"}).
    static QStringList variablesUsed(const ApiRequest& request);

    static QString rawRequest(const ApiRequest& request, Secrets secrets = Secrets::Masked);
    static QString rawResponse(const ApiResponse& response, Secrets secrets = Secrets::Masked);

    // POSIX shell quoting: the result is one word whose value is `text`, nothing expanded.
    static QString shellQuote(const QString& text);

private:
    static QString authorizationArgument(const QByteArray& value, Secrets secrets);
    static QString variableFor(const QByteArray& authorizationValue, QString* scheme);
    static QString bodyText(const QByteArray& body, Secrets secrets);
    static QString headerLine(const QPair<QByteArray, QByteArray>& header, Secrets secrets);
};
