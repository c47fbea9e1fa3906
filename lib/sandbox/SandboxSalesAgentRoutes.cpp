#include "sandbox/SandboxSalesAgentRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxSalesAgentRoutes", text);
}

const QString WorkingLeads = QStringLiteral("workingLeads");
const QString PlanTasks = QStringLiteral("planTasks");
const QString Summaries = QStringLiteral("callSummaries");
const QString Analyses = QStringLiteral("leadAnalyses");
const QString Outbox = QStringLiteral("agentNotifications");
constexpr int Quota = 500;

} // namespace

SandboxSalesAgentRoutes::SandboxSalesAgentRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxSalesAgentRoutes::addTo(SandboxRouteTable& table)
{
    const QStringList leadId {QStringLiteral("leadId")};
    const QStringList leadIds {QStringLiteral("leadIds")};
    table.add("GET", "/v2.0/working-leads", [this](const SandboxCall& c) { return workingLeads(c); });
    table.add(
        "POST", "/v2.0/working-leads/add", [this](const SandboxCall& c) { return addWorkingLeads(c); }, {},
        leadIds);
    table.add("GET", "/v2.0/sales-agents/working-lead/{leadId}",
        [this](const SandboxCall& c) { return workingLead(c); });
    table.add("PUT", "/v2.0/sales-agents/working-lead/{leadId}/mute",
        [this](const SandboxCall& c) { return mute(c); });
    table.add(
        "GET", "/v2.0/sales-agent/lead/mute-status", [this](const SandboxCall& c) { return muteStatus(c); },
        leadId);
    table.add("GET", "/v2.0/plan-tasks/lead/{leadId}", [this](const SandboxCall& c) { return planTasks(c); });
    table.add(
        "POST", "/v2.0/plan-tasks/create", [this](const SandboxCall& c) { return createPlanTasks(c); }, {},
        leadIds);
    table.add("GET", "/v2.0/sales-agents/current", [this](const SandboxCall& c) { return salesAgent(c); });
    table.add(
        "GET", "/v2.0/sales-agents/by-lead", [this](const SandboxCall& c) { return salesAgent(c); }, leadId);
    table.add("GET", "/v2.0/sales-agents/quota", [this](const SandboxCall& c) { return quota(c); });
    table.add("GET", "/v2.0/sales-agent/settings", [this](const SandboxCall& c) { return settings(c); });
    table.add("PUT", "/v2.0/sales-agent/settings", [this](const SandboxCall& c) { return saveSettings(c); });
    table.add("POST", "/v2.0/ai/call-summary/generate",
        [this](const SandboxCall& c) { return generateCallSummary(c); }, {},
        {QStringLiteral("callRecordId"), QStringLiteral("leadId")});
    table.add("GET", "/v2.0/ai/call-summary", [this](const SandboxCall& c) { return callSummary(c); },
        {QStringLiteral("callRecordId")});
    table.add("POST", "/v2.0/ai/call-script", [this](const SandboxCall& c) { return callScript(c); }, {},
        {QStringLiteral("leadId"), QStringLiteral("taskId")});
    table.add("POST", "/v2.0/ai/prepare-insight", [this](const SandboxCall& c) { return prepareInsight(c); },
        {}, {QStringLiteral("appointmentId"), QStringLiteral("leadId")});
    table.add(
        "POST", "/v2.0/ai/lead-analysis", [this](const SandboxCall& c) { return createLeadAnalysis(c); }, {},
        leadIds);
    table.add("GET", "/v2.0/ai/lead-analysis", [this](const SandboxCall& c) { return leadAnalyses(c); });
    table.add("POST", "/v2.0/sales-agent/notification/app-push/send-task-reminder",
        [this](const SandboxCall& c) { return notifyAgent(c, QStringLiteral("APP_PUSH")); }, {},
        {QStringLiteral("taskId"), QStringLiteral("type")});
    table.add("POST", "/v2.0/sales-agent/message/sms/send-to-agent",
        [this](const SandboxCall& c) { return notifyAgent(c, QStringLiteral("SMS")); }, {},
        {QStringLiteral("content")});
    table.add("POST", "/v2.0/sales-agent/message/email/send-to-agent",
        [this](const SandboxCall& c) { return notifyAgent(c, QStringLiteral("EMAIL")); }, {},
        {QStringLiteral("content"), QStringLiteral("subject")});
    table.add("POST", "/v2.0/sales-agent/ai-number/send-sms-to-agent",
        [this](const SandboxCall& c) { return notifyAgent(c, QStringLiteral("AI_NUMBER_SMS")); }, {},
        {QStringLiteral("content")});
}

QJsonObject* SandboxSalesAgentRoutes::lead(qint64 leadId)
{
    return m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId);
}

QJsonObject* SandboxSalesAgentRoutes::workingLeadOf(qint64 leadId)
{
    return m_data.find(WorkingLeads, QStringLiteral("leadId"), leadId);
}

SandboxResponse SandboxSalesAgentRoutes::workingLeads(const SandboxCall& call)
{
    bool offsetOk = true;
    bool limitOk = true;
    const int offset = call.queryInt(QStringLiteral("offset"), 0, &offsetOk);
    const int limit = call.queryInt(QStringLiteral("limit"), 20, &limitOk);
    if (!offsetOk || !limitOk || offset < 0 || limit < 1 || limit > 100)
        return error(
            400, LimitNotValid, tr("LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100."));
    const QList<QJsonObject>& all = m_data.collection(WorkingLeads);
    QJsonArray page;
    for (const QJsonObject& item : all.mid(offset, limit))
        page.append(without(item, {QStringLiteral("muted")}));
    return SandboxResponse::json(QJsonObject {{WorkingLeads, page},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("total"), int(all.size())},
                {QStringLiteral("count"), int(page.size())}, {QStringLiteral("offset"), offset},
                {QStringLiteral("limit"), limit}}}});
}

SandboxResponse SandboxSalesAgentRoutes::addWorkingLeads(const SandboxCall& call)
{
    const QJsonArray ids = call.bodyObject().value(QStringLiteral("leadIds")).toArray();
    if (ids.isEmpty())
        return invalidParameter(tr("leadIds must list at least one lead id."));
    for (const QJsonValue& id : ids) {
        if (!lead(id.toInteger()))
            return leadNotFound(id.toInteger());
    }
    for (const QJsonValue& id : ids) {
        if (workingLeadOf(id.toInteger()))
            continue;
        const QJsonObject* record = lead(id.toInteger());
        m_data.collection(WorkingLeads)
            .append({{QStringLiteral("leadId"), id.toInteger()},
                {QStringLiteral("firstName"), record->value(QStringLiteral("firstName"))},
                {QStringLiteral("lastName"), record->value(QStringLiteral("lastName"))},
                {QStringLiteral("email"), record->value(QStringLiteral("emails")).toArray().at(0).toString()},
                {QStringLiteral("phone"), record->value(QStringLiteral("phones")).toArray().at(0).toString()},
                {QStringLiteral("createdAt"), isoTime(SandboxData::SeedEpochMs)},
                {QStringLiteral("muted"), false}});
    }
    return success();
}

SandboxResponse SandboxSalesAgentRoutes::workingLead(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    const QJsonObject* record = workingLeadOf(leadId);
    if (!record)
        return invalidParameter(tr("lead %1 is not a working lead of the sales agent.").arg(leadId));
    return SandboxResponse::json(without(*record, {QStringLiteral("muted")}));
}

SandboxResponse SandboxSalesAgentRoutes::mute(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    QJsonObject* record = workingLeadOf(leadId);
    if (!record)
        return invalidParameter(tr("lead %1 is not a working lead of the sales agent.").arg(leadId));
    record->insert(QStringLiteral("muted"), true);
    return success();
}

SandboxResponse SandboxSalesAgentRoutes::muteStatus(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!lead(leadId))
        return leadNotFound(leadId);
    const QJsonObject* record = workingLeadOf(leadId);
    const bool muted = record && record->value(QStringLiteral("muted")).toBool();
    return SandboxResponse::json(QJsonObject {{QStringLiteral("data"),
        QJsonObject {
            {QStringLiteral("mute"), muted ? QStringLiteral("MUTED") : QStringLiteral("UNMUTED")}}}});
}

SandboxResponse SandboxSalesAgentRoutes::planTasks(const SandboxCall& call)
{
    const qint64 leadId = call.id(QStringLiteral("leadId"));
    if (!lead(leadId))
        return leadNotFound(leadId);
    QJsonArray result;
    for (const QJsonObject& item : m_data.where(PlanTasks, QStringLiteral("leadId"), leadId))
        result.append(without(item, {QStringLiteral("leadId")}));
    return SandboxResponse::json(result);
}

SandboxResponse SandboxSalesAgentRoutes::createPlanTasks(const SandboxCall& call)
{
    const QJsonArray ids = call.bodyObject().value(QStringLiteral("leadIds")).toArray();
    QJsonArray created;
    for (const QJsonValue& id : ids) {
        if (!workingLeadOf(id.toInteger()))
            return invalidParameter(
                tr("lead %1 is not a working lead of the sales agent.").arg(id.toInteger()));
    }
    for (const QJsonValue& id : ids) {
        QJsonObject task = m_data.prototype(PlanTasks);
        task.insert(QStringLiteral("id"), m_data.nextId());
        task.insert(QStringLiteral("leadId"), id.toInteger());
        m_data.collection(PlanTasks).append(task);
        created.append(task.value(QStringLiteral("id")));
    }
    return codeMessage(QJsonObject {{QStringLiteral("planTaskIds"), created}});
}

QJsonObject SandboxSalesAgentRoutes::agentProfile(const QString& accountId) const
{
    const QJsonObject member = m_data.memberOf(accountId);
    return QJsonObject {{QStringLiteral("id"), SandboxData::IdBase + 70000},
        {QStringLiteral("userId"), member.value(QStringLiteral("memberUserId"))},
        {QStringLiteral("agentName"),
            member.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
                + member.value(QStringLiteral("lastName")).toString()},
        {QStringLiteral("assistantName"), QStringLiteral("Sandy")},
        {QStringLiteral("virtualNumber"), QStringLiteral("+15553000000")},
        {QStringLiteral("virtualNumberCountry"), QStringLiteral("US")},
        {QStringLiteral("followUpRole"), QStringLiteral("AGENT")},
        {QStringLiteral("agentExperience"), QStringLiteral("5+ years")},
        {QStringLiteral("email"), member.value(QStringLiteral("email"))},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("createdAt"), isoTime(SandboxData::SeedEpochMs)},
        {QStringLiteral("updatedAt"), isoTime(SandboxData::SeedEpochMs)},
        {QStringLiteral("hasQuotaSeat"), true}};
}

SandboxResponse SandboxSalesAgentRoutes::salesAgent(const SandboxCall& call)
{
    if (call.query.contains(QStringLiteral("leadId"))) {
        const qint64 leadId = call.id(QStringLiteral("leadId"));
        if (!lead(leadId))
            return leadNotFound(leadId);
        if (!workingLeadOf(leadId))
            return notFound(tr("sales agent working lead"), leadId);
    }
    return SandboxResponse::json(agentProfile(call.accountId));
}

SandboxResponse SandboxSalesAgentRoutes::quota(const SandboxCall&)
{
    const int used = int(m_data.collection(WorkingLeads).size());
    return SandboxResponse::json(QJsonObject {{QStringLiteral("totalQuota"), Quota},
        {QStringLiteral("usedQuota"), used}, {QStringLiteral("remainingQuota"), Quota - used},
        {QStringLiteral("hasQuotaAvailable"), used < Quota},
        {QStringLiteral("usagePercentage"), 100.0 * used / Quota}, {QStringLiteral("isBorrowed"), false}});
}

QJsonObject& SandboxSalesAgentRoutes::storedSettings()
{
    QList<QJsonObject>& all = m_data.collection(QStringLiteral("salesAgentSettings"));
    if (all.isEmpty())
        all.append({{QStringLiteral("id"), SandboxData::IdBase + 70002},
            {QStringLiteral("assistantName"), QStringLiteral("Sandy")},
            {QStringLiteral("virtualNumber"), QStringLiteral("+15553000000")},
            {QStringLiteral("virtualNumberCountry"), QStringLiteral("US")},
            {QStringLiteral("callTransferType"), QStringLiteral("AGENT")},
            {QStringLiteral("agentExperience"), QStringLiteral("5+ years")},
            {QStringLiteral("rentalBusiness"), false}, {QStringLiteral("websiteChannel"), true},
            {QStringLiteral("textChannel"), true}, {QStringLiteral("emailChannel"), true},
            {QStringLiteral("startActiveHour"), 8}, {QStringLiteral("endActiveHour"), 20},
            {QStringLiteral("activeDays"), QJsonArray {1, 2, 3, 4, 5}},
            {QStringLiteral("leadTypes"), QJsonArray {1, 2}}, {QStringLiteral("leadSources"), QJsonArray {}},
            {QStringLiteral("leadPipelines"), QJsonArray {}},
            {QStringLiteral("agentIds"), QJsonArray {SandboxData::IdBase + 20000}},
            {QStringLiteral("officeIds"), QJsonArray {SandboxData::IdBase + 100002}},
            {QStringLiteral("leadPondIds"), QJsonArray {SandboxData::IdBase + 30000}},
            {QStringLiteral("newLeadEnable"), true}, {QStringLiteral("visitorsEnable"), false},
            {QStringLiteral("followUpRole"), QStringLiteral("AGENT")},
            {QStringLiteral("hostedStatus"), QStringLiteral("HOSTED")}});
    return all.first();
}

SandboxResponse SandboxSalesAgentRoutes::settings(const SandboxCall&)
{
    return SandboxResponse::json(storedSettings());
}

SandboxResponse SandboxSalesAgentRoutes::saveSettings(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const int start = body.value(QStringLiteral("startActiveHour"))
                          .toInt(storedSettings().value(QStringLiteral("startActiveHour")).toInt());
    const int end = body.value(QStringLiteral("endActiveHour"))
                        .toInt(storedSettings().value(QStringLiteral("endActiveHour")).toInt());
    if (start < 0 || end > 24 || start >= end)
        return invalidParameter(tr("startActiveHour must be before endActiveHour, both from 0 to 24."));
    mergeKnownFields(&storedSettings(), body, {QStringLiteral("id")});
    return success();
}

// The sandbox runs no model: a call's summary is made from the call record itself.
const QJsonObject* SandboxSalesAgentRoutes::summaryOf(qint64 callId)
{
    if (const QJsonObject* stored = m_data.find(Summaries, QStringLiteral("recordingId"), callId))
        return stored;
    const QJsonObject* record = m_data.find(QStringLiteral("calls"), QStringLiteral("id"), callId);
    if (!record)
        return nullptr;
    const QString summary = tr("A %1-second %2 call; outcome: %3.")
                                .arg(record->value(QStringLiteral("duration")).toInt())
                                .arg(record->value(QStringLiteral("direction")).toString().toLower(),
                                    record->value(QStringLiteral("callingOutcome")).toString());
    m_data.collection(Summaries).append({{QStringLiteral("id"), m_data.nextId()},
        {QStringLiteral("recordingId"), callId}, {QStringLiteral("status"), 2},
        {QStringLiteral("userId"), record->value(QStringLiteral("userId"))},
        {QStringLiteral("text"), record->value(QStringLiteral("note")).toString()},
        {QStringLiteral("summary"), summary}, {QStringLiteral("keywords"), QJsonArray {}},
        {QStringLiteral("score"), 80}, {QStringLiteral("comment"), QString()}});
    return &m_data.collection(Summaries).constLast();
}

SandboxResponse SandboxSalesAgentRoutes::generateCallSummary(const SandboxCall& call)
{
    const qint64 callId = call.bodyObject().value(QStringLiteral("callRecordId")).toInteger();
    if (!summaryOf(callId))
        return notFound(tr("call"), callId);
    return success();
}

SandboxResponse SandboxSalesAgentRoutes::callSummary(const SandboxCall& call)
{
    const qint64 callId = call.id(QStringLiteral("callRecordId"));
    const QJsonObject* summary = summaryOf(callId);
    if (!summary)
        return notFound(tr("call"), callId);
    return SandboxResponse::json(QJsonObject {
        {QStringLiteral("status"),
            QJsonObject {{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")}}},
        {QStringLiteral("data"), *summary}});
}

SandboxResponse SandboxSalesAgentRoutes::callScript(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const QJsonObject* record = lead(body.value(QStringLiteral("leadId")).toInteger());
    if (!record)
        return leadNotFound(body.value(QStringLiteral("leadId")).toInteger());
    const QString name = record->value(QStringLiteral("firstName")).toString();
    const QString stage = record->value(QStringLiteral("stage")).toString();
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("context"), tr("%1 is at stage \"%2\".").arg(name, stage)},
            {QStringLiteral("objectiveSuggestion"), QJsonArray {tr("Book a showing with %1.").arg(name)}},
            {QStringLiteral("keyTalkingPoints"),
                QJsonArray {QJsonObject {{QStringLiteral("title"), tr("Source")},
                    {QStringLiteral("value"), QJsonArray {record->value(QStringLiteral("source"))}}}}}});
}

SandboxResponse SandboxSalesAgentRoutes::prepareInsight(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const qint64 leadId = body.value(QStringLiteral("leadId")).toInteger();
    if (!lead(leadId))
        return leadNotFound(leadId);
    const qint64 appointmentId = body.value(QStringLiteral("appointmentId")).toInteger();
    if (!m_data.find(QStringLiteral("appointments"), QStringLiteral("id"), appointmentId))
        return notFound(tr("appointment"), appointmentId);
    return codeMessage(QJsonObject {{QStringLiteral("leadId"), leadId},
        {QStringLiteral("appointmentId"), appointmentId},
        {QStringLiteral("insight"), tr("Review the lead's recent calls and notes before the appointment.")}});
}

SandboxResponse SandboxSalesAgentRoutes::createLeadAnalysis(const SandboxCall& call)
{
    const QJsonArray ids = call.bodyObject().value(QStringLiteral("leadIds")).toArray();
    for (const QJsonValue& id : ids) {
        if (!lead(id.toInteger()))
            return leadNotFound(id.toInteger());
    }
    const qint64 taskId = m_data.nextId();
    m_data.collection(Analyses).append({{QStringLiteral("taskId"), taskId}, {QStringLiteral("leadIds"), ids},
        {QStringLiteral("status"), QStringLiteral("FINISHED")}});
    return codeMessage(QJsonObject {{QStringLiteral("taskId"), taskId}});
}

SandboxResponse SandboxSalesAgentRoutes::leadAnalyses(const SandboxCall& call)
{
    const int pageNum = qMax(1, call.queryInt(QStringLiteral("pageNum"), 1));
    const int pageSize = qBound(1, call.queryInt(QStringLiteral("pageSize"), 20), 100);
    const QList<QJsonObject>& all = m_data.collection(Analyses);
    return codeMessage(QJsonObject {{QStringLiteral("total"), int(all.size())},
        {QStringLiteral("pageNum"), pageNum}, {QStringLiteral("pageSize"), pageSize},
        {QStringLiteral("items"), toArray(all.mid((pageNum - 1) * pageSize, pageSize))}});
}

SandboxResponse SandboxSalesAgentRoutes::notifyAgent(const SandboxCall& call, const QString& channel)
{
    QJsonObject body = call.bodyObject();
    if (body.contains(QStringLiteral("taskId"))
        && !m_data.find(
            QStringLiteral("tasks"), QStringLiteral("id"), body.value(QStringLiteral("taskId")).toInteger()))
        return notFound(tr("task"), body.value(QStringLiteral("taskId")).toInteger());
    body.insert(QStringLiteral("channel"), channel);
    body.insert(QStringLiteral("accountId"), call.accountId);
    m_data.collection(Outbox).append(body);
    return success();
}
