#include "sandbox/SandboxTeamRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxTeamRoutes", text);
}

const QString Members = QStringLiteral("members");
const QString Offices = QStringLiteral("offices");
constexpr const char* ScrollPrefix = "sbx-members-";

} // namespace

SandboxTeamRoutes::SandboxTeamRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxTeamRoutes::addTo(SandboxRouteTable& table)
{
    table.add("GET", "/v1.0/members", [this](const SandboxCall& c) { return members(c); });
    table.add("GET", "/v1.0/me", [this](const SandboxCall& c) { return me(c); });
    table.add("GET", "/v1.0/users/{userId}", [this](const SandboxCall& c) { return memberById(c); });
    table.add("GET", "/v1.0/members/{account}", [this](const SandboxCall& c) { return memberByAccount(c); });
    table.add("GET", "/v1.0/org", [this](const SandboxCall& c) { return organization(c); });
    table.add("GET", "/v1.0/org/permission/profiles",
        [this](const SandboxCall& c) { return permissionProfiles(c); });
    // Lofty's document really has PUT for adding an office and POST for updating one.
    table.add("PUT", "/v1.0/org/office", [this](const SandboxCall& c) { return office(c, true); });
    table.add("POST", "/v1.0/org/office", [this](const SandboxCall& c) { return office(c, false); });
    table.add("POST", "/v1.0/org/company", [this](const SandboxCall& c) { return company(c); });
    table.add("GET", "/v1.0/vendor/list", [this](const SandboxCall& c) { return vendors(c); });
    table.add("POST", "/v1.0/agent/profile/add", [this](const SandboxCall& c) { return addAgent(c); }, {},
        {QStringLiteral("accountInfo"), QStringLiteral("accountType")});
    table.add("POST", "/v1.0/agent/{agentId}/tag/add", [this](const SandboxCall& c) { return tagAgent(c); });
    table.add("POST", "/v2.0/agents/{agentId}/deactivate",
        [this](const SandboxCall& c) { return setAgentActive(c, false); });
    table.add("POST", "/v2.0/agents/{agentId}/reactivate",
        [this](const SandboxCall& c) { return setAgentActive(c, true); });
    table.add("POST", "/v1.0/agent/send-notification",
        [this](const SandboxCall& c) { return notifyOpportunity(c); }, {},
        {QStringLiteral("leadId"), QStringLiteral("notificationType")});
}

QJsonObject* SandboxTeamRoutes::member(qint64 userId)
{
    QJsonObject* found = m_data.find(Members, QStringLiteral("memberUserId"), userId);
    return found ? found : m_data.find(Members, QStringLiteral("id"), userId);
}

SandboxResponse SandboxTeamRoutes::members(const SandboxCall& call)
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
    const QList<QJsonObject>& items = m_data.collection(Members);
    const int pageSize = qMin(limit, MemberPageSize);
    const int next = offset + pageSize;
    const QJsonObject metadata {{QStringLiteral("collection"), Members}, {QStringLiteral("offset"), offset},
        {QStringLiteral("limit"), pageSize}, {QStringLiteral("total"), int(items.size())},
        {QStringLiteral("scrollId"),
            next < items.size() ? QString::fromLatin1(ScrollPrefix) + QString::number(next) : QString()}};
    return SandboxResponse::json(QJsonObject {
        {QStringLiteral("_metadata"), metadata}, {Members, toArray(items.mid(offset, pageSize))}});
}

SandboxResponse SandboxTeamRoutes::me(const SandboxCall& call)
{
    return SandboxResponse::json(m_data.memberOf(call.accountId));
}

SandboxResponse SandboxTeamRoutes::memberById(const SandboxCall& call)
{
    const qint64 userId = call.id(QStringLiteral("userId"));
    const QJsonObject* found = member(userId);
    if (!found)
        return error(404, UserNotExist, tr("USER_NOT_EXIST: no team member with id %1.").arg(userId));
    return SandboxResponse::json(*found);
}

SandboxResponse SandboxTeamRoutes::memberByAccount(const SandboxCall& call)
{
    const QString account = call.path.value(QStringLiteral("account"));
    for (const QJsonObject& item : std::as_const(m_data.collection(Members))) {
        if (item.value(QStringLiteral("email")).toString().compare(account, Qt::CaseInsensitive) == 0)
            return SandboxResponse::json(item);
    }
    return error(404, UserNotExist, tr("USER_NOT_EXIST: no team member with the account %1.").arg(account));
}

SandboxResponse SandboxTeamRoutes::organization(const SandboxCall&)
{
    return SandboxResponse::json(m_data.organization());
}

SandboxResponse SandboxTeamRoutes::permissionProfiles(const SandboxCall&)
{
    QJsonArray profiles;
    int index = 0;
    for (const char* name : {"Team Admin", "Agent", "Lender"})
        profiles.append(QJsonObject {{QStringLiteral("id"), SandboxData::IdBase + 100008 + 2 * index++},
            {QStringLiteral("name"), QString::fromLatin1(name)}});
    return SandboxResponse::json(profiles);
}

SandboxResponse SandboxTeamRoutes::office(const SandboxCall& call, bool add)
{
    const QJsonObject body = call.bodyObject();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (add) {
        if (name.isEmpty())
            return invalidParameter(tr("name is required to add an office."));
        const qint64 id = m_data.nextId();
        m_data.collection(Offices).append({{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
        return codeMessage(QJsonObject {{QStringLiteral("id"), id}});
    }
    const qint64 id = body.value(QStringLiteral("id")).toInteger();
    QJsonObject* found = m_data.find(Offices, QStringLiteral("id"), id);
    if (!found)
        return notFound(tr("office"), id);
    if (!name.isEmpty())
        found->insert(QStringLiteral("name"), name);
    return codeMessage(QJsonObject {{QStringLiteral("id"), id}});
}

SandboxResponse SandboxTeamRoutes::company(const SandboxCall& call)
{
    if (!call.body.isObject())
        return invalidParameter(tr("the body must be a JSON object."));
    return codeMessage(QJsonObject {{QStringLiteral("id"), SandboxData::TeamId}});
}

// The vendors with access to the team are the sandbox's team members seen as vendor contacts.
SandboxResponse SandboxTeamRoutes::vendors(const SandboxCall&)
{
    QJsonArray result;
    for (const QJsonObject& item : std::as_const(m_data.collection(Members)))
        result.append(QJsonObject {{QStringLiteral("id"), item.value(QStringLiteral("id"))},
            {QStringLiteral("agentUserId"), item.value(QStringLiteral("memberUserId"))},
            {QStringLiteral("firstName"), item.value(QStringLiteral("firstName"))},
            {QStringLiteral("lastName"), item.value(QStringLiteral("lastName"))},
            {QStringLiteral("email"), item.value(QStringLiteral("email"))},
            {QStringLiteral("phoneNumber"), item.value(QStringLiteral("phoneNumber"))},
            {QStringLiteral("phoneCode"), QStringLiteral("+1")},
            {QStringLiteral("phoneCountry"), QStringLiteral("US")},
            {QStringLiteral("roleName"), item.value(QStringLiteral("roleName"))},
            {QStringLiteral("companyName"), QStringLiteral("Sandbox Realty")},
            {QStringLiteral("companyAddress"), QStringLiteral("1 Sandbox Way")}});
    return SandboxResponse::json(result);
}

SandboxResponse SandboxTeamRoutes::addAgent(const SandboxCall& call)
{
    const QJsonObject info = call.bodyObject().value(QStringLiteral("accountInfo")).toObject();
    const QString email = info.value(QStringLiteral("email")).toString();
    if (email.isEmpty())
        return SandboxResponse::json(
            QJsonObject {{QStringLiteral("data"), 0}, {QStringLiteral("errorCode"), InvalidParameter},
                {QStringLiteral("errorMsg"), tr("accountInfo.email is required.")}});
    QJsonObject record = m_data.prototype(Members);
    const qint64 userId = m_data.nextId();
    record.insert(QStringLiteral("id"), m_data.nextId());
    record.insert(QStringLiteral("memberUserId"), userId);
    record.insert(QStringLiteral("email"), email);
    record.insert(QStringLiteral("firstName"), info.value(QStringLiteral("firstName")).toString());
    record.insert(QStringLiteral("lastName"), info.value(QStringLiteral("lastName")).toString());
    record.insert(QStringLiteral("role"), 3);
    record.insert(QStringLiteral("roleName"), QStringLiteral("Agent"));
    record.insert(QStringLiteral("isAdmin"), false);
    m_data.collection(Members).append(record);
    return SandboxResponse::json(QJsonObject {{QStringLiteral("data"), userId},
        {QStringLiteral("errorCode"), 0}, {QStringLiteral("errorMsg"), QString()}});
}

SandboxResponse SandboxTeamRoutes::tagAgent(const SandboxCall& call)
{
    const qint64 agentId = call.id(QStringLiteral("agentId"));
    if (!member(agentId))
        return error(404, UserNotExist, tr("USER_NOT_EXIST: no agent with id %1.").arg(agentId));
    return SandboxResponse::json(QJsonObject {{QStringLiteral("data"), true},
        {QStringLiteral("errorCode"), 0}, {QStringLiteral("errorMsg"), QString()}});
}

// Lofty answers these two with HTTP 200 and a non-zero code on failure.
SandboxResponse SandboxTeamRoutes::setAgentActive(const SandboxCall& call, bool active)
{
    const qint64 agentId = call.id(QStringLiteral("agentId"));
    QJsonObject* found = member(agentId);
    if (!found)
        return SandboxResponse::json(QJsonObject {{QStringLiteral("code"), UserNotExist},
            {QStringLiteral("message"), tr("USER_NOT_EXIST: no agent with id %1.").arg(agentId)},
            {QStringLiteral("data"), QJsonObject {}}});
    found->insert(QStringLiteral("status"), active ? 1 : 0);
    found->insert(
        QStringLiteral("accountStatus"), active ? QStringLiteral("ACTIVE") : QStringLiteral("DEACTIVATED"));
    return codeMessage(QJsonObject {{QStringLiteral("agentId"), agentId}});
}

SandboxResponse SandboxTeamRoutes::notifyOpportunity(const SandboxCall& call)
{
    const qint64 leadId = call.bodyObject().value(QStringLiteral("leadId")).toInteger();
    if (!m_data.find(QStringLiteral("leads"), QStringLiteral("leadId"), leadId))
        return leadNotFound(leadId);
    return SandboxResponse::json(QJsonObject {
        {QStringLiteral("status"),
            QJsonObject {{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")}}},
        {QStringLiteral("data"), true}});
}
