#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Lofty's AI sales agent: working leads (add, check, mute), plan tasks, the agent's settings
// and quota, the AI features (call summaries, call scripts, lead analyses, prepare insights)
// and the notifications it sends agents. The sandbox runs no model: AI answers are built from
// the lead's own records, and sent notifications are only recorded (see --help).
class SandboxSalesAgentRoutes
{
public:
    explicit SandboxSalesAgentRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    SandboxResponse workingLeads(const SandboxCall& call);
    SandboxResponse addWorkingLeads(const SandboxCall& call);
    SandboxResponse workingLead(const SandboxCall& call);
    SandboxResponse mute(const SandboxCall& call);
    SandboxResponse muteStatus(const SandboxCall& call);
    SandboxResponse planTasks(const SandboxCall& call);
    SandboxResponse createPlanTasks(const SandboxCall& call);
    SandboxResponse salesAgent(const SandboxCall& call);
    SandboxResponse quota(const SandboxCall& call);
    SandboxResponse settings(const SandboxCall& call);
    SandboxResponse saveSettings(const SandboxCall& call);
    SandboxResponse generateCallSummary(const SandboxCall& call);
    SandboxResponse callSummary(const SandboxCall& call);
    SandboxResponse callScript(const SandboxCall& call);
    SandboxResponse prepareInsight(const SandboxCall& call);
    SandboxResponse createLeadAnalysis(const SandboxCall& call);
    SandboxResponse leadAnalyses(const SandboxCall& call);
    SandboxResponse notifyAgent(const SandboxCall& call, const QString& channel);

    const QJsonObject* summaryOf(qint64 callId);
    QJsonObject* lead(qint64 leadId);
    QJsonObject* workingLeadOf(qint64 leadId);
    QJsonObject agentProfile(const QString& accountId) const;
    QJsonObject& storedSettings();

    SandboxData& m_data;
};
