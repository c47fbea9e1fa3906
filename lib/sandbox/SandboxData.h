#pragma once

#include "sandbox/SandboxAccount.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The sandbox's seeded, deterministic fake CRM. Records are kept in the shapes of Lofty's
// published OpenAPI document (lead times like "2026-04-15T14:00:00GMT", activity `created` in
// epoch ms). Every id is a 64-bit integer above 2^53 (the first lead is 9007199254740993), so a
// client that parses ids as doubles shows the loss at once. Writes change the data in memory
// until reset().
class SandboxData
{
public:
    static constexpr qint64 IdBase = 9007199254740993LL; // 2^53 + 1: not representable as a double
    static constexpr qint64 TeamId = IdBase + 100000;
    static constexpr qint64 SeedEpochMs = 1767225600000LL; // 2026-01-01T00:00:00Z: seeded times never move

    SandboxData();
    void reset(); // back to the seeded state
    // Team members come from the configured accounts (one member per account).
    void setAccounts(const QList<SandboxAccount>& accounts);

    QList<QJsonObject>& collection(const QString& name);
    QList<QJsonObject> where(const QString& collectionName, const QString& field, qint64 value) const;
    QJsonObject* find(const QString& collectionName, const QString& idField, qint64 id);
    // The collection's first seeded record: the model a create starts from, even once every
    // record of the collection has been deleted.
    QJsonObject prototype(const QString& collectionName) const { return m_prototypes.value(collectionName); }
    bool remove(const QString& collectionName, const QString& idField, qint64 id);
    qint64 nextId() { return m_nextId += 2; } // odd offsets from 2^53 stay unrepresentable as doubles

    QJsonObject memberOf(const QString& accountId) const;
    qint64 memberUserIdOf(const QString& accountId) const;
    QJsonObject organization() const;

private:
    void seed();
    void seedLeads();
    void seedLeadRecords(const QJsonObject& lead, int index);
    void seedCommunication(qint64 leadId, qint64 base, qint64 when, int index);
    void seedTeamRecords();
    void seedTeamFeatures();
    QJsonObject makeLead(int index) const;
    QJsonObject makeMember(const SandboxAccount& account, int index) const;

    QList<SandboxAccount> m_accounts;
    QHash<QString, QList<QJsonObject>> m_collections;
    QHash<QString, QJsonObject> m_prototypes;
    qint64 m_nextId = IdBase;
};
