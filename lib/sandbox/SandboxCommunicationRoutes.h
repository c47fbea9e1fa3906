#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Calls, texts and e-mails of a lead (v1 lists, v2 single records, the per-agent search) and
// the send operations, which record what was sent as the lead's communication.
class SandboxCommunicationRoutes
{
public:
    explicit SandboxCommunicationRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    SandboxResponse calls(const SandboxCall& call);
    SandboxResponse callById(const SandboxCall& call);
    SandboxResponse recordingUrl(const SandboxCall& call);
    SandboxResponse ofLead(const SandboxCall& call, const QString& collection, const QStringList& keys);
    SandboxResponse byId(const SandboxCall& call, const QString& collection);
    SandboxResponse searchByAgent(const SandboxCall& call);
    SandboxResponse byAgentPaged(const SandboxCall& call);
    SandboxResponse sendSms(const SandboxCall& call);
    SandboxResponse sendEmail(const SandboxCall& call);

    QList<QJsonObject> ofAgent(qint64 agentId) const;

    SandboxData& m_data;
};
