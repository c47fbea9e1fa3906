#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Team features (tags, lead custom fields, lead pipelines, lead ponds) and lead routing rules.
// Two of these GETs answer 415 without `Content-Type: application/json`; SandboxApiRoutes
// enforces that before a handler here runs.
class SandboxTeamFeatureRoutes
{
public:
    explicit SandboxTeamFeatureRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    SandboxResponse tags(const SandboxCall& call);
    SandboxResponse customFields(const SandboxCall& call);
    SandboxResponse addCustomField(const SandboxCall& call);
    SandboxResponse pipelines(const SandboxCall& call);
    SandboxResponse ponds(const SandboxCall& call);
    SandboxResponse pond(const SandboxCall& call);
    SandboxResponse rules(const SandboxCall& call);
    SandboxResponse editRule(const SandboxCall& call);
    SandboxResponse supplementRule(const SandboxCall& call);
    SandboxResponse editSupplementRule(const SandboxCall& call);
    SandboxResponse roles(const SandboxCall& call);
    SandboxResponse assignableMembers(const SandboxCall& call);

    static bool readRoutingType(const SandboxCall& call, int* type, SandboxResponse* failure);
    QJsonObject& supplementOf(int type);

    SandboxData& m_data;
};
