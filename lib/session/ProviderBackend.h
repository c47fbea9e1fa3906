#pragma once

#include "oauth/TokenSet.h"
#include "profiles/Profile.h"

#include <QObject>

class Clock;
class SandboxServer;

// What differs between the kinds of provider a profile talks to: a provider reached over the
// network (Lofty, or any OAuth 2.0 server) or the sandbox running inside this process. The
// session asks its backend instead of checking which kind the profile is.
class ProviderBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isSandbox() const = 0;
    virtual void setClock(const Clock* clock) = 0;
    // Makes the provider reachable (the sandbox listens); false and `error` when it cannot.
    virtual bool start(QString* error) = 0;
    // The profile as it is used: a stored profile with the endpoints this backend serves.
    virtual Profile resolve(const Profile& stored) const = 0;
    // The profile became active: the provider learns its registration before any token exists.
    virtual void adoptRegistration(const Profile& profile) = 0;
    // The user edited the registration. False and `problem` when the provider could not apply it.
    virtual bool applyRegistrationEdit(const Profile& profile, QString* problem) = 0;
    // Whether the client secret comes from the backend rather than from the keychain.
    virtual bool suppliesClientSecret() const = 0;
    virtual QString clientSecret(const Profile& profile) const = 0;
    // An account's stored token is taken into use again (at start-up or after loading).
    virtual void readoptToken(
        const Profile& profile, const QString& accountId, const TokenSet& token, const QString& customerKey)
        = 0;
    // The in-process server, for the sandbox page and tests; null for a remote provider.
    virtual SandboxServer* sandboxServer() const = 0;
};
