#include "sandbox/SandboxTeamFeatureRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxTeamFeatureRoutes", text);
}

const QString Rules = QStringLiteral("routingRules");
const QString Supplements = QStringLiteral("routingSupplements");

QJsonObject makeRule(qint64 id, int type)
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("type"), type},
        {QStringLiteral("name"), QStringLiteral("Round robin for web leads")},
        {QStringLiteral("sourceName"), QStringLiteral("Website")}, {QStringLiteral("sourceMatchType"), 1},
        {QStringLiteral("tagNames"), QJsonArray {}}, {QStringLiteral("groupNames"), QJsonArray {}},
        {QStringLiteral("priceMin"), -1}, {QStringLiteral("priceMax"), -1},
        {QStringLiteral("ruleSwitch"), true}, {QStringLiteral("updateTime"), SandboxData::SeedEpochMs}};
}

} // namespace

SandboxTeamFeatureRoutes::SandboxTeamFeatureRoutes(SandboxData& data)
    : m_data(data)
{ }

void SandboxTeamFeatureRoutes::addTo(SandboxRouteTable& table)
{
    table.add("GET", "/v1.0/teamFeatures/listTag", [this](const SandboxCall& c) { return tags(c); });
    table.add("GET", "/v1.0/teamFeatures/listCustomField",
        [this](const SandboxCall& c) { return customFields(c); });
    table.add("POST", "/v1.0/teamFeatures/custom-field",
        [this](const SandboxCall& c) { return addCustomField(c); }, {},
        {QStringLiteral("attributeName"), QStringLiteral("attributeType"), QStringLiteral("value")});
    table.add(
        "GET", "/v1.0/teamFeatures/lead-pipelines", [this](const SandboxCall& c) { return pipelines(c); });
    table.add("GET", "/v1.0/team-features/lead-ponds", [this](const SandboxCall& c) { return ponds(c); });
    table.add("GET", "/v1.0/team-features/lead-pond/{id}", [this](const SandboxCall& c) { return pond(c); });
    table.add("GET", "/v1.0/routing/rule/list/{type}", [this](const SandboxCall& c) { return rules(c); });
    table.add("PUT", "/v1.0/routing/rule/{type}", [this](const SandboxCall& c) { return editRule(c); });
    table.add("GET", "/v1.0/routing/rule/supplement/{type}",
        [this](const SandboxCall& c) { return supplementRule(c); });
    table.add("PUT", "/v1.0/routing/rule/supplement/{type}",
        [this](const SandboxCall& c) { return editSupplementRule(c); });
    table.add("GET", "/v1.0/routing/role/list", [this](const SandboxCall& c) { return roles(c); });
    table.add("GET", "/v1.0/routing/member/list/{type}",
        [this](const SandboxCall& c) { return assignableMembers(c); });
}

// The tags in use on the team's leads, one entry per tag.
SandboxResponse SandboxTeamFeatureRoutes::tags(const SandboxCall&)
{
    QJsonArray result;
    QList<qint64> seen;
    for (const QJsonObject& lead : std::as_const(m_data.collection(QStringLiteral("leads")))) {
        for (const QJsonValue& tag : lead.value(QStringLiteral("tags")).toArray()) {
            const qint64 tagId = tag.toObject().value(QStringLiteral("tagId")).toInteger();
            if (seen.contains(tagId))
                continue;
            seen.append(tagId);
            result.append(tag);
        }
    }
    return SandboxResponse::json(result);
}

SandboxResponse SandboxTeamFeatureRoutes::customFields(const SandboxCall&)
{
    return SandboxResponse::json(toArray(m_data.collection(QStringLiteral("leadCustomFields"))));
}

SandboxResponse SandboxTeamFeatureRoutes::addCustomField(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const QString name = body.value(QStringLiteral("attributeName")).toString();
    if (name.isEmpty())
        return invalidParameter(tr("attributeName must not be empty."));
    QList<QJsonObject>& fields = m_data.collection(QStringLiteral("leadCustomFields"));
    for (const QJsonObject& field : std::as_const(fields)) {
        if (field.value(QStringLiteral("attributeName")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return invalidParameter(tr("a custom field named \"%1\" exists already.").arg(name));
    }
    fields.append({{QStringLiteral("attributeName"), name},
        {QStringLiteral("attributeType"), body.value(QStringLiteral("attributeType")).toString()},
        {QStringLiteral("value"), body.value(QStringLiteral("value")).toString()},
        {QStringLiteral("params"), body.value(QStringLiteral("params")).toString()}});
    return SandboxResponse::rawJson("\"success\""); // the document answers a bare JSON string
}

SandboxResponse SandboxTeamFeatureRoutes::pipelines(const SandboxCall&)
{
    const QList<QJsonObject>& items = m_data.collection(QStringLiteral("leadPipelines"));
    const QJsonObject metadata {{QStringLiteral("collection"), QStringLiteral("pipelines")},
        {QStringLiteral("offset"), 0}, {QStringLiteral("limit"), int(items.size())},
        {QStringLiteral("total"), int(items.size())}, {QStringLiteral("scrollId"), QString()}};
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("_metadata"), metadata}, {QStringLiteral("pipelines"), toArray(items)}});
}

SandboxResponse SandboxTeamFeatureRoutes::ponds(const SandboxCall&)
{
    return SandboxResponse::json(toArray(m_data.collection(QStringLiteral("leadPonds"))));
}

SandboxResponse SandboxTeamFeatureRoutes::pond(const SandboxCall& call)
{
    const QJsonObject* found
        = m_data.find(QStringLiteral("leadPonds"), QStringLiteral("id"), call.id(QStringLiteral("id")));
    if (!found)
        return invalidParameter(tr("no lead pond with id %1.").arg(call.path.value(QStringLiteral("id"))));
    return SandboxResponse::json(*found);
}

bool SandboxTeamFeatureRoutes::readRoutingType(const SandboxCall& call, int* type, SandboxResponse* failure)
{
    *type = call.path.value(QStringLiteral("type")).toInt();
    if (*type == 1 || *type == 2 || *type == 4)
        return true;
    *failure = invalidParameter(tr("type must be 1, 2 or 4."));
    return false;
}

SandboxResponse SandboxTeamFeatureRoutes::rules(const SandboxCall& call)
{
    int type = 0;
    SandboxResponse failure;
    if (!readRoutingType(call, &type, &failure))
        return failure;
    QList<QJsonObject>& all = m_data.collection(Rules);
    if (all.isEmpty()) {
        for (int seededType : {1, 2, 4})
            all.append(makeRule(SandboxData::IdBase + 60000 + seededType * 2, seededType));
    }
    QJsonArray result;
    for (const QJsonObject& rule : m_data.where(Rules, QStringLiteral("type"), type))
        result.append(without(rule, {QStringLiteral("type")}));
    return SandboxResponse::json(result);
}

SandboxResponse SandboxTeamFeatureRoutes::editRule(const SandboxCall& call)
{
    int type = 0;
    SandboxResponse failure;
    if (!readRoutingType(call, &type, &failure))
        return failure;
    rules(call); // seeds the rules on first use
    const qint64 id = call.bodyObject().value(QStringLiteral("id")).toInteger();
    QJsonObject* rule = m_data.find(Rules, QStringLiteral("id"), id);
    if (!rule || rule->value(QStringLiteral("type")).toInt() != type)
        return invalidParameter(tr("no routing rule %1 of type %2.").arg(id).arg(type));
    mergeKnownFields(rule, call.bodyObject(), {QStringLiteral("id"), QStringLiteral("type")});
    return SandboxResponse::rawJson("\"success\"");
}

QJsonObject& SandboxTeamFeatureRoutes::supplementOf(int type)
{
    QList<QJsonObject>& all = m_data.collection(Supplements);
    for (QJsonObject& item : all) {
        if (item.value(QStringLiteral("businessType")).toInt() == type)
            return item;
    }
    all.append({{QStringLiteral("roleId"), 1}, {QStringLiteral("businessType"), type},
        {QStringLiteral("strategyType"), 1}, {QStringLiteral("touchMinutes"), 15},
        {QStringLiteral("assigneeAgentId"), SandboxData::IdBase + 20000},
        {QStringLiteral("assigneeAgentName"), QStringLiteral("Team owner")},
        {QStringLiteral("assigneeGroupId"), SandboxData::IdBase + 100006},
        {QStringLiteral("assigneeGroupName"), QStringLiteral("Sales")},
        {QStringLiteral("updateTime"), SandboxData::SeedEpochMs}});
    return all.last();
}

SandboxResponse SandboxTeamFeatureRoutes::supplementRule(const SandboxCall& call)
{
    int type = 0;
    SandboxResponse failure;
    if (!readRoutingType(call, &type, &failure))
        return failure;
    return SandboxResponse::json(supplementOf(type));
}

SandboxResponse SandboxTeamFeatureRoutes::editSupplementRule(const SandboxCall& call)
{
    int type = 0;
    SandboxResponse failure;
    if (!readRoutingType(call, &type, &failure))
        return failure;
    mergeKnownFields(&supplementOf(type), call.bodyObject(), {QStringLiteral("businessType")});
    return SandboxResponse::rawJson("\"success\"");
}

SandboxResponse SandboxTeamFeatureRoutes::roles(const SandboxCall&)
{
    return SandboxResponse::json(QJsonArray {
        QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Agent")}},
        QJsonObject {{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("Lender")}}});
}

SandboxResponse SandboxTeamFeatureRoutes::assignableMembers(const SandboxCall& call)
{
    int type = 0;
    SandboxResponse failure;
    if (!readRoutingType(call, &type, &failure))
        return failure;
    QJsonArray result;
    for (const QJsonObject& member : std::as_const(m_data.collection(QStringLiteral("members"))))
        result.append(QJsonObject {{QStringLiteral("id"), member.value(QStringLiteral("memberUserId"))},
            {QStringLiteral("name"),
                member.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
                    + member.value(QStringLiteral("lastName")).toString()},
            {QStringLiteral("type"), 1}});
    return SandboxResponse::json(result);
}
