#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// The team: members (at most 25 a page, like leads), the caller (/me), the organization and its
// offices, agents (add, tag, deactivate/reactivate), vendors and opportunity notifications.
class SandboxTeamRoutes
{
public:
    static constexpr int MemberPageSize = 25;

    explicit SandboxTeamRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    SandboxResponse members(const SandboxCall& call);
    SandboxResponse me(const SandboxCall& call);
    SandboxResponse memberById(const SandboxCall& call);
    SandboxResponse memberByAccount(const SandboxCall& call);
    SandboxResponse organization(const SandboxCall& call);
    SandboxResponse permissionProfiles(const SandboxCall& call);
    SandboxResponse office(const SandboxCall& call, bool add);
    SandboxResponse company(const SandboxCall& call);
    SandboxResponse vendors(const SandboxCall& call);
    SandboxResponse addAgent(const SandboxCall& call);
    SandboxResponse tagAgent(const SandboxCall& call);
    SandboxResponse setAgentActive(const SandboxCall& call, bool active);
    SandboxResponse notifyOpportunity(const SandboxCall& call);

    QJsonObject* member(qint64 userId);

    SandboxData& m_data;
};
