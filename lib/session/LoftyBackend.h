#pragma once

#include "session/ProviderBackend.h"

// A provider reached over the network (Lofty, or any OAuth 2.0 server the profile names):
// nothing runs locally, registration edits are made in the provider's own portal, and the client
// secret lives in the keychain.
class LoftyBackend : public ProviderBackend
{
    Q_OBJECT

public:
    using ProviderBackend::ProviderBackend;

    bool isSandbox() const override { return false; }
    void setClock(const Clock*) override { }
    bool start(QString*) override { return true; }
    Profile resolve(const Profile& stored) const override { return stored; }
    void adoptRegistration(const Profile&) override { }
    bool applyRegistrationEdit(const Profile&, QString*) override { return true; }
    bool suppliesClientSecret() const override { return false; }
    QString clientSecret(const Profile&) const override { return QString(); }
    void readoptToken(const Profile&, const QString&, const TokenSet&, const QString&) override { }
    SandboxServer* sandboxServer() const override { return nullptr; }
};
