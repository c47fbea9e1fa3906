#include "collections/RequestResolver.h"

#include <QCoreApplication>
#include <QUrlQuery>

RequestResolver::Result RequestResolver::resolve(
    const CollectionRequest& saved, const VariableScope& scope, const QUrl& apiBaseUrl)
{
    ApiSender bare;
    bare.baseUrl = apiBaseUrl;
    return resolve(saved, scope, bare, nullptr);
}

RequestResolver::Result RequestResolver::resolve(const CollectionRequest& saved, const VariableScope& scope,
    const ApiSender& sender, const CatalogEndpoint* endpoint)
{
    Result result;
    QStringList* unknown = &result.unknownVariables;
    const QString resolvedUrl = scope.resolve(saved.url, unknown).trimmed();
    QUrl url;
    if (resolvedUrl.startsWith(QLatin1Char('/'))) {
        QString base = sender.baseUrl.toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url = QUrl(base + resolvedUrl);
    } else {
        url = QUrl(resolvedUrl);
    }
    result.request = sender.buildRequest(saved.method.toUpper(), url, endpoint);
    QUrlQuery query(result.request.url);
    for (const auto& [name, value] : saved.params)
        query.addQueryItem(scope.resolve(name, unknown), scope.resolve(value, unknown));
    result.request.url.setQuery(query);
    for (const auto& [name, value] : saved.headers)
        result.request.setHeader(
            scope.resolve(name, unknown).toUtf8(), scope.resolve(value, unknown).toUtf8());
    if (!saved.body.isEmpty()) {
        result.request.body = scope.resolve(QString::fromUtf8(saved.body), unknown).toUtf8();
        if (!result.request.hasHeader("Content-Type"))
            result.request.setHeader("Content-Type", "application/json");
    }
    result.request.endpointId = saved.endpointId;
    result.request.timeoutSeconds = saved.timeoutSeconds;
    if (!result.request.isValid())
        result.error = QCoreApplication::translate("RequestResolver", "\"%1\" is not a usable URL.")
                           .arg(result.request.url.toString());
    return result;
}
