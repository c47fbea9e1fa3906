#include "collections/ApiSender.h"

#include "api/ApiClient.h"
#include "session/RequestService.h"

#include <QPointer>

ApiSender ApiSender::of(ApiClient* client)
{
    ApiSender sender;
    if (!client)
        return sender;
    const QPointer<ApiClient> guarded(client);
    sender.send = [guarded](const ApiRequest& request) { return guarded ? guarded->send(request) : nullptr; };
    sender.baseUrl = client->baseUrl();
    return sender;
}

ApiSender ApiSender::of(RequestService* requests)
{
    ApiSender sender;
    if (!requests)
        return sender;
    const QPointer<RequestService> guarded(requests);
    sender.send = [guarded](const ApiRequest& request) { return guarded ? guarded->send(request) : nullptr; };
    QUrl base = requests->requestFor(QStringLiteral("GET"), QStringLiteral("/")).url;
    base.setPath(QString());
    base.setQuery(QString());
    sender.baseUrl = base;
    return sender;
}
