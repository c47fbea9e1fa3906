#include "sandbox/SandboxTransactionRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxTransactionRoutes", text);
}

const QString Transactions = QStringLiteral("transactions");

SandboxResponse transactionNotFound(qint64 id)
{
    return error(404, TransactionNotExist,
        tr("TRANSACTION_NOT_EXIST: no transaction with id %1 on this lead.").arg(id));
}

} // namespace

SandboxTransactionRoutes::SandboxTransactionRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxTransactionRoutes::addTo(SandboxRouteTable& table)
{
    table.add("GET", "/v1.0/leads/{leadId}/transactions", [this](const SandboxCall& c) { return ofLead(c); });
    table.add("POST", "/v1.0/leads/{leadId}/transaction", [this](const SandboxCall& c) { return create(c); },
        {}, {QStringLiteral("transactionName")});
    table.add("GET", "/v1.0/leads/{leadId}/transaction/{transactionId}",
        [this](const SandboxCall& c) { return get(c); });
    table.add("PUT", "/v1.0/leads/{leadId}/transaction/{transactionId}",
        [this](const SandboxCall& c) { return update(c); });
    table.add("GET", "/v1.0/leads/{leadId}/transaction/{transactionId}/property/address",
        [this](const SandboxCall& c) { return address(c); });
    table.add("POST", "/v1.0/leads/{leadId}/transaction/property/address",
        [this](const SandboxCall& c) { return updateAddress(c); }, {}, {QStringLiteral("transactionId")});
    table.add("PUT", "/v1.0/brokermint/transaction", [this](const SandboxCall& c) { return brokermint(c); },
        {}, {QStringLiteral("id")});
    table.add(
        "GET", "/v1.0/transaction/customfields", [this](const SandboxCall& c) { return customFields(c); });
    table.add("GET", "/v2.0/transactions", [this](const SandboxCall& c) { return search(c); });
    table.add("GET", "/v2.0/transactions/pipelines", [this](const SandboxCall& c) { return pipelines(c); });
}

QJsonObject SandboxTransactionRoutes::view(const QJsonObject& transaction)
{
    return without(transaction, {QStringLiteral("leadId"), QStringLiteral("propertyAddress")});
}

QJsonObject* SandboxTransactionRoutes::transaction(qint64 leadId, qint64 transactionId)
{
    QJsonObject* found = m_data.find(Transactions, QStringLiteral("transactionId"), transactionId);
    return found && found->value(QStringLiteral("leadId")).toInteger() == leadId ? found : nullptr;
}

SandboxResponse SandboxTransactionRoutes::ofLead(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    QJsonArray result;
    for (const QJsonObject& item : m_data.where(Transactions, QStringLiteral("leadId"), leadId))
        result.append(view(item));
    return SandboxResponse::json(result);
}

SandboxResponse SandboxTransactionRoutes::create(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    const QJsonObject* lead = m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId);
    if (!lead)
        return leadNotFound(leadId);
    QJsonObject record = m_data.prototype(Transactions);
    mergeKnownFields(&record, call.bodyObject(), {QStringLiteral("transactionId"), QStringLiteral("leadId")});
    const qint64 id = m_data.nextId();
    record.insert(QStringLiteral("transactionId"), id);
    record.insert(QStringLiteral("leadId"), leadId);
    record.insert(QStringLiteral("leadName"),
        lead->value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
            + lead->value(QStringLiteral("lastName")).toString());
    QJsonObject address = record.value(QStringLiteral("propertyAddress")).toObject();
    address.insert(QStringLiteral("transactionId"), id);
    record.insert(QStringLiteral("propertyAddress"), address);
    m_data.collection(Transactions).append(record);
    return SandboxResponse::json(view(record));
}

SandboxResponse SandboxTransactionRoutes::get(const SandboxCall& call)
{
    const QJsonObject* found
        = transaction(call.id(QStringLiteral("leadId")), call.id(QStringLiteral("transactionId")));
    if (!found)
        return transactionNotFound(call.id(QStringLiteral("transactionId")));
    return SandboxResponse::json(view(*found));
}

SandboxResponse SandboxTransactionRoutes::update(const SandboxCall& call)
{
    QJsonObject* found
        = transaction(call.id(QStringLiteral("leadId")), call.id(QStringLiteral("transactionId")));
    if (!found)
        return transactionNotFound(call.id(QStringLiteral("transactionId")));
    mergeKnownFields(found, call.bodyObject(),
        {QStringLiteral("transactionId"), QStringLiteral("leadId"), QStringLiteral("propertyAddress")});
    return SandboxResponse::json(view(*found));
}

SandboxResponse SandboxTransactionRoutes::address(const SandboxCall& call)
{
    const QJsonObject* found
        = transaction(call.id(QStringLiteral("leadId")), call.id(QStringLiteral("transactionId")));
    if (!found)
        return transactionNotFound(call.id(QStringLiteral("transactionId")));
    return SandboxResponse::json(found->value(QStringLiteral("propertyAddress")).toObject());
}

SandboxResponse SandboxTransactionRoutes::updateAddress(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    QJsonObject* found = transaction(
        call.id(QStringLiteral("leadId")), body.value(QStringLiteral("transactionId")).toInteger());
    if (!found)
        return transactionNotFound(body.value(QStringLiteral("transactionId")).toInteger());
    QJsonObject address = found->value(QStringLiteral("propertyAddress")).toObject();
    mergeKnownFields(&address, body, {QStringLiteral("transactionId")});
    found->insert(QStringLiteral("propertyAddress"), address);
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("code"), 0}, {QStringLiteral("message"), QStringLiteral("success")}});
}

// Brokermint pushes its own transaction; the sandbox updates the matching one's status/price.
SandboxResponse SandboxTransactionRoutes::brokermint(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    QJsonObject* found = m_data.find(
        Transactions, QStringLiteral("transactionId"), body.value(QStringLiteral("id")).toInteger());
    if (found) {
        if (body.contains(QStringLiteral("status")))
            found->insert(
                QStringLiteral("transactionStatus"), body.value(QStringLiteral("status")).toString());
        if (body.value(QStringLiteral("price")).isDouble())
            found->insert(QStringLiteral("homePrice"), body.value(QStringLiteral("price")).toDouble());
    }
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("code"), 0}, {QStringLiteral("message"), QStringLiteral("success")}});
}

SandboxResponse SandboxTransactionRoutes::customFields(const SandboxCall&)
{
    return SandboxResponse::json(toArray(m_data.collection(QStringLiteral("transactionCustomFields"))));
}

SandboxResponse SandboxTransactionRoutes::search(const SandboxCall& call)
{
    bool numOk = true;
    bool sizeOk = true;
    const int pageNum = call.queryInt(QStringLiteral("pageNum"), 0, &numOk);
    const int pageSize = call.queryInt(QStringLiteral("pageSize"), 10, &sizeOk);
    if (!numOk || !sizeOk || pageNum < 0 || pageSize < 1 || pageSize > 100)
        return error(400, LimitNotValid,
            tr("LIMIT_NOT_VALID: pageNum (0-based) must be 0 or more and pageSize from 1 to 100."));
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    QList<QJsonObject> items;
    for (const QJsonObject& item : std::as_const(m_data.collection(Transactions))) {
        if (leadId && item.value(QStringLiteral("leadId")).toInteger() != leadId)
            continue;
        QJsonObject row = without(item, {QStringLiteral("propertyAddress"), QStringLiteral("commissions")});
        const QJsonObject agent = m_data
                                      .where(QStringLiteral("members"), QStringLiteral("memberUserId"),
                                          item.value(QStringLiteral("assignedAgent")).toInteger())
                                      .value(0);
        row.insert(QStringLiteral("agentName"), agent.value(QStringLiteral("firstName")).toString());
        items.append(row);
    }
    return SandboxResponse::json(QJsonObject {{QStringLiteral("pageNum"), pageNum},
        {QStringLiteral("pageSize"), pageSize}, {QStringLiteral("totalCount"), int(items.size())},
        {QStringLiteral("pageData"), toArray(items.mid(pageNum * pageSize, pageSize))}});
}

SandboxResponse SandboxTransactionRoutes::pipelines(const SandboxCall&)
{
    QJsonArray result;
    int index = 0;
    for (const char* type : {"Purchase", "Listing"}) {
        QJsonArray stages;
        for (const char* stage : {"Pending", "Under Contract", "Closed"})
            stages.append(QJsonObject {{QStringLiteral("id"), SandboxData::IdBase + 80000 + 2 * index++},
                {QStringLiteral("name"), QString::fromLatin1(stage)},
                {QStringLiteral("default"), index == 1}});
        result.append(QJsonObject {{QStringLiteral("transactionType"), QString::fromLatin1(type)},
            {QStringLiteral("stages"), stages}});
    }
    return SandboxResponse::json(QJsonObject {{QStringLiteral("pipelines"), result}});
}
