#include "webhooks/WebhookSubscription.h"

#include <QHostAddress>
#include <QUrl>

QString WebhookSubscription::validate(bool sandbox) const
{
    if (listId < 1 || listId > 12)
        return tr("The event list must be a number from 1 to 12.");
    const QUrl url(callbackUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The callback must be a full URL such as https://hooks.example.com/lofty.");
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (url.scheme() != QLatin1String("https")) {
        if (!(sandbox && loopback && url.scheme() == QLatin1String("http")))
            return sandbox ? tr("The callback must be https://, or http:// to 127.0.0.1 or localhost.")
                           : tr("Lofty takes https:// callbacks only; point a tunnel you run at the local "
                                "receiver and give its https:// address.");
    } else if (!sandbox && loopback) {
        return tr("Lofty's servers cannot reach %1 on your computer; give your tunnel's public https:// "
                  "address.")
            .arg(url.host());
    }
    if (limit < 1 || limit > 5000)
        return tr("The limit must be from 1 to 5000.");
    if (permissionMode != 0 && permissionMode != 1)
        return tr("The permission mode must be 0 or 1.");
    return QString();
}

QJsonObject WebhookSubscription::toJson() const
{
    return {{QStringLiteral("listId"), listId}, {QStringLiteral("callbackUrl"), callbackUrl},
        {QStringLiteral("limit"), limit}, {QStringLiteral("permissionMode"), permissionMode}};
}
