#include "sandbox/SandboxReply.h"

#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QDateTime>

namespace SandboxReply {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxReply", text);
}
} // namespace

SandboxResponse error(int status, int code, const QString& message)
{
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}, status);
}

SandboxResponse errorName(int status, const QString& name, const QString& message)
{
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("code"), name}, {QStringLiteral("message"), message}}, status);
}

SandboxResponse invalidParameter(const QString& detail)
{
    return error(400, InvalidParameter, tr("Invalid parameter: %1").arg(detail));
}

SandboxResponse leadNotFound(qint64 leadId)
{
    return error(404, LeadNotExist, tr("LEAD_NOT_EXIST: no lead with id %1.").arg(leadId));
}

SandboxResponse notFound(const QString& what, qint64 id)
{
    return error(404, ResourceNotExist, tr("RESOURCE_NOT_EXIST: no %1 with id %2.").arg(what).arg(id));
}

SandboxResponse success()
{
    return SandboxResponse::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("success")}});
}

SandboxResponse codeMessage(const QJsonObject& data)
{
    return SandboxResponse::json(QJsonObject {{QStringLiteral("code"), 0},
        {QStringLiteral("message"), QStringLiteral("success")}, {QStringLiteral("data"), data}});
}

QJsonArray toArray(const QList<QJsonObject>& items)
{
    QJsonArray array;
    for (const QJsonObject& item : items)
        array.append(item);
    return array;
}

QJsonObject without(QJsonObject record, const QStringList& keys)
{
    for (const QString& key : keys)
        record.remove(key);
    return record;
}

QJsonObject only(const QJsonObject& record, const QStringList& keys)
{
    QJsonObject result;
    for (const QString& key : keys) {
        if (record.contains(key))
            result.insert(key, record.value(key));
    }
    return result;
}

void mergeKnownFields(QJsonObject* record, const QJsonObject& body, const QStringList& locked)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (locked.contains(it.key()) || !record->contains(it.key()))
            continue;
        const QJsonValue current = record->value(it.key());
        if (current.type() == it.value().type())
            record->insert(it.key(), it.value());
    }
}

QString gmtTime(qint64 epochMs)
{
    return UtcTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'GMT'"));
}

QString isoTime(qint64 epochMs)
{
    return UtcTime::fromMSecsSinceEpoch(epochMs).toString(Qt::ISODate);
}

} // namespace SandboxReply
