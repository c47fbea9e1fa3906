#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Listings: the v2 search (Lofty's body keys: searchScope, soldFlag, filterConditions,
// sortFields, pageNum, pageSize), an agent's listings (v1) and the published-listings XML feed,
// all from a small fixed set of sandbox listings.
class SandboxListingRoutes
{
public:
    SandboxListingRoutes() = default;
    void addTo(SandboxRouteTable& table);

private:
    static SandboxResponse search(const SandboxCall& call);
    static SandboxResponse agentListings(const SandboxCall& call);
    static SandboxResponse publishedFeed(const SandboxCall& call);
    static QList<QJsonObject> listings(bool sold);
};
