#include "sandbox/SandboxFaults.h"

#include <QCoreApplication>

namespace {

constexpr int MaximumLatencyMs = 120 * 1000;

bool readCount(const QJsonObject& json, const char* key, int maximum, int* out, QString* error)
{
    const QString name = QString::fromLatin1(key);
    if (!json.contains(name))
        return true;
    const QJsonValue value = json.value(name);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > maximum || number != qint64(number)) {
        *error = name + QLatin1String(": ")
            + QCoreApplication::translate("SandboxFaults", "expected a whole number from 0 to %1")
                  .arg(maximum);
        return false;
    }
    *out = int(number);
    return true;
}

} // namespace

QJsonObject SandboxFaults::toJson() const
{
    return QJsonObject {{QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("serverErrors"), serverErrors}, {QStringLiteral("malformedJson"), malformedJson},
        {QStringLiteral("dropConnections"), dropConnections},
        {QStringLiteral("resetConnections"), resetConnections}};
}

bool SandboxFaults::update(const QJsonObject& json, QString* error)
{
    SandboxFaults next = *this;
    constexpr int MaximumCount = 1000000;
    if (!readCount(json, "latencyMs", MaximumLatencyMs, &next.latencyMs, error)
        || !readCount(json, "serverErrors", MaximumCount, &next.serverErrors, error)
        || !readCount(json, "malformedJson", MaximumCount, &next.malformedJson, error)
        || !readCount(json, "dropConnections", MaximumCount, &next.dropConnections, error)
        || !readCount(json, "resetConnections", MaximumCount, &next.resetConnections, error))
        return false;
    *this = next;
    return true;
}

bool SandboxFaults::takeServerError()
{
    if (serverErrors <= 0)
        return false;
    --serverErrors;
    return true;
}

void SandboxFaults::shape(SandboxResponse* response)
{
    response->delayMs = latencyMs;
    if (dropConnections > 0) {
        --dropConnections;
        response->delivery = SandboxResponse::Delivery::DropMidBody;
    } else if (resetConnections > 0) {
        --resetConnections;
        response->delivery = SandboxResponse::Delivery::ResetAfterHead;
    } else if (malformedJson > 0) {
        --malformedJson;
        // Cut the real answer off mid-value: what a truncated proxy response looks like.
        response->body = response->body.left(qMax(1, int(response->body.size() / 2))) + "\",,{";
        response->contentType = "application/json;charset=UTF-8";
    }
}

SandboxResponse SandboxFaults::serverErrorResponse()
{
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("code"), QStringLiteral("INTERNAL_ERROR")},
            {QStringLiteral("message"), QStringLiteral("Sandbox fault mode: simulated server error.")}},
        500);
}
