#include "sandbox/SandboxWebhookRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxWebhookRoutes", text);
}

const QString Webhooks = QStringLiteral("webhooks");

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

SandboxWebhookRoutes::SandboxWebhookRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxWebhookRoutes::addTo(SandboxRouteTable& table)
{
    table.add("POST", "/v1.0/webhook", [this](const SandboxCall& c) { return create(c); }, {},
        {QStringLiteral("callbackUrl"), QStringLiteral("listId")});
    table.add("GET", "/v1.0/webhooks", [this](const SandboxCall& c) { return list(c); });
    table.add("DELETE", "/v1.0/webhook/{subscribeId}", [this](const SandboxCall& c) { return remove(c); });
}

bool SandboxWebhookRoutes::callbackAllowed(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    return url.scheme() == QLatin1String("http") && loopback;
}

SandboxResponse SandboxWebhookRoutes::create(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const QJsonValue listId = body.value(QStringLiteral("listId"));
    if (!isWholeNumber(listId) || listId.toInt() < 1 || listId.toInt() > 12)
        return errorName(
            400, QStringLiteral("WEBHOOK_TYPE_ERROR"), tr("listId must be a whole number from 1 to 12."));
    const QString callbackUrl = body.value(QStringLiteral("callbackUrl")).toString();
    if (!callbackAllowed(callbackUrl))
        return errorName(400, QStringLiteral("WEBHOOK_CALLBACK_URL_INVALID"),
            tr("callbackUrl must be an https:// URL (the sandbox also takes http:// to 127.0.0.1 or "
               "localhost)."));
    const QJsonValue limit = body.value(QStringLiteral("limit"));
    if (!limit.isUndefined() && (!isWholeNumber(limit) || limit.toInt() < 1 || limit.toInt() > 5000))
        return invalidParameter(tr("limit must be a whole number from 1 to 5000."));
    const QJsonValue mode = body.value(QStringLiteral("permissionMode"));
    if (!mode.isUndefined() && (!isWholeNumber(mode) || (mode.toInt() != 0 && mode.toInt() != 1)))
        return invalidParameter(tr("permissionMode must be 0 or 1."));
    if (m_data.collection(Webhooks).size() >= MaxSubscriptions)
        return errorName(400, QStringLiteral("WEBHOOK_EXCEED_LIMIT"),
            tr("The team has %1 webhook subscriptions already, the most the sandbox allows.")
                .arg(MaxSubscriptions));
    const QJsonObject record {{QStringLiteral("subscribeId"), m_data.nextId()},
        {QStringLiteral("teamId"), SandboxData::TeamId}, {QStringLiteral("listId"), listId.toInt()},
        {QStringLiteral("vendorId"), SandboxData::IdBase + 40100},
        {QStringLiteral("callbackUrl"), callbackUrl},
        {QStringLiteral("limit"), limit.isUndefined() ? 100 : limit.toInt()},
        {QStringLiteral("permissionMode"), mode.toInt(0)}};
    m_data.collection(Webhooks).append(record);
    return SandboxResponse::json(record);
}

SandboxResponse SandboxWebhookRoutes::list(const SandboxCall&)
{
    return SandboxResponse::json(toArray(m_data.collection(Webhooks)));
}

SandboxResponse SandboxWebhookRoutes::remove(const SandboxCall& call)
{
    const qint64 id = call.id(QStringLiteral("subscribeId"));
    if (!m_data.remove(Webhooks, QStringLiteral("subscribeId"), id))
        return errorName(400, QStringLiteral("WEBHOOK_DELETE_NOT_EXIST"),
            tr("No webhook subscription with id %1.").arg(id));
    SandboxResponse response; // Lofty answers 200 with no body
    response.status = 200;
    return response;
}
