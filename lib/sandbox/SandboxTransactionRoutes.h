#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Transactions of a lead (v1), the team-wide transaction search and pipelines (v2), the
// property address of a transaction and the Brokermint sync.
class SandboxTransactionRoutes
{
public:
    explicit SandboxTransactionRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    SandboxResponse ofLead(const SandboxCall& call);
    SandboxResponse create(const SandboxCall& call);
    SandboxResponse get(const SandboxCall& call);
    SandboxResponse update(const SandboxCall& call);
    SandboxResponse address(const SandboxCall& call);
    SandboxResponse updateAddress(const SandboxCall& call);
    SandboxResponse brokermint(const SandboxCall& call);
    SandboxResponse customFields(const SandboxCall& call);
    SandboxResponse search(const SandboxCall& call);
    SandboxResponse pipelines(const SandboxCall& call);

    QJsonObject* transaction(qint64 leadId, qint64 transactionId);
    static QJsonObject view(const QJsonObject& transaction); // the v1 shape

    SandboxData& m_data;
};
