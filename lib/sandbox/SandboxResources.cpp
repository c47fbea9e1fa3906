#include "sandbox/SandboxResources.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

enum class Shape { List, Get, Create, Update, Delete, Action, CodeAction, Special };

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxResources", text);
}

constexpr int DefaultLimit = 10;

} // namespace

struct SandboxResources::Rule
{
    const char* endpointId;
    Shape shape;
    const char* collection;
    const char* idField;
    const char* pathParam;
    const char* envelope; // list key ("" = bare array) or, for Create, the key of the new id
    int maximumLimit;
};

namespace {

using Rule = SandboxResources::Rule;

// clang-format off
const Rule Rules[] = {
    {"leads.list", Shape::List, "leads", "leadId", "", "leads", 100},
    {"leads.create", Shape::Create, "leads", "leadId", "", "leadId", 0},
    {"leads.get", Shape::Get, "leads", "leadId", "leadId", "", 0},
    {"leads.update", Shape::Update, "leads", "leadId", "leadId", "", 0},
    {"leads.delete", Shape::Delete, "leads", "leadId", "leadId", "", 0},
    {"leadActivities.timeline", Shape::List, "activities", "id", "", "activities", 1000},
    {"leadActivities.site", Shape::List, "activities", "id", "", "activities", 100},
    {"leadActivities.add", Shape::Create, "activities", "id", "", "id", 0},
    {"tasks.list", Shape::List, "tasks", "id", "", "tasks", 100},
    {"tasks.create", Shape::Create, "tasks", "id", "", "taskId", 0},
    {"tasks.myTasks", Shape::List, "tasks", "id", "", "tasks", 100},
    {"tasks.get", Shape::Get, "tasks", "id", "taskId", "", 0},
    {"tasks.update", Shape::Update, "tasks", "id", "taskId", "", 0},
    {"tasks.delete", Shape::Delete, "tasks", "id", "taskId", "", 0},
    {"tasksV1.list", Shape::List, "tasks", "id", "", "taskList", 100},
    {"tasksV1.create", Shape::Create, "tasks", "id", "", "taskId", 0},
    {"tasksV1.get", Shape::Get, "tasks", "id", "taskId", "", 0},
    {"tasksV1.update", Shape::Update, "tasks", "id", "taskId", "", 0},
    {"tasksV1.delete", Shape::Delete, "tasks", "id", "taskId", "", 0},
    {"calendar.update", Shape::Action, "", "", "", "", 0},
    {"calendar.delete", Shape::Action, "", "", "", "", 0},
    {"calendar.finish", Shape::Action, "", "", "", "", 0},
    {"calendar.unfinish", Shape::Action, "", "", "", "", 0},
    {"appointmentsV1.list", Shape::List, "tasks", "id", "", "", 100},
    {"notes.list", Shape::List, "notes", "id", "", "notes", 100},
    {"calls.history", Shape::List, "calls", "id", "", "calls", 1000},
    {"calls.historyV2", Shape::List, "calls", "id", "", "calls", 1000},
    {"calls.list", Shape::List, "calls", "id", "", "calls", 100},
    {"texts.list", Shape::List, "texts", "communicationId", "", "texts", 1000},
    {"texts.get", Shape::Get, "texts", "communicationId", "communicationId", "", 0},
    {"emails.list", Shape::List, "emails", "id", "", "emails", 1000},
    {"manualLogs.add", Shape::Create, "manualLogs", "id", "", "id", 0},
    {"manualLogs.list", Shape::List, "manualLogs", "id", "", "manualLogs", 1000},
    {"transactions.ofLead", Shape::List, "transactions", "transactionId", "", "", 100},
    {"transactions.get", Shape::Get, "transactions", "transactionId", "transactionId", "", 0},
    {"transactions.customFields", Shape::List, "customFields", "id", "", "", 100},
    {"transactions.updatePropertyAddress", Shape::CodeAction, "", "", "", "", 0},
    {"transactions.brokermintSync", Shape::CodeAction, "", "", "", "", 0},
    {"members.list", Shape::List, "members", "id", "", "members", 100},
    {"users.get", Shape::Get, "members", "memberUserId", "userId", "", 0},
    {"org.addOffice", Shape::CodeAction, "", "", "", "", 0},
    {"org.updateOffice", Shape::CodeAction, "", "", "", "", 0},
    {"org.addCompany", Shape::CodeAction, "", "", "", "", 0},
    {"leadPonds.list", Shape::List, "leadPonds", "id", "", "leadPonds", 100},
    {"leadPonds.get", Shape::Get, "leadPonds", "id", "id", "", 0},
    {"workingLeads.add", Shape::Action, "", "", "", "", 0},
    {"workingLeads.mute", Shape::Action, "", "", "", "", 0},
    {"salesAgents.updateSettings", Shape::Action, "", "", "", "", 0},
    {"planTasks.ofLead", Shape::List, "tasks", "id", "", "planTasks", 100},
    {"webhooks.create", Shape::Create, "webhooks", "subscribeId", "", "subscribeId", 0},
    {"webhooks.list", Shape::List, "webhooks", "subscribeId", "", "webhooks", 100},
    {"webhooks.delete", Shape::Delete, "webhooks", "subscribeId", "subscribeId", "", 0},
};
// clang-format on

const Rule* ruleFor(const QString& endpointId)
{
    for (const Rule& rule : Rules) {
        if (endpointId == QLatin1String(rule.endpointId))
            return &rule;
    }
    return nullptr;
}

QJsonArray toArray(const QList<QJsonObject>& items)
{
    QJsonArray array;
    for (const QJsonObject& item : items)
        array.append(item);
    return array;
}

QJsonObject success(const QJsonValue& data = QJsonValue())
{
    QJsonObject body {{QStringLiteral("code"), 0}, {QStringLiteral("message"), QStringLiteral("success")}};
    if (!data.isUndefined() && !data.isNull())
        body.insert(QStringLiteral("data"), data);
    return body;
}

} // namespace

SandboxResources::SandboxResources(SandboxData& data)
    : m_data(data)
{ }

SandboxResponse SandboxResources::error(int status, const QJsonValue& code, const QString& message)
{
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}, status);
}

SandboxResponse SandboxResources::answer(const Call& call)
{
    if (const Rule* rule = ruleFor(call.endpoint->id))
        return answerByRule(*rule, call);
    return special(call);
}

SandboxResponse SandboxResources::answerByRule(const Rule& rule, const Call& call)
{
    switch (rule.shape) {
    case Shape::List:
        return list(rule, call);
    case Shape::Get:
        return get(rule, call);
    case Shape::Create:
        return create(rule, call);
    case Shape::Update:
        return update(rule, call);
    case Shape::Delete:
        return remove(rule, call);
    case Shape::Action:
        return SandboxResponse::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("success")}});
    case Shape::CodeAction:
        return SandboxResponse::json(success(QJsonObject {{QStringLiteral("id"), m_data.nextId()}}));
    case Shape::Special:
        break;
    }
    return special(call);
}

QList<QJsonObject> SandboxResources::filtered(const QString& collection, const Call& call)
{
    const QString leadId
        = call.pathValues.value(QStringLiteral("leadId"), call.query.value(QStringLiteral("leadId")));
    const QString stage = call.query.value(QStringLiteral("stage"));
    const QString source = call.query.value(QStringLiteral("source"));
    const QString key = call.query.value(QStringLiteral("key"));
    QList<QJsonObject> result;
    for (const QJsonObject& item : m_data.collection(collection)) {
        if (!leadId.isEmpty() && item.contains(QStringLiteral("leadId"))
            && item.value(QStringLiteral("leadId")).toInteger() != leadId.toLongLong())
            continue;
        if (!stage.isEmpty() && item.value(QStringLiteral("stage")).toString() != stage)
            continue;
        if (!source.isEmpty() && item.value(QStringLiteral("source")).toString() != source)
            continue;
        if (!key.isEmpty()
            && !QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact))
                    .contains(key, Qt::CaseInsensitive))
            continue;
        result.append(item);
    }
    return result;
}

SandboxResponse SandboxResources::list(const Rule& rule, const Call& call)
{
    int offset = 0;
    int limit = DefaultLimit;
    SandboxResponse failure;
    if (!readPage(call, rule.maximumLimit, &offset, &limit, &failure))
        return failure;
    const QList<QJsonObject> items = filtered(QString::fromLatin1(rule.collection), call);
    const QJsonArray page = toArray(items.mid(offset, limit));
    if (!*rule.envelope)
        return SandboxResponse::json(page);
    QJsonObject metadata {{QStringLiteral("collection"), QString::fromLatin1(rule.collection)},
        {QStringLiteral("offset"), offset}, {QStringLiteral("limit"), limit},
        {QStringLiteral("total"), int(items.size())}};
    if (call.endpoint->id == QLatin1String("leads.list") && offset + limit < items.size())
        metadata.insert(QStringLiteral("scrollId"), QStringLiteral("sbx-scroll-%1").arg(offset + limit));
    return SandboxResponse::json(
        QJsonObject {{QString::fromLatin1(rule.envelope), page}, {QStringLiteral("_metadata"), metadata}});
}

SandboxResponse SandboxResources::get(const Rule& rule, const Call& call)
{
    qint64 id = 0;
    SandboxResponse failure;
    if (!readId(call, QString::fromLatin1(rule.pathParam), &id, &failure))
        return failure;
    const QJsonObject* item
        = m_data.find(QString::fromLatin1(rule.collection), QString::fromLatin1(rule.idField), id);
    if (!item)
        return error(404,
            rule.collection == QByteArray("leads") ? QStringLiteral("LEAD_NOT_EXIST")
                                                   : QStringLiteral("NOT_FOUND"),
            tr("No record with id %1.").arg(id));
    return SandboxResponse::json(*item);
}

SandboxResponse SandboxResources::create(const Rule& rule, const Call& call)
{
    QJsonObject body;
    SandboxResponse failure;
    if (!readBody(call, &body, &failure))
        return failure;
    const qint64 id = m_data.nextId();
    body.insert(QString::fromLatin1(rule.idField), id);
    const QString leadId = call.pathValues.value(QStringLiteral("leadId"));
    if (!leadId.isEmpty())
        body.insert(QStringLiteral("leadId"), leadId.toLongLong());
    m_data.collection(QString::fromLatin1(rule.collection)).append(body);
    return SandboxResponse::json(QJsonObject {{QString::fromLatin1(rule.envelope), id}});
}

SandboxResponse SandboxResources::update(const Rule& rule, const Call& call)
{
    qint64 id = 0;
    QJsonObject body;
    SandboxResponse failure;
    if (!readId(call, QString::fromLatin1(rule.pathParam), &id, &failure) || !readBody(call, &body, &failure))
        return failure;
    QJsonObject* item
        = m_data.find(QString::fromLatin1(rule.collection), QString::fromLatin1(rule.idField), id);
    if (!item)
        return error(404, QStringLiteral("NOT_FOUND"), tr("No record with id %1.").arg(id));
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String(rule.idField))
            item->insert(it.key(), it.value());
    }
    return SandboxResponse::json(*item);
}

SandboxResponse SandboxResources::remove(const Rule& rule, const Call& call)
{
    qint64 id = 0;
    SandboxResponse failure;
    if (!readId(call, QString::fromLatin1(rule.pathParam), &id, &failure))
        return failure;
    if (!m_data.remove(QString::fromLatin1(rule.collection), QString::fromLatin1(rule.idField), id))
        return error(404, QStringLiteral("NOT_FOUND"), tr("No record with id %1.").arg(id));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("success")}});
}

SandboxResponse SandboxResources::special(const Call& call)
{
    const QString& id = call.endpoint->id;
    if (id == QLatin1String("me.get"))
        return SandboxResponse::json(m_data.memberOf(call.accountId));
    if (id == QLatin1String("org.get"))
        return SandboxResponse::json(success(m_data.organization()));
    if (id == QLatin1String("transactions.list")) {
        const int pageNum = qMax(0, call.query.value(QStringLiteral("pageNum")).toInt());
        const int pageSize
            = qBound(1, call.query.value(QStringLiteral("pageSize"), QStringLiteral("10")).toInt(), 100);
        const QList<QJsonObject> items = filtered(QStringLiteral("transactions"), call);
        return SandboxResponse::json(QJsonObject {{QStringLiteral("pageNum"), pageNum},
            {QStringLiteral("pageSize"), pageSize}, {QStringLiteral("totalCount"), int(items.size())},
            {QStringLiteral("pageData"), toArray(items.mid(pageNum * pageSize, pageSize))}});
    }
    if (id == QLatin1String("calendar.list")) {
        const int page = qMax(0, call.query.value(QStringLiteral("page")).toInt());
        const int pageSize
            = qBound(1, call.query.value(QStringLiteral("pageSize"), QStringLiteral("20")).toInt(), 500);
        const QList<QJsonObject> items = filtered(QStringLiteral("tasks"), call);
        return SandboxResponse::json(QJsonObject {{QStringLiteral("data"),
            QJsonObject {{QStringLiteral("total"), int(items.size())}, {QStringLiteral("page"), page},
                {QStringLiteral("pageSize"), pageSize},
                {QStringLiteral("items"), toArray(items.mid(page * pageSize, pageSize))}}}});
    }
    if (id == QLatin1String("workingLeads.list")) {
        const QList<QJsonObject> items = m_data.collection(QStringLiteral("workingLeads"));
        return SandboxResponse::json(QJsonObject {{QStringLiteral("workingLeads"), toArray(items)},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("total"), int(items.size())},
                    {QStringLiteral("count"), int(items.size())}, {QStringLiteral("offset"), 0},
                    {QStringLiteral("limit"), 100}}}});
    }
    if (id == QLatin1String("leads.assign"))
        return SandboxResponse::json(QJsonObject {
            {QStringLiteral("leadId"), call.pathValues.value(QStringLiteral("leadId")).toLongLong()}});
    if (id == QLatin1String("calendar.create") || id == QLatin1String("tasks.finish")
        || id == QLatin1String("tasks.unfinish")) {
        if (id == QLatin1String("calendar.create"))
            return SandboxResponse::json(
                QJsonObject {{QStringLiteral("id"), QStringLiteral("%1-task").arg(m_data.nextId())}});
        qint64 taskId = 0;
        SandboxResponse failure;
        if (!readId(call, QStringLiteral("taskId"), &taskId, &failure))
            return failure;
        QJsonObject* task = m_data.find(QStringLiteral("tasks"), QStringLiteral("id"), taskId);
        if (!task)
            return error(404, QStringLiteral("NOT_FOUND"), tr("No task with id %1.").arg(taskId));
        task->insert(QStringLiteral("finished"), id == QLatin1String("tasks.finish"));
        return SandboxResponse::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("success")}});
    }
    if (id == QLatin1String("agents.create"))
        return SandboxResponse::json(
            QJsonObject {{QStringLiteral("data"), QJsonObject {{QStringLiteral("id"), m_data.nextId()}}},
                {QStringLiteral("errorCode"), 0}, {QStringLiteral("errorMsg"), QString()}});
    if (id == QLatin1String("opportunities.notify"))
        return SandboxResponse::json(
            QJsonObject {{QStringLiteral("status"),
                             QJsonObject {{QStringLiteral("code"), 0},
                                 {QStringLiteral("msg"), QStringLiteral("success")}}},
                {QStringLiteral("data"), true}});
    if (id.startsWith(QLatin1String("messaging.")))
        return SandboxResponse::json(QJsonObject {{QStringLiteral("messageId"), m_data.nextId()}});
    if (id == QLatin1String("listings.search"))
        return SandboxResponse::json(QJsonObject {{QStringLiteral("listing"),
            QJsonArray {QJsonObject {{QStringLiteral("listingId"), m_data.IdBase + 60000},
                {QStringLiteral("address"), QStringLiteral("1 Sandbox Way")},
                {QStringLiteral("price"), 525000}}}}});
    if (call.endpoint->method == QLatin1String("GET"))
        return SandboxResponse::json(success(
            QJsonObject {{QStringLiteral("id"), m_data.IdBase + 70000}, {QStringLiteral("endpoint"), id}}));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("success")}});
}

bool SandboxResources::readPage(
    const Call& call, int maximumLimit, int* offset, int* limit, SandboxResponse* failure)
{
    bool offsetOk = true;
    bool limitOk = true;
    if (call.query.contains(QStringLiteral("offset")))
        *offset = call.query.value(QStringLiteral("offset")).toInt(&offsetOk);
    if (call.query.contains(QStringLiteral("limit")))
        *limit = call.query.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!offsetOk || *offset < 0) {
        *failure = error(
            400, QStringLiteral("INVALID_PARAMETER"), tr("offset must be a whole number of at least 0."));
        return false;
    }
    if (!limitOk || *limit < 1 || *limit > maximumLimit) {
        *failure = error(
            400, QStringLiteral("LIMIT_NOT_VALID"), tr("limit must be from 1 to %1.").arg(maximumLimit));
        return false;
    }
    return true;
}

bool SandboxResources::readBody(const Call& call, QJsonObject* body, SandboxResponse* failure)
{
    if (call.body.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *failure = error(400, QStringLiteral("INVALID_PARAMETER"),
            tr("The request body is not a JSON object: %1").arg(parseError.errorString()));
        return false;
    }
    *body = document.object();
    return true;
}

bool SandboxResources::readId(const Call& call, const QString& param, qint64* id, SandboxResponse* failure)
{
    bool ok = false;
    *id = call.pathValues.value(param).toLongLong(&ok);
    if (!ok) {
        *failure = error(
            400, QStringLiteral("INVALID_PARAMETER"), tr("%1 must be a 64-bit integer id.").arg(param));
        return false;
    }
    return true;
}
