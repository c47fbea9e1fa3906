#include "sandbox/SandboxCommunicationRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxCommunicationRoutes", text);
}

const QString Calls = QStringLiteral("calls");
const QString Texts = QStringLiteral("texts");
const QString Emails = QStringLiteral("emails");

} // namespace

SandboxCommunicationRoutes::SandboxCommunicationRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxCommunicationRoutes::addTo(SandboxRouteTable& table)
{
    const QStringList leadId {QStringLiteral("leadId")};
    // Lofty answers GET /v1.0/calls without leadId with 404, not 400; calls() does that.
    table.add("GET", "/v1.0/calls", [this](const SandboxCall& c) { return calls(c); });
    table.add("GET", "/v1.0/calls/{callId}", [this](const SandboxCall& c) { return callById(c); });
    table.add("GET", "/v1.0/call/url/{callId}", [this](const SandboxCall& c) { return recordingUrl(c); });
    table.add(
        "GET", "/v1.0/communication/text", [this](const SandboxCall& c) { return ofLead(c, Texts, {}); },
        leadId);
    table.add(
        "GET", "/v1.0/communication/email", [this](const SandboxCall& c) { return ofLead(c, Emails, {}); },
        leadId);
    table.add(
        "GET", "/v1.0/communication/call", [this](const SandboxCall& c) { return ofLead(c, Calls, {}); },
        leadId);
    table.add(
        "GET", "/v1.0/communication/call/v2",
        [this](const SandboxCall& c) {
            return ofLead(c, Calls,
                {QStringLiteral("id"), QStringLiteral("agentId"), QStringLiteral("leadId"),
                    QStringLiteral("createTime"), QStringLiteral("direction"),
                    QStringLiteral("leadPhoneNumber")});
        },
        leadId);
    table.add("GET", "/v2.0/communication/text/{communicationId}",
        [this](const SandboxCall& c) { return byId(c, Texts); });
    table.add("GET", "/v2.0/communication/email/{communicationId}",
        [this](const SandboxCall& c) { return byId(c, Emails); });
    table.add("GET", "/v2.0/communication/call/{communicationId}",
        [this](const SandboxCall& c) { return byId(c, Calls); });
    table.add("GET", "/v2.0/communication/agent", [this](const SandboxCall& c) { return searchByAgent(c); },
        {QStringLiteral("startTime"), QStringLiteral("endTime")});
    table.add("POST", "/v1.0/agent/communication", [this](const SandboxCall& c) { return byAgentPaged(c); });
    table.add("POST", "/v1.0/message/sms/send", [this](const SandboxCall& c) { return sendSms(c); }, {},
        {QStringLiteral("content"), QStringLiteral("leadId")});
    table.add("POST", "/v1.0/message/email/send", [this](const SandboxCall& c) { return sendEmail(c); }, {},
        {QStringLiteral("content"), QStringLiteral("leadId"), QStringLiteral("subject")});
}

SandboxResponse SandboxCommunicationRoutes::calls(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    bool offsetOk = true;
    bool limitOk = true;
    const int offset = call.queryInt(QStringLiteral("offset"), 0, &offsetOk);
    const int limit = call.queryInt(QStringLiteral("limit"), 10, &limitOk);
    if (!offsetOk || !limitOk || offset < 0 || limit < 1 || limit > 100)
        return error(
            400, LimitNotValid, tr("LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100."));
    const QList<QJsonObject> items = m_data.where(Calls, QStringLiteral("leadId"), leadId);
    const QJsonObject metadata {{QStringLiteral("collection"), Calls}, {QStringLiteral("offset"), offset},
        {QStringLiteral("limit"), limit}, {QStringLiteral("total"), int(items.size())},
        {QStringLiteral("scrollId"), QString()}};
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("_metadata"), metadata}, {Calls, toArray(items.mid(offset, limit))}});
}

SandboxResponse SandboxCommunicationRoutes::callById(const SandboxCall& call)
{
    const QJsonObject* item = m_data.find(Calls, QStringLiteral("id"), call.id(QStringLiteral("callId")));
    if (!item)
        return notFound(tr("call"), call.id(QStringLiteral("callId")));
    return SandboxResponse::json(QJsonObject {{Calls, *item}});
}

SandboxResponse SandboxCommunicationRoutes::recordingUrl(const SandboxCall& call)
{
    const qint64 id = call.id(QStringLiteral("callId"));
    if (!m_data.find(Calls, QStringLiteral("id"), id))
        return notFound(tr("call"), id);
    // A made-up location: the sandbox keeps no recordings (documented in --help).
    const QString url = QStringLiteral("https://recordings.example.invalid/calls/%1.mp3").arg(id);
    return SandboxResponse::json(
        QJsonObject {{Calls, QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("url"), url}}}});
}

SandboxResponse SandboxCommunicationRoutes::ofLead(
    const SandboxCall& call, const QString& collection, const QStringList& keys)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    QJsonArray items;
    for (const QJsonObject& item : m_data.where(collection, QStringLiteral("leadId"), leadId))
        items.append(keys.isEmpty() ? item : only(item, keys));
    return SandboxResponse::json(QJsonObject {{collection, items}});
}

SandboxResponse SandboxCommunicationRoutes::byId(const SandboxCall& call, const QString& collection)
{
    const qint64 id = call.id(QStringLiteral("communicationId"));
    const QJsonObject* item = m_data.find(collection, QStringLiteral("id"), id);
    if (!item)
        return invalidParameter(tr("no communication with id %1.").arg(id));
    return SandboxResponse::json(*item);
}

QList<QJsonObject> SandboxCommunicationRoutes::ofAgent(qint64 agentId) const
{
    QList<QJsonObject> result;
    for (const QString& collection : {Calls, Texts, Emails}) {
        for (const QJsonObject& item : m_data.where(collection, QStringLiteral("agentId"), agentId)) {
            const bool isCall = collection == Calls;
            result.append(QJsonObject {{QStringLiteral("id"), item.value(QStringLiteral("id"))},
                {QStringLiteral("leadId"), item.value(QStringLiteral("leadId"))},
                {QStringLiteral("agentId"), agentId},
                {QStringLiteral("direction"), item.value(QStringLiteral("direction"))},
                {QStringLiteral("communicationType"),
                    collection == Calls       ? QStringLiteral("CALL")
                        : collection == Texts ? QStringLiteral("TEXT")
                                              : QStringLiteral("EMAIL")},
                {QStringLiteral("communicationTime"),
                    item.value(isCall             ? QStringLiteral("startTime")
                            : collection == Texts ? QStringLiteral("textTime")
                                                  : QStringLiteral("emailEventTime"))}});
        }
    }
    return result;
}

SandboxResponse SandboxCommunicationRoutes::searchByAgent(const SandboxCall& call)
{
    bool limitOk = true;
    const int limit = call.queryInt(QStringLiteral("limit"), 20, &limitOk);
    if (!limitOk || limit < 1 || limit > 100)
        return error(400, LimitNotValid, tr("LIMIT_NOT_VALID: limit must be from 1 to 100."));
    const qint64 agentId = call.query.contains(QStringLiteral("agentId"))
        ? call.id(QStringLiteral("agentId"))
        : m_data.memberUserIdOf(call.accountId);
    const QList<QJsonObject> items = ofAgent(agentId);
    const int start = call.query.value(QStringLiteral("cursor")).toInt();
    const bool hasMore = start + limit < items.size();
    return SandboxResponse::json(QJsonObject {{QStringLiteral("data"), toArray(items.mid(start, limit))},
        {QStringLiteral("nextCursor"), hasMore ? QString::number(start + limit) : QString()},
        {QStringLiteral("hasMore"), hasMore}, {QStringLiteral("limit"), limit},
        {QStringLiteral("totalCount"), int(items.size())}});
}

SandboxResponse SandboxCommunicationRoutes::byAgentPaged(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const int offset = body.value(QStringLiteral("offset")).toInt(0);
    const int limit = body.value(QStringLiteral("limit")).toInt(20);
    if (offset < 0 || limit < 1 || limit > 100)
        return error(
            400, LimitNotValid, tr("LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100."));
    const qint64 agentId = body.contains(QStringLiteral("agentId"))
        ? body.value(QStringLiteral("agentId")).toInteger()
        : m_data.memberUserIdOf(call.accountId);
    const QList<QJsonObject> items = ofAgent(agentId);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("offset"), offset},
        {QStringLiteral("limit"), limit}, {QStringLiteral("pageData"), toArray(items.mid(offset, limit))},
        {QStringLiteral("hasMore"), offset + limit < items.size()}});
}

SandboxResponse SandboxCommunicationRoutes::sendSms(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const qint64 leadId = body.value(QStringLiteral("leadId")).toInteger();
    const QString content = body.value(QStringLiteral("content")).toString();
    if (content.isEmpty())
        return invalidParameter(tr("content is required."));
    const QJsonObject* lead = m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId);
    if (!lead)
        return leadNotFound(leadId);
    const qint64 id = m_data.nextId();
    QJsonObject text = m_data.prototype(Texts);
    text.insert(QStringLiteral("id"), id);
    text.insert(QStringLiteral("leadId"), leadId);
    text.insert(QStringLiteral("textContent"), content);
    m_data.collection(Texts).append(text);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("messageId"), QString::number(id)},
        {QStringLiteral("phoneNumber"), lead->value(QStringLiteral("phones")).toArray().at(0).toString()},
        {QStringLiteral("phoneCode"), QStringLiteral("+1")}});
}

SandboxResponse SandboxCommunicationRoutes::sendEmail(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const qint64 leadId = body.value(QStringLiteral("leadId")).toInteger();
    const QString subject = body.value(QStringLiteral("subject")).toString();
    if (subject.isEmpty())
        return invalidParameter(tr("subject is required."));
    const QJsonObject* lead = m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId);
    if (!lead)
        return leadNotFound(leadId);
    const qint64 id = m_data.nextId();
    QJsonObject email = m_data.prototype(Emails);
    email.insert(QStringLiteral("id"), id);
    email.insert(QStringLiteral("leadId"), leadId);
    email.insert(QStringLiteral("emailSubject"), subject);
    m_data.collection(Emails).append(email);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("messageId"), QString::number(id)},
        {QStringLiteral("toEmail"), lead->value(QStringLiteral("emails")).toArray().at(0).toString()},
        {QStringLiteral("subject"), subject}});
}
