#include "sandbox/SandboxTaskRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxTaskRoutes", text);
}

const QString Tasks = QStringLiteral("tasks");
const QString Appointments = QStringLiteral("appointments");
constexpr qint64 HourMs = 3600000LL;

} // namespace

SandboxTaskRoutes::SandboxTaskRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxTaskRoutes::addTo(SandboxRouteTable& table)
{
    const QStringList leadId {QStringLiteral("leadId")};
    table.add(
        "GET", "/v1.0/tasks", [this](const SandboxCall& c) { return list(c, Version::V1); }, leadId);
    table.add(
        "GET", "/v2.0/tasks", [this](const SandboxCall& c) { return list(c, Version::V2); }, leadId);
    table.add("GET", "/v2.0/tasks/my-tasks", [this](const SandboxCall& c) { return myTasks(c); });
    table.add("POST", "/v1.0/tasks", [this](const SandboxCall& c) { return create(c); }, {},
        {QStringLiteral("assignedRole"), QStringLiteral("content"), QStringLiteral("deadline"),
            QStringLiteral("leadId"), QStringLiteral("type")});
    table.add("POST", "/v2.0/tasks", [this](const SandboxCall& c) { return create(c); }, {},
        {QStringLiteral("type")});
    table.add("GET", "/v1.0/tasks/{taskId}", [this](const SandboxCall& c) { return get(c, Version::V1); });
    table.add("GET", "/v2.0/tasks/{taskId}", [this](const SandboxCall& c) { return get(c, Version::V2); });
    for (const char* path : {"/v1.0/tasks/{taskId}", "/v2.0/tasks/{taskId}"}) {
        table.add("PUT", path, [this](const SandboxCall& c) { return update(c); });
        table.add("DELETE", path, [this](const SandboxCall& c) { return remove(c); });
    }
    table.add(
        "POST", "/v2.0/tasks/{taskId}/finish", [this](const SandboxCall& c) { return finish(c, true); });
    table.add(
        "POST", "/v2.0/tasks/{taskId}/unfinish", [this](const SandboxCall& c) { return finish(c, false); });
    table.add(
        "GET", "/v1.0/appts", [this](const SandboxCall& c) { return appointments(c); }, leadId);
    table.add("GET", "/v2.0/calendar", [this](const SandboxCall& c) { return calendar(c); });
    table.add("POST", "/v2.0/calendar", [this](const SandboxCall& c) { return createCalendar(c); }, {},
        {QStringLiteral("content"), QStringLiteral("leadId"), QStringLiteral("timeZoneCode"),
            QStringLiteral("type")});
    table.add(
        "PUT", "/v2.0/calendar/{calendarId}", [this](const SandboxCall& c) { return updateCalendar(c); });
    table.add(
        "DELETE", "/v2.0/calendar/{calendarId}", [this](const SandboxCall& c) { return deleteCalendar(c); });
    table.add("POST", "/v2.0/calendar/{calendarId}/finish",
        [this](const SandboxCall& c) { return finishCalendar(c, true); });
    table.add("POST", "/v2.0/calendar/{calendarId}/unfinish",
        [this](const SandboxCall& c) { return finishCalendar(c, false); });
    table.add("GET", "/v2.0/calendar/meetings/available",
        [this](const SandboxCall& c) { return availableMeetings(c); });
}

QJsonObject SandboxTaskRoutes::view(const QJsonObject& task, Version version)
{
    if (version == Version::V1)
        return without(task, {QStringLiteral("startAt"), QStringLiteral("endAt")});
    return without(task, {QStringLiteral("deadline"), QStringLiteral("deleteFlag")});
}

SandboxResponse SandboxTaskRoutes::list(const SandboxCall& call, Version version)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    QJsonArray items;
    for (const QJsonObject& task : m_data.where(Tasks, QStringLiteral("leadId"), leadId))
        items.append(view(task, version));
    return SandboxResponse::json(
        QJsonObject {{version == Version::V1 ? QStringLiteral("taskList") : Tasks, items}});
}

SandboxResponse SandboxTaskRoutes::myTasks(const SandboxCall& call)
{
    const qint64 me = m_data.memberUserIdOf(call.accountId);
    QJsonArray items;
    for (const QJsonObject& task : m_data.where(Tasks, QStringLiteral("assignedUserId"), me))
        items.append(view(task, Version::V2));
    return SandboxResponse::json(QJsonObject {{Tasks, items}});
}

SandboxResponse SandboxTaskRoutes::create(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const qint64 leadId = body.value(QStringLiteral("leadId")).toInteger();
    if (body.contains(QStringLiteral("leadId"))
        && !m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    QJsonObject task = m_data.prototype(Tasks);
    mergeKnownFields(&task, body, {QStringLiteral("id"), QStringLiteral("teamId")});
    const qint64 id = m_data.nextId();
    task.insert(QStringLiteral("id"), id);
    task.insert(QStringLiteral("leadId"), leadId);
    task.insert(QStringLiteral("finishFlag"), false);
    task.insert(QStringLiteral("assignedUserId"), m_data.memberUserIdOf(call.accountId));
    m_data.collection(Tasks).append(task);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("taskId"), id}});
}

SandboxResponse SandboxTaskRoutes::get(const SandboxCall& call, Version version)
{
    const QJsonObject* task = m_data.find(Tasks, QStringLiteral("id"), call.id(QStringLiteral("taskId")));
    if (!task)
        return notFound(tr("task"), call.id(QStringLiteral("taskId")));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("task"), view(*task, version)}});
}

SandboxResponse SandboxTaskRoutes::update(const SandboxCall& call)
{
    QJsonObject* task = m_data.find(Tasks, QStringLiteral("id"), call.id(QStringLiteral("taskId")));
    if (!task)
        return notFound(tr("task"), call.id(QStringLiteral("taskId")));
    mergeKnownFields(
        task, call.bodyObject(), {QStringLiteral("id"), QStringLiteral("leadId"), QStringLiteral("teamId")});
    return success();
}

SandboxResponse SandboxTaskRoutes::remove(const SandboxCall& call)
{
    if (!m_data.remove(Tasks, QStringLiteral("id"), call.id(QStringLiteral("taskId"))))
        return notFound(tr("task"), call.id(QStringLiteral("taskId")));
    return success();
}

SandboxResponse SandboxTaskRoutes::finish(const SandboxCall& call, bool finished)
{
    QJsonObject* task = m_data.find(Tasks, QStringLiteral("id"), call.id(QStringLiteral("taskId")));
    if (!task)
        return notFound(tr("task"), call.id(QStringLiteral("taskId")));
    task->insert(QStringLiteral("finishFlag"), finished);
    return success();
}

SandboxResponse SandboxTaskRoutes::appointments(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    return SandboxResponse::json(toArray(m_data.where(Appointments, QStringLiteral("leadId"), leadId)));
}

QJsonObject SandboxTaskRoutes::calendarItem(const QJsonObject& appointment)
{
    const qint64 start = appointment.value(QStringLiteral("deadline")).toInteger();
    const qint64 end = appointment.value(QStringLiteral("endTime")).toInteger();
    return QJsonObject {
        {QStringLiteral("id"), QString::number(appointment.value(QStringLiteral("id")).toInteger())},
        {QStringLiteral("type"), QStringLiteral("APPOINTMENT")}, {QStringLiteral("sourceType"), 1},
        {QStringLiteral("title"), appointment.value(QStringLiteral("descr"))},
        {QStringLiteral("content"), appointment.value(QStringLiteral("address"))},
        {QStringLiteral("finished"), appointment.value(QStringLiteral("finishFlag"))},
        {QStringLiteral("startAt"), isoTime(start)}, {QStringLiteral("endAt"), isoTime(end)},
        {QStringLiteral("startAtMs"), start}, {QStringLiteral("endAtMs"), end},
        {QStringLiteral("timeZoneCode"), QStringLiteral("UTC")},
        {QStringLiteral("leadId"), appointment.value(QStringLiteral("leadId"))}};
}

QJsonObject* SandboxTaskRoutes::appointment(const SandboxCall& call)
{
    return m_data.find(
        Appointments, QStringLiteral("id"), call.path.value(QStringLiteral("calendarId")).toLongLong());
}

SandboxResponse SandboxTaskRoutes::calendar(const SandboxCall& call)
{
    bool pageOk = true;
    bool sizeOk = true;
    const int page = call.queryInt(QStringLiteral("page"), 1, &pageOk);
    const int pageSize = call.queryInt(QStringLiteral("pageSize"), 20, &sizeOk);
    if (!pageOk || !sizeOk || page < 1 || pageSize < 1 || pageSize > 100)
        return invalidParameter(tr("page must be 1 or more and pageSize from 1 to 100."));
    const QList<QJsonObject> all = m_data.collection(Appointments);
    QJsonArray items;
    for (const QJsonObject& appointment : all.mid((page - 1) * pageSize, pageSize))
        items.append(calendarItem(appointment));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("data"),
        QJsonObject {{QStringLiteral("total"), int(all.size())}, {QStringLiteral("page"), page},
            {QStringLiteral("pageSize"), pageSize}, {QStringLiteral("items"), items}}}});
}

SandboxResponse SandboxTaskRoutes::createCalendar(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const QString title = body.value(QStringLiteral("content")).toString();
    const qint64 leadId = body.value(QStringLiteral("leadId")).toInteger();
    if (!m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    QJsonObject record = m_data.prototype(Appointments);
    const qint64 id = m_data.nextId();
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("descr"), title);
    record.insert(QStringLiteral("leadId"), leadId);
    if (body.contains(QStringLiteral("startAtMs")))
        record.insert(QStringLiteral("deadline"), body.value(QStringLiteral("startAtMs")).toInteger());
    record.insert(QStringLiteral("finishFlag"), false);
    m_data.collection(Appointments).append(record);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("data"),
        QJsonObject {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("type"), QStringLiteral("APPOINTMENT")},
            {QStringLiteral("message"), QStringLiteral("success")}}}});
}

SandboxResponse SandboxTaskRoutes::updateCalendar(const SandboxCall& call)
{
    QJsonObject* record = appointment(call);
    if (!record)
        return invalidParameter(
            tr("no calendar event with id %1.").arg(call.path.value(QStringLiteral("calendarId"))));
    const QJsonObject body = call.bodyObject();
    if (body.contains(QStringLiteral("content")))
        record->insert(QStringLiteral("descr"), body.value(QStringLiteral("content")).toString());
    if (body.contains(QStringLiteral("startAtMs")))
        record->insert(QStringLiteral("deadline"), body.value(QStringLiteral("startAtMs")).toInteger());
    return success();
}

SandboxResponse SandboxTaskRoutes::deleteCalendar(const SandboxCall& call)
{
    if (!m_data.remove(
            Appointments, QStringLiteral("id"), call.path.value(QStringLiteral("calendarId")).toLongLong()))
        return invalidParameter(
            tr("no calendar event with id %1.").arg(call.path.value(QStringLiteral("calendarId"))));
    return success();
}

SandboxResponse SandboxTaskRoutes::finishCalendar(const SandboxCall& call, bool finished)
{
    QJsonObject* record = appointment(call);
    if (!record)
        return invalidParameter(
            tr("no calendar event with id %1.").arg(call.path.value(QStringLiteral("calendarId"))));
    record->insert(QStringLiteral("finishFlag"), finished);
    return success();
}

// Free slots: the next working day's 9:00-17:00 hours not taken by an appointment.
SandboxResponse SandboxTaskRoutes::availableMeetings(const SandboxCall&)
{
    QJsonArray freeSlots;
    const qint64 day = SandboxData::SeedEpochMs + 86400000LL;
    for (int hour = 9; hour < 17; ++hour) {
        const qint64 start = day + hour * HourMs;
        bool taken = false;
        for (const QJsonObject& item : std::as_const(m_data.collection(Appointments)))
            taken = taken || item.value(QStringLiteral("deadline")).toInteger() == start;
        if (!taken)
            freeSlots.append(QJsonObject {{QStringLiteral("startTime"), isoTime(start)},
                {QStringLiteral("endTime"), isoTime(start + HourMs)}, {QStringLiteral("startTimeMs"), start},
                {QStringLiteral("endTimeMs"), start + HourMs}});
    }
    return SandboxResponse::json(QJsonObject {{QStringLiteral("data"),
        QJsonObject {
            {QStringLiteral("total"), int(freeSlots.size())}, {QStringLiteral("slots"), freeSlots}}}});
}
