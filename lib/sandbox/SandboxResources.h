#pragma once

#include "catalog/CatalogEndpoint.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonValue>
#include <QMap>

// Answers the catalog's endpoints from SandboxData. Most endpoints are one of a few shapes
// (a paged list, one record, a create, an update, a delete, an action); a table maps each
// endpoint id to its shape, collection and envelope, and a handful have their own handler.
class SandboxResources
{
public:
    struct Call
    {
        const CatalogEndpoint* endpoint = nullptr;
        QMap<QString, QString> pathValues;
        QMap<QString, QString> query;
        QByteArray body;
        QString accountId; // the caller
    };

    explicit SandboxResources(SandboxData& data);
    SandboxResponse answer(const Call& call);

    static SandboxResponse error(int status, const QJsonValue& code, const QString& message);

    struct Rule; // how a table-driven endpoint answers (defined in the .cpp)

private:
    SandboxResponse answerByRule(const Rule& rule, const Call& call);
    SandboxResponse list(const Rule& rule, const Call& call);
    SandboxResponse get(const Rule& rule, const Call& call);
    SandboxResponse create(const Rule& rule, const Call& call);
    SandboxResponse update(const Rule& rule, const Call& call);
    SandboxResponse remove(const Rule& rule, const Call& call);
    SandboxResponse special(const Call& call);

    QList<QJsonObject> filtered(const QString& collection, const Call& call);
    static bool readPage(
        const Call& call, int maximumLimit, int* offset, int* limit, SandboxResponse* failure);
    static bool readBody(const Call& call, QJsonObject* body, SandboxResponse* failure);
    static bool readId(const Call& call, const QString& param, qint64* id, SandboxResponse* failure);

    SandboxData& m_data;
};
