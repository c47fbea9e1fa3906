#include "sandbox/SandboxData.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxReply.h"

#include <QJsonArray>

using SandboxReply::gmtTime;
using SandboxReply::isoTime;

namespace {

constexpr int SeededLeads = 40;
constexpr qint64 DayMs = 86400000LL;
constexpr qint64 HourMs = 3600000LL;

const char* const FirstNames[]
    = {"Ava", "Ben", "Chloe", "Diego", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas"};
const char* const LastNames[]
    = {"Nguyen", "Okafor", "Schmidt", "Rossi", "Kowalski", "Haddad", "Silva", "Tanaka"};
const char* const Stages[] = {"New", "Attempted Contact", "Nurture", "Hot", "Under Contract", "Closed"};
const char* const Sources[] = {"Zillow", "Website", "Open House", "Referral", "Facebook"};
const char* const Cities[] = {"Seattle", "Portland", "Austin", "Denver"};

int roleNumber(const QString& role)
{
    if (role == QLatin1String("Team Owner"))
        return 1;
    return role == QLatin1String("Admin") ? 2 : 3;
}

QString leadName(const QJsonObject& lead)
{
    return lead.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
        + lead.value(QStringLiteral("lastName")).toString();
}

} // namespace

SandboxData::SandboxData()
{
    m_accounts = SandboxConfig::builtIn().accounts;
    seed();
}

void SandboxData::reset()
{
    seed();
}

void SandboxData::setAccounts(const QList<SandboxAccount>& accounts)
{
    m_accounts = accounts;
    seed();
}

QList<QJsonObject>& SandboxData::collection(const QString& name)
{
    return m_collections[name];
}

QList<QJsonObject> SandboxData::where(const QString& collectionName, const QString& field, qint64 value) const
{
    QList<QJsonObject> result;
    for (const QJsonObject& item : m_collections.value(collectionName)) {
        if (item.value(field).toInteger() == value)
            result.append(item);
    }
    return result;
}

QJsonObject* SandboxData::find(const QString& collectionName, const QString& idField, qint64 id)
{
    for (QJsonObject& item : m_collections[collectionName]) {
        if (item.value(idField).toInteger() == id)
            return &item;
    }
    return nullptr;
}

bool SandboxData::remove(const QString& collectionName, const QString& idField, qint64 id)
{
    QList<QJsonObject>& items = m_collections[collectionName];
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).value(idField).toInteger() == id) {
            items.removeAt(i);
            return true;
        }
    }
    return false;
}

QJsonObject SandboxData::memberOf(const QString& accountId) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return makeMember(m_accounts.at(i), i);
    }
    return QJsonObject();
}

qint64 SandboxData::memberUserIdOf(const QString& accountId) const
{
    return memberOf(accountId).value(QStringLiteral("memberUserId")).toInteger();
}

QJsonObject SandboxData::organization() const
{
    const QJsonArray visible {
        QJsonObject {{QStringLiteral("groupId"), IdBase + 100002},
            {QStringLiteral("groupName"), QStringLiteral("Downtown")}, {QStringLiteral("parentId"), TeamId}},
        QJsonObject {{QStringLiteral("groupId"), IdBase + 100004},
            {QStringLiteral("groupName"), QStringLiteral("Harbor")}, {QStringLiteral("parentId"), TeamId}},
    };
    return QJsonObject {
        {QStringLiteral("orgType"), 1},
        {QStringLiteral("enterpriseInfo"),
            QJsonObject {{QStringLiteral("groupId"), TeamId},
                {QStringLiteral("groupName"), QStringLiteral("Sandbox Realty")},
                {QStringLiteral("profileId"), IdBase + 100008},
                {QStringLiteral("profileName"), QStringLiteral("Team Admin")},
                {QStringLiteral("visibleOrgInfoList"), visible}}},
        {QStringLiteral("multiTeamInfo"),
            QJsonObject {{QStringLiteral("multiTeamId"), IdBase + 100010},
                {QStringLiteral("multiTeamName"), QStringLiteral("Sandbox Realty Group")}}},
    };
}

QJsonObject SandboxData::makeMember(const SandboxAccount& account, int index) const
{
    const QStringList names = account.name.split(QLatin1Char(' '));
    const int role = roleNumber(account.role);
    return QJsonObject {
        {QStringLiteral("id"), IdBase + 10000 + 2 * index},
        {QStringLiteral("memberUserId"), IdBase + 20000 + 2 * index},
        {QStringLiteral("teamId"), TeamId},
        {QStringLiteral("role"), role},
        {QStringLiteral("roleName"), account.role},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("firstName"), names.value(0)},
        {QStringLiteral("lastName"), names.mid(1).join(QLatin1Char(' '))},
        {QStringLiteral("firstLetter"), account.name.left(1).toUpper()},
        {QStringLiteral("phoneNumber"), QStringLiteral("+1555%1").arg(2000000 + index)},
        {QStringLiteral("status"), 1},
        {QStringLiteral("accountStatus"), QStringLiteral("ACTIVE")},
        {QStringLiteral("isAdmin"), role < 3},
        {QStringLiteral("groupId"), IdBase + 100006},
        {QStringLiteral("groupName"), QStringLiteral("Sales")},
        {QStringLiteral("group"),
            QJsonObject {{QStringLiteral("id"), IdBase + 100006}, {QStringLiteral("teamId"), TeamId},
                {QStringLiteral("parentId"), TeamId}, {QStringLiteral("name"), QStringLiteral("Sales")},
                {QStringLiteral("type"), 2}, {QStringLiteral("status"), QStringLiteral("ACTIVE")}}},
        {QStringLiteral("agentInfo"),
            QJsonObject {{QStringLiteral("licenseId"), QStringLiteral("SBX-%1").arg(1000 + index)},
                {QStringLiteral("position"), account.role},
                {QStringLiteral("companyName"), QStringLiteral("Sandbox Realty")},
                {QStringLiteral("companyAddress"), QStringLiteral("1 Sandbox Way")}}},
        {QStringLiteral("timeZoneId"), QStringLiteral("America/Los_Angeles")},
    };
}

void SandboxData::seed()
{
    m_collections.clear();
    m_nextId = IdBase + 1000000;
    seedTeamRecords();
    seedTeamFeatures();
    seedLeads();
    m_prototypes.clear();
    for (auto it = m_collections.constBegin(); it != m_collections.constEnd(); ++it)
        m_prototypes.insert(it.key(), it.value().value(0));
}

void SandboxData::seedTeamRecords()
{
    QList<QJsonObject>& members = m_collections[QStringLiteral("members")];
    QJsonArray agentIds;
    for (int i = 0; i < m_accounts.size(); ++i) {
        members.append(makeMember(m_accounts.at(i), i));
        agentIds.append(IdBase + 20000 + 2 * i);
    }
    QList<QJsonObject>& ponds = m_collections[QStringLiteral("leadPonds")];
    ponds.append({{QStringLiteral("id"), IdBase + 30000},
        {QStringLiteral("pondName"), QStringLiteral("Unassigned web leads")},
        {QStringLiteral("pondOwnerId"), IdBase + 20000}, {QStringLiteral("agentIds"), agentIds}});
    ponds.append({{QStringLiteral("id"), IdBase + 30002},
        {QStringLiteral("pondName"), QStringLiteral("Open house sign-ins")},
        {QStringLiteral("pondOwnerId"), IdBase + 20000}, {QStringLiteral("agentIds"), agentIds}});
    m_collections[QStringLiteral("offices")].append(
        {{QStringLiteral("id"), IdBase + 100002}, {QStringLiteral("name"), QStringLiteral("Downtown")}});
    m_collections[QStringLiteral("offices")].append(
        {{QStringLiteral("id"), IdBase + 100004}, {QStringLiteral("name"), QStringLiteral("Harbor")}});
    m_collections[QStringLiteral("webhooks")].append(
        {{QStringLiteral("subscribeId"), IdBase + 40000}, {QStringLiteral("teamId"), TeamId},
            {QStringLiteral("listId"), 2}, {QStringLiteral("vendorId"), IdBase + 40100},
            {QStringLiteral("callbackUrl"), QStringLiteral("https://example.invalid/hooks/lofty")},
            {QStringLiteral("limit"), 100}, {QStringLiteral("permissionMode"), 0}});
}

void SandboxData::seedTeamFeatures()
{
    m_collections[QStringLiteral("transactionCustomFields")].append(
        {{QStringLiteral("id"), IdBase + 50000}, {QStringLiteral("name"), QStringLiteral("Escrow officer")},
            {QStringLiteral("type"), QStringLiteral("TEXT")}, {QStringLiteral("params"), QString()}});
    m_collections[QStringLiteral("leadCustomFields")].append(
        {{QStringLiteral("attributeName"), QStringLiteral("Preferred school district")},
            {QStringLiteral("attributeType"), QStringLiteral("TEXT")}, {QStringLiteral("value"), QString()},
            {QStringLiteral("params"), QString()}});
    QList<QJsonObject>& pipelines = m_collections[QStringLiteral("leadPipelines")];
    for (int i = 0; i < int(std::size(Stages)); ++i)
        pipelines.append({{QStringLiteral("id"), IdBase + 50100 + 2 * i},
            {QStringLiteral("name"), QString::fromLatin1(Stages[i])}});
}

QJsonObject SandboxData::makeLead(int index) const
{
    const qint64 leadId = IdBase + 2 * index;
    const QString first = QString::fromLatin1(FirstNames[index % std::size(FirstNames)]);
    const QString last = QString::fromLatin1(LastNames[(index * 3) % std::size(LastNames)]);
    const qint64 created = SeedEpochMs - qint64(index) * DayMs;
    const int accountIndex = index % qMax(1, int(m_accounts.size()));
    const QString tag = index % 2 ? QStringLiteral("buyer") : QStringLiteral("seller");
    return QJsonObject {
        {QStringLiteral("leadId"), leadId},
        {QStringLiteral("leadUserId"), leadId + 1000},
        {QStringLiteral("firstName"), first},
        {QStringLiteral("lastName"), last},
        {QStringLiteral("emails"),
            QJsonArray {
                QStringLiteral("%1.%2%3@example.invalid").arg(first.toLower(), last.toLower()).arg(index)}},
        {QStringLiteral("phones"), QJsonArray {QStringLiteral("+1555%1").arg(1000000 + index * 7919)}},
        {QStringLiteral("assignedUserId"), IdBase + 20000 + 2 * accountIndex},
        {QStringLiteral("assignedUser"), m_accounts.isEmpty() ? QString() : m_accounts.at(accountIndex).name},
        {QStringLiteral("stage"), QString::fromLatin1(Stages[index % std::size(Stages)])},
        {QStringLiteral("stageId"), IdBase + 50100 + 2 * (index % int(std::size(Stages)))},
        {QStringLiteral("source"), QString::fromLatin1(Sources[index % std::size(Sources)])},
        {QStringLiteral("leadSource"), index % int(std::size(Sources))},
        {QStringLiteral("score"), (index * 37) % 100},
        {QStringLiteral("tags"),
            QJsonArray {QJsonObject {{QStringLiteral("leadId"), leadId},
                {QStringLiteral("tagId"), IdBase + 50200 + (index % 2) * 2}, {QStringLiteral("tagName"), tag},
                {QStringLiteral("visibleType"), 0}}}},
        {QStringLiteral("leadTypes"), QJsonArray {index % 2 ? 2 : 1}},
        {QStringLiteral("teamId"), TeamId},
        {QStringLiteral("city"), QString::fromLatin1(Cities[index % std::size(Cities)])},
        {QStringLiteral("state"), QStringLiteral("WA")},
        {QStringLiteral("zipCode"), QStringLiteral("98%1").arg(100 + index)},
        {QStringLiteral("streetAddress"), QStringLiteral("%1 Sandbox Ave").arg(100 + index)},
        {QStringLiteral("createTime"), gmtTime(created)},
        {QStringLiteral("lastUpdateTime"), gmtTime(created + HourMs)},
        {QStringLiteral("pondId"), index % 8 == 7 ? IdBase + 30000 : -1},
        {QStringLiteral("groups"), QJsonArray {}},
        {QStringLiteral("segments"), QJsonArray {}},
        {QStringLiteral("cannotText"), false},
        {QStringLiteral("cannotCall"), false},
        {QStringLiteral("cannotEmail"), false},
        {QStringLiteral("hiddenFlag"), false},
        {QStringLiteral("language"), QStringLiteral("en")},
    };
}

void SandboxData::seedLeads()
{
    QList<QJsonObject>& leads = m_collections[QStringLiteral("leads")];
    for (int i = 0; i < SeededLeads; ++i) {
        leads.append(makeLead(i));
        seedLeadRecords(leads.constLast(), i);
    }
}

void SandboxData::seedLeadRecords(const QJsonObject& lead, int index)
{
    const qint64 leadId = lead.value(QStringLiteral("leadId")).toInteger();
    const qint64 agentId = lead.value(QStringLiteral("assignedUserId")).toInteger();
    const qint64 base = IdBase + 200000 + qint64(index) * 100;
    const qint64 when = SeedEpochMs - qint64(index) * HourMs;
    m_collections[QStringLiteral("tasks")].append(
        {{QStringLiteral("id"), base + 1}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("creatorId"), agentId}, {QStringLiteral("assignedUserId"), agentId},
            {QStringLiteral("teamId"), TeamId}, {QStringLiteral("type"), QStringLiteral("Call")},
            {QStringLiteral("content"), QStringLiteral("Follow up on the listing tour")},
            {QStringLiteral("startAt"), isoTime(when + DayMs)},
            {QStringLiteral("endAt"), isoTime(when + DayMs + 1800000)},
            {QStringLiteral("deadline"), isoTime(when + DayMs)},
            {QStringLiteral("finishFlag"), index % 3 == 0}, {QStringLiteral("overdueFlag"), false},
            {QStringLiteral("deleteFlag"), false}, {QStringLiteral("createTime"), isoTime(when)},
            {QStringLiteral("lastUpdate"), isoTime(when)}, {QStringLiteral("leadName"), leadName(lead)},
            {QStringLiteral("leadFirstName"), lead.value(QStringLiteral("firstName"))},
            {QStringLiteral("leadLastName"), lead.value(QStringLiteral("lastName"))},
            {QStringLiteral("reminderType"), 0}});
    m_collections[QStringLiteral("notes")].append(
        {{QStringLiteral("id"), base + 3}, {QStringLiteral("noteId"), base + 3},
            {QStringLiteral("leadId"), leadId}, {QStringLiteral("creatorId"), agentId},
            {QStringLiteral("content"), QStringLiteral("Prefers email; pre-approved.")},
            {QStringLiteral("createTime"), isoTime(when)}, {QStringLiteral("lastUpdate"), isoTime(when)},
            {QStringLiteral("deleteFlag"), false}, {QStringLiteral("isPin"), false},
            {QStringLiteral("systemNote"), false}});
    m_collections[QStringLiteral("activities")].append({{QStringLiteral("leadId"), leadId},
        {QStringLiteral("type"), QStringLiteral("Property Viewed")},
        {QStringLiteral("text"), QStringLiteral("Viewed 12 Harbor St")},
        {QStringLiteral("link"), QStringLiteral("https://example.invalid/listing/12-harbor-st")},
        {QStringLiteral("pageName"), QStringLiteral("Listing detail")}, {QStringLiteral("created"), when}});
    seedCommunication(leadId, base, when, index);
    m_collections[QStringLiteral("appointments")].append(
        {{QStringLiteral("id"), base + 17}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("descr"), QStringLiteral("Showing: 12 Harbor St")},
            {QStringLiteral("address"), QStringLiteral("12 Harbor St")},
            {QStringLiteral("createTime"), isoTime(when)}, {QStringLiteral("lastUpdate"), isoTime(when)},
            {QStringLiteral("deadline"), when + 2 * DayMs},
            {QStringLiteral("endTime"), when + 2 * DayMs + HourMs}, {QStringLiteral("allDay"), false},
            {QStringLiteral("finishFlag"), false}, {QStringLiteral("deleteFlag"), false},
            {QStringLiteral("overdue"), false}, {QStringLiteral("assignToUid"), agentId},
            {QStringLiteral("creatorId"), agentId}});
    if (index % 4 == 0) {
        m_collections[QStringLiteral("transactions")].append({{QStringLiteral("transactionId"), base + 15},
            {QStringLiteral("leadId"), leadId},
            {QStringLiteral("transactionName"), QStringLiteral("%1 purchase").arg(leadName(lead))},
            {QStringLiteral("leadName"), leadName(lead)}, {QStringLiteral("assignedAgent"), agentId},
            {QStringLiteral("transactionType"), QStringLiteral("Buyer")},
            {QStringLiteral("transactionStatus"), QStringLiteral("Active")},
            {QStringLiteral("homePrice"), 450000 + index * 1000}, {QStringLiteral("commissionRate"), 2.5},
            {QStringLiteral("created"), when}, {QStringLiteral("updated"), when},
            {QStringLiteral("expectedCloseDate"), when + 30 * DayMs},
            {QStringLiteral("customFields"), QJsonArray {}},
            {QStringLiteral("commissions"),
                QJsonObject {{QStringLiteral("preSplit"), QJsonArray {}},
                    {QStringLiteral("split"), QJsonArray {}}, {QStringLiteral("postSplit"), QJsonArray {}}}},
            {QStringLiteral("propertyAddress"),
                QJsonObject {{QStringLiteral("transactionId"), base + 15},
                    {QStringLiteral("streetAddress"), lead.value(QStringLiteral("streetAddress"))},
                    {QStringLiteral("city"), lead.value(QStringLiteral("city"))},
                    {QStringLiteral("state"), QStringLiteral("WA")},
                    {QStringLiteral("zipCode"), lead.value(QStringLiteral("zipCode"))},
                    {QStringLiteral("unit"), QString()}, {QStringLiteral("label"), QStringLiteral("Home")},
                    {QStringLiteral("county"), QStringLiteral("King")}}}});
    }
    if (index % 5 == 0) {
        m_collections[QStringLiteral("workingLeads")].append({{QStringLiteral("leadId"), leadId},
            {QStringLiteral("firstName"), lead.value(QStringLiteral("firstName"))},
            {QStringLiteral("lastName"), lead.value(QStringLiteral("lastName"))},
            {QStringLiteral("email"), lead.value(QStringLiteral("emails")).toArray().at(0)},
            {QStringLiteral("phone"), lead.value(QStringLiteral("phones")).toArray().at(0)},
            {QStringLiteral("createdAt"), isoTime(when)}, {QStringLiteral("muted"), false}});
        m_collections[QStringLiteral("planTasks")].append(
            {{QStringLiteral("id"), base + 19}, {QStringLiteral("leadId"), leadId},
                {QStringLiteral("content"), QStringLiteral("Check in about financing")},
                {QStringLiteral("taskType"), QStringLiteral("TEXT")},
                {QStringLiteral("status"), QStringLiteral("PENDING")},
                {QStringLiteral("dueAt"), isoTime(when + 3 * DayMs)},
                {QStringLiteral("createdAt"), isoTime(when)}, {QStringLiteral("assignedTo"), agentId},
                {QStringLiteral("creatorId"), agentId}});
    }
}

void SandboxData::seedCommunication(qint64 leadId, qint64 base, qint64 when, int index)
{
    const qint64 agentId = IdBase + 20000;
    const QString phone = QStringLiteral("+1555%1").arg(1000000 + index * 7919);
    m_collections[QStringLiteral("calls")].append({{QStringLiteral("id"), base + 5},
        {QStringLiteral("leadId"), leadId}, {QStringLiteral("userId"), agentId},
        {QStringLiteral("agentId"), agentId}, {QStringLiteral("leadPhoneNumber"), phone},
        {QStringLiteral("userPhoneNumber"), QStringLiteral("+15552000000")},
        {QStringLiteral("direction"), QStringLiteral("OUTBOUND")},
        {QStringLiteral("status"), QStringLiteral("COMPLETED")}, {QStringLiteral("duration"), 60 + index},
        {QStringLiteral("callingOutcome"), QStringLiteral("Talked")},
        {QStringLiteral("startTime"), isoTime(when)},
        {QStringLiteral("endTime"), isoTime(when + (60 + index) * 1000)},
        {QStringLiteral("createTime"), isoTime(when)}, {QStringLiteral("updateTime"), isoTime(when)},
        {QStringLiteral("note"), QString()}, {QStringLiteral("recordingSwitch"), true},
        {QStringLiteral("isMachineAnswered"), false}});
    m_collections[QStringLiteral("texts")].append(
        {{QStringLiteral("id"), base + 7}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("agentId"), agentId}, {QStringLiteral("direction"), QStringLiteral("OUTBOUND")},
            {QStringLiteral("textOutcome"), QStringLiteral("Delivered")},
            {QStringLiteral("textType"), QStringLiteral("SMS")}, {QStringLiteral("textTime"), isoTime(when)},
            {QStringLiteral("textContent"), QStringLiteral("Hi! Are you free for a showing on Saturday?")}});
    m_collections[QStringLiteral("emails")].append(
        {{QStringLiteral("id"), base + 9}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("agentId"), agentId}, {QStringLiteral("direction"), QStringLiteral("OUTBOUND")},
            {QStringLiteral("eventType"), QStringLiteral("SENT")},
            {QStringLiteral("emailType"), QStringLiteral("MANUAL")},
            {QStringLiteral("emailEventTime"), isoTime(when)},
            {QStringLiteral("emailSubject"), QStringLiteral("New listings in your area")},
            {QStringLiteral("fromPond"), false}});
    m_collections[QStringLiteral("manualLogs")].append(
        {{QStringLiteral("id"), base + 11}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("kind"), QStringLiteral("logCall")}, {QStringLiteral("leadPhoneNumber"), phone},
            {QStringLiteral("callingOutcome"), QStringLiteral("Left voicemail")},
            {QStringLiteral("content"), QStringLiteral("Left a voicemail.")},
            {QStringLiteral("createTime"), isoTime(when)},
            {QStringLiteral("outboundOrInbound"), QStringLiteral("outbound")},
            {QStringLiteral("isPin"), false}, {QStringLiteral("agentId"), agentId}});
}
