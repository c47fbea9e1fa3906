#include "sandbox/SandboxLeadRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxLeadRoutes", text);
}

const QString Leads = QStringLiteral("leads");
const QString Notes = QStringLiteral("notes");
const QString ManualLogs = QStringLiteral("manualLogs");
constexpr const char* ScrollPrefix = "sbx-scroll-";

} // namespace

SandboxLeadRoutes::SandboxLeadRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxLeadRoutes::addTo(SandboxRouteTable& table)
{
    table.add("GET", "/v1.0/leads", [this](const SandboxCall& c) { return list(c); });
    table.add("POST", "/v1.0/leads", [this](const SandboxCall& c) { return create(c); }, {},
        {QStringLiteral("firstName")});
    table.add("GET", "/v1.0/leads/{leadId}", [this](const SandboxCall& c) { return get(c); });
    table.add("PUT", "/v1.0/leads/{leadId}", [this](const SandboxCall& c) { return update(c); });
    table.add("DELETE", "/v1.0/leads/{leadId}", [this](const SandboxCall& c) { return trash(c); },
        {QStringLiteral("reason")});
    table.add("POST", "/v1.0/leads/{leadId}/property",
        [this](const SandboxCall& c) { return touch(c, QStringLiteral("leadPropertyList")); });
    table.add("POST", "/v1.0/leads/{leadId}/inquiry",
        [this](const SandboxCall& c) { return touch(c, QStringLiteral("leadInquiry")); });
    table.add("POST", "/v1.0/leads/{leadId}/activity",
        [this](const SandboxCall& c) { return touch(c, QStringLiteral("activity")); });
    table.add("POST", "/v1.0/leads/{leadId}/assignment", [this](const SandboxCall& c) { return assign(c); });
    table.add("POST", "/v1.0/leads/assignee", [this](const SandboxCall& c) { return assignees(c); }, {},
        {QStringLiteral("email"), QStringLiteral("firstName")});
    table.add(
        "GET", "/v1.0/leads/{leadId}/activities", [this](const SandboxCall& c) { return activities(c); });
    table.add(
        "GET", "/v2.0/leads/{leadId}/activities", [this](const SandboxCall& c) { return activitiesV2(c); });
    table.add("GET", "/v1.0/systemLogs", [this](const SandboxCall& c) { return systemLogs(c); },
        {QStringLiteral("leadId")});
    table.add("PUT", "/v1.0/brokermint/lead", [this](const SandboxCall& c) { return brokermintContacts(c); });
    table.add(
        "GET", "/v1.0/notes", [this](const SandboxCall& c) { return notes(c); }, {QStringLiteral("leadId")});
    table.add("POST", "/v1.0/notes", [this](const SandboxCall& c) { return addNote(c); }, {},
        {QStringLiteral("content"), QStringLiteral("isPin"), QStringLiteral("leadId")});
    table.add("GET", "/v1.0/notes/{noteId}", [this](const SandboxCall& c) { return note(c); });
    table.add("PUT", "/v1.0/notes/{noteId}", [this](const SandboxCall& c) { return updateNote(c); });
    table.add("DELETE", "/v1.0/notes/{noteId}", [this](const SandboxCall& c) { return deleteNote(c); });
    table.add("GET", "/v1.0/logType", [this](const SandboxCall& c) { return manualLogs(c); },
        {QStringLiteral("leadId"), QStringLiteral("logType")});
    table.add("POST", "/v1.0/logType", [this](const SandboxCall& c) { return addManualLog(c); }, {},
        {QStringLiteral("content"), QStringLiteral("leadId"), QStringLiteral("logType")});
    table.add("GET", "/v1.0/logType/{logTypeId}", [this](const SandboxCall& c) { return manualLog(c); });
    table.add(
        "DELETE", "/v1.0/logType/{logTypeId}", [this](const SandboxCall& c) { return deleteManualLog(c); });
}

QJsonObject* SandboxLeadRoutes::lead(qint64 leadId)
{
    return m_data.find(Leads, QStringLiteral("leadId"), leadId);
}

QList<QJsonObject> SandboxLeadRoutes::filteredLeads(const SandboxCall& call) const
{
    const QString stage = call.query.value(QStringLiteral("stage"));
    const QString source = call.query.value(QStringLiteral("source"));
    const QString email = call.query.value(QStringLiteral("email"));
    const qint64 assigned = call.query.value(QStringLiteral("assignedUserId")).toLongLong();
    QList<QJsonObject> result;
    for (const QJsonObject& item : std::as_const(m_data.collection(Leads))) {
        if ((!stage.isEmpty() && item.value(QStringLiteral("stage")).toString() != stage)
            || (!source.isEmpty() && item.value(QStringLiteral("source")).toString() != source)
            || (assigned && item.value(QStringLiteral("assignedUserId")).toInteger() != assigned)
            || (!email.isEmpty() && !item.value(QStringLiteral("emails")).toArray().contains(email)))
            continue;
        result.append(item);
    }
    return result;
}

SandboxResponse SandboxLeadRoutes::list(const SandboxCall& call)
{
    bool offsetOk = true;
    bool limitOk = true;
    int offset = call.queryInt(QStringLiteral("offset"), 0, &offsetOk);
    const int limit = call.queryInt(QStringLiteral("limit"), 10, &limitOk);
    if (!offsetOk || !limitOk || offset < 0 || limit < 1 || limit > 100)
        return error(
            400, LimitNotValid, tr("LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100."));
    const QString scrollId = call.query.value(QStringLiteral("scrollId"));
    if (!scrollId.isEmpty()) {
        bool scrollOk = false;
        offset = scrollId.mid(int(qstrlen(ScrollPrefix))).toInt(&scrollOk);
        if (!scrollId.startsWith(QLatin1String(ScrollPrefix)) || !scrollOk || offset < 0)
            return invalidParameter(tr("scrollId \"%1\" was not issued by this sandbox.").arg(scrollId));
    }
    const QList<QJsonObject> items = filteredLeads(call);
    const int pageSize = qMin(limit, LeadPageSize);
    const int next = offset + pageSize;
    QJsonObject metadata {{QStringLiteral("collection"), Leads}, {QStringLiteral("offset"), offset},
        {QStringLiteral("limit"), pageSize}, {QStringLiteral("total"), int(items.size())},
        {QStringLiteral("scrollId"),
            next < items.size() ? QString::fromLatin1(ScrollPrefix) + QString::number(next) : QString()}};
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("_metadata"), metadata}, {Leads, toArray(items.mid(offset, pageSize))}});
}

SandboxResponse SandboxLeadRoutes::create(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    if (body.value(QStringLiteral("firstName")).toString().isEmpty())
        return invalidParameter(tr("firstName must not be empty."));
    QJsonObject record = m_data.prototype(Leads);
    const qint64 leadId = m_data.nextId();
    for (const QString& key : {QStringLiteral("emails"), QStringLiteral("phones"), QStringLiteral("tags"),
             QStringLiteral("groups")})
        record.insert(key, QJsonArray {});
    record.insert(QStringLiteral("lastName"), QString());
    mergeKnownFields(
        &record, body, {QStringLiteral("leadId"), QStringLiteral("leadUserId"), QStringLiteral("tags")});
    record.insert(QStringLiteral("leadId"), leadId);
    record.insert(QStringLiteral("leadUserId"), leadId + 1000);
    record.insert(QStringLiteral("createTime"), gmtTime(SandboxData::SeedEpochMs));
    m_data.collection(Leads).append(record);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("leadId"), leadId}});
}

SandboxResponse SandboxLeadRoutes::get(const SandboxCall& call)
{
    const QJsonObject* item = lead(call.id(QStringLiteral("leadId")));
    if (!item)
        return leadNotFound(call.id(QStringLiteral("leadId")));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("lead"), *item}});
}

SandboxResponse SandboxLeadRoutes::update(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    QJsonObject* item = lead(leadId);
    if (!item)
        return leadNotFound(leadId);
    mergeKnownFields(item, call.bodyObject(),
        {QStringLiteral("leadId"), QStringLiteral("leadUserId"), QStringLiteral("tags")});
    item->insert(QStringLiteral("lastUpdateTime"), gmtTime(SandboxData::SeedEpochMs + 7 * 86400000LL));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("leadId"), leadId}});
}

SandboxResponse SandboxLeadRoutes::trash(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!m_data.remove(Leads, QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    return SandboxResponse::json(QJsonObject {});
}

SandboxResponse SandboxLeadRoutes::touch(const SandboxCall& call, const QString& field)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    QJsonObject* item = lead(leadId);
    if (!item)
        return leadNotFound(leadId);
    if (field == QLatin1String("activity")) {
        QJsonObject activity = call.bodyObject();
        m_data.collection(QStringLiteral("activities"))
            .append({{QStringLiteral("leadId"), leadId},
                {QStringLiteral("type"),
                    activity.value(QStringLiteral("type")).toString(QStringLiteral("Custom"))},
                {QStringLiteral("text"), activity.value(QStringLiteral("text")).toString()},
                {QStringLiteral("link"), activity.value(QStringLiteral("link")).toString()},
                {QStringLiteral("pageName"), activity.value(QStringLiteral("pageName")).toString()},
                {QStringLiteral("created"), SandboxData::SeedEpochMs + 7 * 86400000LL}});
    } else {
        item->insert(QStringLiteral("lastUpdateTime"), gmtTime(SandboxData::SeedEpochMs + 7 * 86400000LL));
    }
    return SandboxResponse::json(QJsonObject {{QStringLiteral("leadId"), leadId}});
}

SandboxResponse SandboxLeadRoutes::assign(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    QJsonObject* item = lead(leadId);
    if (!item)
        return leadNotFound(leadId);
    const qint64 agent = call.bodyObject().value(QStringLiteral("assignedUserId")).toInteger();
    if (agent) {
        if (m_data.where(QStringLiteral("members"), QStringLiteral("memberUserId"), agent).isEmpty())
            return error(404, UserNotExist, tr("USER_NOT_EXIST: no team member with user id %1.").arg(agent));
        item->insert(QStringLiteral("assignedUserId"), agent);
    }
    return SandboxResponse::json(QJsonObject {{QStringLiteral("leadId"), leadId}});
}

// Finds the leads with the body's e-mail (or phone) and says who is assigned to each.
SandboxResponse SandboxLeadRoutes::assignees(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const QString email = body.value(QStringLiteral("email")).toString();
    const QString phone = body.value(QStringLiteral("phone")).toString();
    QJsonArray result;
    for (const QJsonObject& item : std::as_const(m_data.collection(Leads))) {
        if (!item.value(QStringLiteral("emails")).toArray().contains(email)
            && (phone.isEmpty() || !item.value(QStringLiteral("phones")).toArray().contains(phone)))
            continue;
        result.append(QJsonObject {{QStringLiteral("leadId"), item.value(QStringLiteral("leadId"))},
            {QStringLiteral("leadUserId"), item.value(QStringLiteral("leadUserId"))},
            {QStringLiteral("firstName"), item.value(QStringLiteral("firstName"))},
            {QStringLiteral("lastName"), item.value(QStringLiteral("lastName"))},
            {QStringLiteral("customRoleAssignees"),
                QJsonArray {QJsonObject {{QStringLiteral("roleId"), 1},
                    {QStringLiteral("role"), QStringLiteral("Agent")},
                    {QStringLiteral("assigneeId"), item.value(QStringLiteral("assignedUserId"))},
                    {QStringLiteral("assignee"), item.value(QStringLiteral("assignedUser"))},
                    {QStringLiteral("agentFullName"), item.value(QStringLiteral("assignedUser"))},
                    {QStringLiteral("permissionProfileName"), QStringLiteral("Agent")}}}}});
    }
    return SandboxResponse::json(result);
}

SandboxResponse SandboxLeadRoutes::activities(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!lead(leadId))
        return leadNotFound(leadId);
    QJsonArray result;
    for (const QJsonObject& item :
        m_data.where(QStringLiteral("activities"), QStringLiteral("leadId"), leadId))
        result.append(without(item, {QStringLiteral("leadId")}));
    return SandboxResponse::json(result);
}

SandboxResponse SandboxLeadRoutes::activitiesV2(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!lead(leadId))
        return leadNotFound(leadId);
    QJsonArray result;
    for (const QJsonObject& item : m_data.where(QStringLiteral("calls"), QStringLiteral("leadId"), leadId))
        result.append(QJsonObject {{QStringLiteral("id"), item.value(QStringLiteral("id"))},
            {QStringLiteral("leadId"), leadId},
            {QStringLiteral("agentId"), item.value(QStringLiteral("agentId"))},
            {QStringLiteral("activityTime"), item.value(QStringLiteral("startTime"))},
            {QStringLiteral("channel"), QStringLiteral("CALL")},
            {QStringLiteral("communicationType"), QStringLiteral("CALL")},
            {QStringLiteral("direction"), item.value(QStringLiteral("direction"))},
            {QStringLiteral("callingOutcome"), item.value(QStringLiteral("callingOutcome"))},
            {QStringLiteral("leadPhoneNumber"), item.value(QStringLiteral("leadPhoneNumber"))}});
    for (const QJsonObject& item : m_data.where(QStringLiteral("emails"), QStringLiteral("leadId"), leadId))
        result.append(QJsonObject {{QStringLiteral("id"), item.value(QStringLiteral("id"))},
            {QStringLiteral("leadId"), leadId},
            {QStringLiteral("agentId"), item.value(QStringLiteral("agentId"))},
            {QStringLiteral("activityTime"), item.value(QStringLiteral("emailEventTime"))},
            {QStringLiteral("channel"), QStringLiteral("EMAIL")},
            {QStringLiteral("communicationType"), QStringLiteral("EMAIL")},
            {QStringLiteral("direction"), item.value(QStringLiteral("direction"))},
            {QStringLiteral("emailEventType"), item.value(QStringLiteral("eventType"))},
            {QStringLiteral("emailSubject"), item.value(QStringLiteral("emailSubject"))}});
    return SandboxResponse::json(QJsonObject {{QStringLiteral("activities"), result}});
}

SandboxResponse SandboxLeadRoutes::systemLogs(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!lead(leadId))
        return leadNotFound(leadId);
    QJsonArray timeLines;
    for (const QJsonObject& item : m_data.where(Notes, QStringLiteral("leadId"), leadId))
        timeLines.append(QJsonObject {
            {QStringLiteral("id"), QString::number(item.value(QStringLiteral("id")).toInteger())},
            {QStringLiteral("leadId"), leadId},
            {QStringLiteral("agentId"), item.value(QStringLiteral("creatorId"))},
            {QStringLiteral("timelineType"), 1},
            {QStringLiteral("timelineTypeDesc"), QStringLiteral("Note added")},
            {QStringLiteral("timelineTime"), item.value(QStringLiteral("createTime"))},
            {QStringLiteral("createTime"), item.value(QStringLiteral("createTime"))},
            {QStringLiteral("content"),
                QJsonObject {{QStringLiteral("text"), item.value(QStringLiteral("content"))}}},
            {QStringLiteral("sticky"), false}});
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("hasMore"), 0}, {QStringLiteral("timeLines"), timeLines}});
}

SandboxResponse SandboxLeadRoutes::brokermintContacts(const SandboxCall& call)
{
    if (!call.body.isObject())
        return invalidParameter(tr("the body must be a JSON object."));
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("code"), 0}, {QStringLiteral("message"), QStringLiteral("success")}});
}

SandboxResponse SandboxLeadRoutes::notes(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!lead(leadId))
        return leadNotFound(leadId);
    return SandboxResponse::json(QJsonObject {
        {QStringLiteral("notes"), toArray(m_data.where(Notes, QStringLiteral("leadId"), leadId))}});
}

SandboxResponse SandboxLeadRoutes::addNote(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const qint64 leadId = body.value(QStringLiteral("leadId")).toInteger();
    if (!lead(leadId))
        return leadNotFound(leadId);
    const qint64 id = m_data.nextId();
    QJsonObject record = m_data.prototype(Notes);
    record.insert(QStringLiteral("content"), body.value(QStringLiteral("content")).toString());
    record.insert(QStringLiteral("isPin"), body.value(QStringLiteral("isPin")).toBool());
    record.insert(QStringLiteral("leadId"), leadId);
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("noteId"), id);
    m_data.collection(Notes).append(record);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("noteId"), id}});
}

SandboxResponse SandboxLeadRoutes::note(const SandboxCall& call)
{
    const QJsonObject* item = m_data.find(Notes, QStringLiteral("id"), call.id(QStringLiteral("noteId")));
    if (!item)
        return notFound(tr("note"), call.id(QStringLiteral("noteId")));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("note"), *item}});
}

SandboxResponse SandboxLeadRoutes::updateNote(const SandboxCall& call)
{
    QJsonObject* item = m_data.find(Notes, QStringLiteral("id"), call.id(QStringLiteral("noteId")));
    if (!item)
        return notFound(tr("note"), call.id(QStringLiteral("noteId")));
    mergeKnownFields(
        item, call.bodyObject(), {QStringLiteral("id"), QStringLiteral("noteId"), QStringLiteral("leadId")});
    return success();
}

SandboxResponse SandboxLeadRoutes::deleteNote(const SandboxCall& call)
{
    if (!m_data.remove(Notes, QStringLiteral("id"), call.id(QStringLiteral("noteId"))))
        return notFound(tr("note"), call.id(QStringLiteral("noteId")));
    return success();
}

SandboxResponse SandboxLeadRoutes::manualLogs(const SandboxCall& call)
{
    const QString kind = call.query.value(QStringLiteral("logType"));
    if (kind != QLatin1String("logCall") && kind != QLatin1String("logEmail")
        && kind != QLatin1String("logText"))
        return invalidParameter(tr("logType must be logCall, logEmail or logText."));
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!lead(leadId))
        return leadNotFound(leadId);
    QJsonArray result;
    for (const QJsonObject& item : m_data.where(ManualLogs, QStringLiteral("leadId"), leadId)) {
        if (item.value(QStringLiteral("kind")).toString() == kind)
            result.append(without(item, {QStringLiteral("kind")}));
    }
    return SandboxResponse::json(QJsonObject {{QStringLiteral("logType"), result}});
}

SandboxResponse SandboxLeadRoutes::addManualLog(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const qint64 leadId = body.value(QStringLiteral("leadId")).toInteger();
    if (!lead(leadId))
        return leadNotFound(leadId);
    const QString kind = body.value(QStringLiteral("logType")).toString(QStringLiteral("logCall"));
    QJsonObject record = m_data.prototype(ManualLogs);
    mergeKnownFields(&record, body, {QStringLiteral("id"), QStringLiteral("kind")});
    record.insert(QStringLiteral("id"), m_data.nextId());
    record.insert(QStringLiteral("leadId"), leadId);
    record.insert(QStringLiteral("kind"), kind);
    m_data.collection(ManualLogs).append(record);
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("logType"), without(record, {QStringLiteral("kind")})}});
}

SandboxResponse SandboxLeadRoutes::manualLog(const SandboxCall& call)
{
    const QJsonObject* item
        = m_data.find(ManualLogs, QStringLiteral("id"), call.id(QStringLiteral("logTypeId")));
    if (!item)
        return notFound(tr("manual log"), call.id(QStringLiteral("logTypeId")));
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("logType"), without(*item, {QStringLiteral("kind")})}});
}

SandboxResponse SandboxLeadRoutes::deleteManualLog(const SandboxCall& call)
{
    if (!m_data.remove(ManualLogs, QStringLiteral("id"), call.id(QStringLiteral("logTypeId"))))
        return notFound(tr("manual log"), call.id(QStringLiteral("logTypeId")));
    return success();
}
