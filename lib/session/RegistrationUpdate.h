#pragma once

#include "profiles/Profile.h"

class SandboxServer;
struct SandboxApp;

// How a registration edit or a lifecycle action (AppLifecycle) reaches the stored profile and,
// for the built-in sandbox, the in-process server: the profile's record follows the portal's
// rules (a Production app's edit waits for review; an added API takes effect, and invalidates the
// app's tokens, at once in Development and at publish in Production).
class RegistrationUpdate
{
public:
    // `edited` as a form shows it: its mode differs from `current`'s only when the user recorded
    // another mode by hand (that drops a pending edit and the decline reason); its configuration
    // (proposedConfiguration()) is the edit. Provider settings are taken as they are.
    static AppRegistration::Outcome applyEdit(
        const Profile& current, const Profile& edited, const QDateTime& nowUtc, Profile* result);

    // The registration's lifecycle state onto the sandbox's app of the same client id: the
    // number of tokens an added API revoked, or -1 when the sandbox has no such app.
    static int pushToSandbox(SandboxServer* sandbox, const AppRegistration& registration);
    // The same, onto a configuration that is not running yet (no tokens to revoke).
    static void adoptInto(SandboxApp* app, const AppRegistration& registration);
};
