#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Leads and what hangs off one lead: notes, manual logs (/v1.0/logType), site activities
// (v1 and v2) and system logs. Leads page like the live API: at most 25 a page whatever `limit`
// says, and `scrollId` pages forward.
class SandboxLeadRoutes
{
public:
    static constexpr int LeadPageSize = 25;

    explicit SandboxLeadRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    SandboxResponse list(const SandboxCall& call);
    SandboxResponse create(const SandboxCall& call);
    SandboxResponse get(const SandboxCall& call);
    SandboxResponse update(const SandboxCall& call);
    SandboxResponse trash(const SandboxCall& call);
    SandboxResponse touch(const SandboxCall& call, const QString& field); // property, inquiry, ...
    SandboxResponse assign(const SandboxCall& call);
    SandboxResponse assignees(const SandboxCall& call);
    SandboxResponse activities(const SandboxCall& call);
    SandboxResponse activitiesV2(const SandboxCall& call);
    SandboxResponse systemLogs(const SandboxCall& call);
    SandboxResponse brokermintContacts(const SandboxCall& call);
    SandboxResponse notes(const SandboxCall& call);
    SandboxResponse addNote(const SandboxCall& call);
    SandboxResponse note(const SandboxCall& call);
    SandboxResponse updateNote(const SandboxCall& call);
    SandboxResponse deleteNote(const SandboxCall& call);
    SandboxResponse manualLogs(const SandboxCall& call);
    SandboxResponse addManualLog(const SandboxCall& call);
    SandboxResponse manualLog(const SandboxCall& call);
    SandboxResponse deleteManualLog(const SandboxCall& call);

    QList<QJsonObject> filteredLeads(const SandboxCall& call) const;
    QJsonObject* lead(qint64 leadId);

    SandboxData& m_data;
};
