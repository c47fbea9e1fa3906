#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The answers Lofty gives again and again: `{"message":"success"}`, `{code, message, data}`,
// the numeric error codes its document pairs with names (20006 LEAD_NOT_EXIST, 20012
// INVALID_PARAMETER, ...), and helpers to build records in the document's shapes.
namespace SandboxReply {

enum Code {
    ContentTypeRequired = 20001,
    UserNotExist = 20003,
    LeadNotExist = 20006,
    ResourceNotExist = 20007,
    InvalidParameter = 20012,
    LimitNotValid = 20042,
    TransactionNotExist = 200060,
    ApiKeyAsBearer = 200058,
};

SandboxResponse error(int status, int code, const QString& message);
SandboxResponse errorName(int status, const QString& name, const QString& message);
SandboxResponse invalidParameter(const QString& detail);
SandboxResponse leadNotFound(qint64 leadId);
SandboxResponse notFound(const QString& what, qint64 id);
SandboxResponse success(); // {"message":"success"}
SandboxResponse codeMessage(const QJsonObject& data = QJsonObject()); // {code:0, message, data}

QJsonArray toArray(const QList<QJsonObject>& items);
// The record without the keys the answer's shape does not carry.
QJsonObject without(QJsonObject record, const QStringList& keys);
QJsonObject only(const QJsonObject& record, const QStringList& keys);
// Copies the body's fields that the record already has with the same JSON type; everything
// else in the body is ignored, as the document's schemas define the record.
void mergeKnownFields(QJsonObject* record, const QJsonObject& body, const QStringList& locked = {});
// Lofty's lead times: "2026-04-15T14:00:00GMT".
QString gmtTime(qint64 epochMs);
QString isoTime(qint64 epochMs); // ISO 8601 with an offset: "2026-04-15T14:00:00Z"

} // namespace SandboxReply
