#pragma once

#include "session/ProviderBackend.h"

// The built-in sandbox: owns the in-process SandboxServer, applies registration edits to it by
// direct call, hands it the client secret of its published configuration and gives it back the
// tokens accounts kept from an earlier run (the server forgets every token when it stops).
class SandboxBackend : public ProviderBackend
{
    Q_OBJECT

public:
    using ProviderBackend::ProviderBackend;

    bool isSandbox() const override { return true; }
    void setClock(const Clock* clock) override;
    bool start(QString* error) override;
    Profile resolve(const Profile& stored) const override;
    void adoptRegistration(const Profile& profile) override;
    bool applyRegistrationEdit(const Profile& profile, QString* problem) override;
    bool suppliesClientSecret() const override { return true; }
    QString clientSecret(const Profile& profile) const override;
    void readoptToken(const Profile& profile, const QString& accountId, const TokenSet& token,
        const QString& customerKey) override;
    SandboxServer* sandboxServer() const override { return m_server; }

private:
    SandboxServer* m_server = nullptr;
    const Clock* m_clock = nullptr;
};
