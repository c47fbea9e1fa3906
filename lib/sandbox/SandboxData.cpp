#include "sandbox/SandboxData.h"

#include "sandbox/SandboxConfig.h"
#include "util/UtcTime.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

constexpr int SeededLeads = 40;
constexpr qint64 SeedEpochMs = 1767225600000LL; // 2026-01-01T00:00:00Z: seeded times never move

const char* const FirstNames[]
    = {"Ava", "Ben", "Chloe", "Diego", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas"};
const char* const LastNames[]
    = {"Nguyen", "Okafor", "Schmidt", "Rossi", "Kowalski", "Haddad", "Silva", "Tanaka"};
const char* const Stages[] = {"New", "Attempted Contact", "Nurture", "Hot", "Under Contract", "Closed"};
const char* const Sources[] = {"Zillow", "Website", "Open House", "Referral", "Facebook"};

QString localTime(qint64 ms)
{
    return UtcTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoTime(qint64 ms)
{
    return UtcTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
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

QJsonObject SandboxData::organization() const
{
    return QJsonObject {
        {QStringLiteral("orgType"), QStringLiteral("TEAM")},
        {QStringLiteral("teamId"), IdBase + 100000},
        {QStringLiteral("teamName"), QStringLiteral("Sandbox Realty")},
        {QStringLiteral("enterpriseInfo"), QJsonValue()},
        {QStringLiteral("multiTeamInfo"), QJsonValue()},
        {QStringLiteral("offices"),
            QJsonArray {QJsonObject {{QStringLiteral("officeId"), IdBase + 100002},
                            {QStringLiteral("name"), QStringLiteral("Downtown")}},
                QJsonObject {{QStringLiteral("officeId"), IdBase + 100004},
                    {QStringLiteral("name"), QStringLiteral("Harbor")}}}},
    };
}

QJsonObject SandboxData::makeMember(const SandboxAccount& account, int index) const
{
    const QStringList names = account.name.split(QLatin1Char(' '));
    const bool admin = account.role == QLatin1String("Team Owner") || account.role == QLatin1String("Admin");
    return QJsonObject {
        {QStringLiteral("id"), IdBase + 10000 + 2 * index},
        {QStringLiteral("memberUserId"), IdBase + 20000 + 2 * index},
        {QStringLiteral("teamId"), IdBase + 100000},
        {QStringLiteral("role"), account.role},
        {QStringLiteral("roleName"), account.role},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("firstName"), names.value(0)},
        {QStringLiteral("lastName"), names.mid(1).join(QLatin1Char(' '))},
        {QStringLiteral("isAdmin"), admin},
        {QStringLiteral("group"),
            QJsonObject {{QStringLiteral("groupId"), IdBase + 100006},
                {QStringLiteral("name"), QStringLiteral("Sales")}}},
        {QStringLiteral("timeZoneId"), QStringLiteral("America/Los_Angeles")},
    };
}

void SandboxData::seed()
{
    m_collections.clear();
    m_nextId = IdBase + 1000000;
    seedTeamRecords();
    seedLeads();
}

void SandboxData::seedTeamRecords()
{
    QList<QJsonObject>& members = m_collections[QStringLiteral("members")];
    for (int i = 0; i < m_accounts.size(); ++i)
        members.append(makeMember(m_accounts.at(i), i));
    QList<QJsonObject>& ponds = m_collections[QStringLiteral("leadPonds")];
    ponds.append({{QStringLiteral("id"), IdBase + 30000},
        {QStringLiteral("name"), QStringLiteral("Unassigned web leads")}});
    ponds.append({{QStringLiteral("id"), IdBase + 30002},
        {QStringLiteral("name"), QStringLiteral("Open house sign-ins")}});
    m_collections[QStringLiteral("webhooks")].append(
        {{QStringLiteral("subscribeId"), IdBase + 40000}, {QStringLiteral("listId"), 1},
            {QStringLiteral("callbackUrl"), QStringLiteral("https://example.invalid/hooks/lofty")},
            {QStringLiteral("limit"), 100}});
    m_collections[QStringLiteral("customFields")].append(
        {{QStringLiteral("id"), IdBase + 50000}, {QStringLiteral("name"), QStringLiteral("Escrow officer")},
            {QStringLiteral("type"), QStringLiteral("TEXT")}});
}

void SandboxData::seedLeads()
{
    QList<QJsonObject>& leads = m_collections[QStringLiteral("leads")];
    for (int i = 0; i < SeededLeads; ++i) {
        const qint64 leadId = IdBase + 2 * i;
        const QString first = QString::fromLatin1(FirstNames[i % std::size(FirstNames)]);
        const QString last = QString::fromLatin1(LastNames[(i * 3) % std::size(LastNames)]);
        const qint64 created = SeedEpochMs - qint64(i) * 86400000LL;
        leads.append(QJsonObject {
            {QStringLiteral("leadId"), leadId},
            {QStringLiteral("leadUserId"), leadId + 1000},
            {QStringLiteral("firstName"), first},
            {QStringLiteral("lastName"), last},
            {QStringLiteral("emails"),
                QJsonArray {
                    QStringLiteral("%1.%2%3@example.invalid").arg(first.toLower(), last.toLower()).arg(i)}},
            {QStringLiteral("phones"), QJsonArray {QStringLiteral("+1555%1").arg(1000000 + i * 7919)}},
            {QStringLiteral("assignedUserId"), IdBase + 20000 + 2 * (i % qMax(1, int(m_accounts.size())))},
            {QStringLiteral("stage"), QString::fromLatin1(Stages[i % std::size(Stages)])},
            {QStringLiteral("source"), QString::fromLatin1(Sources[i % std::size(Sources)])},
            {QStringLiteral("score"), (i * 37) % 100},
            {QStringLiteral("tags"), QJsonArray {i % 2 ? QStringLiteral("buyer") : QStringLiteral("seller")}},
            {QStringLiteral("leadTypes"), QJsonArray {i % 2 ? 2 : 1}},
            {QStringLiteral("teamId"), IdBase + 100000},
            {QStringLiteral("createTime"), created},
        });
        seedLeadRecords(leadId, i);
    }
}

void SandboxData::seedLeadRecords(qint64 leadId, int index)
{
    const qint64 base = IdBase + 200000 + qint64(index) * 100;
    const qint64 when = SeedEpochMs - qint64(index) * 3600000LL;
    m_collections[QStringLiteral("tasks")].append({{QStringLiteral("id"), base + 1},
        {QStringLiteral("leadId"), leadId}, {QStringLiteral("type"), QStringLiteral("Call")},
        {QStringLiteral("content"), QStringLiteral("Follow up on the listing tour")},
        {QStringLiteral("startAt"), isoTime(when + 86400000LL)},
        {QStringLiteral("endAt"), isoTime(when + 86400000LL + 1800000)},
        {QStringLiteral("deadline"), when + 86400000LL}, {QStringLiteral("finished"), index % 3 == 0}});
    m_collections[QStringLiteral("notes")].append(
        {{QStringLiteral("id"), base + 3}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("content"), QStringLiteral("Prefers email; pre-approved.")},
            {QStringLiteral("createTime"), localTime(when)}});
    m_collections[QStringLiteral("calls")].append({{QStringLiteral("id"), base + 5},
        {QStringLiteral("leadId"), leadId}, {QStringLiteral("duration"), 60 + index},
        {QStringLiteral("direction"), QStringLiteral("OUTBOUND")},
        {QStringLiteral("createTime"), localTime(when)}});
    m_collections[QStringLiteral("texts")].append(
        {{QStringLiteral("communicationId"), base + 7}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("textContent"), QStringLiteral("Hi! Are you free for a showing on Saturday?")},
            {QStringLiteral("createTime"), localTime(when)}});
    m_collections[QStringLiteral("emails")].append(
        {{QStringLiteral("id"), base + 9}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("subject"), QStringLiteral("New listings in your area")},
            {QStringLiteral("createTime"), localTime(when)}});
    m_collections[QStringLiteral("manualLogs")].append({{QStringLiteral("id"), base + 11},
        {QStringLiteral("leadId"), leadId}, {QStringLiteral("logType"), QStringLiteral("logCall")},
        {QStringLiteral("content"), QStringLiteral("Left a voicemail.")},
        {QStringLiteral("createTime"), localTime(when)}});
    m_collections[QStringLiteral("activities")].append(
        {{QStringLiteral("id"), base + 13}, {QStringLiteral("leadId"), leadId},
            {QStringLiteral("type"), QStringLiteral("Browse")}, {QStringLiteral("createTime"), when}});
    if (index % 4 == 0) {
        m_collections[QStringLiteral("transactions")].append({{QStringLiteral("transactionId"), base + 15},
            {QStringLiteral("leadId"), leadId}, {QStringLiteral("status"), QStringLiteral("Active")},
            {QStringLiteral("price"), 450000 + index * 1000}, {QStringLiteral("commissions"), QJsonArray {}},
            {QStringLiteral("createTime"), when}});
    }
    if (index % 5 == 0) {
        m_collections[QStringLiteral("workingLeads")].append({{QStringLiteral("leadId"), leadId},
            {QStringLiteral("aiStage"), QStringLiteral("AI_PROSPECTING")}, {QStringLiteral("muted"), false}});
    }
}
