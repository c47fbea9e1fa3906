#include "session/RegistrationUpdate.h"

#include "sandbox/SandboxServer.h"

namespace {

std::optional<SandboxApp::Edit> sandboxPendingEdit(const AppRegistration& registration)
{
    if (!registration.pendingEdit)
        return std::nullopt;
    const AppRegistration::Configuration& pending = *registration.pendingEdit;
    return SandboxApp::Edit {pending.name, pending.description, pending.redirectUris, pending.grantedApis};
}

} // namespace

AppRegistration::Outcome RegistrationUpdate::applyEdit(
    const Profile& current, const Profile& edited, const QDateTime& nowUtc, Profile* result)
{
    *result = edited;
    result->accounts = current.accounts;
    AppRegistration registration = current.registration;
    registration.clientId = edited.registration.clientId;
    if (edited.registration.mode != current.registration.mode) {
        registration.mode = edited.registration.mode;
        registration.pendingEdit.reset();
        registration.declineReason.clear();
    }
    AppRegistration::Outcome outcome;
    outcome.ok = true;
    const AppRegistration::Configuration proposed = edited.registration.proposedConfiguration();
    if (proposed != registration.proposedConfiguration())
        outcome = registration.edit(proposed, nowUtc);
    if (outcome.ok)
        result->registration = registration;
    return outcome;
}

int RegistrationUpdate::pushToSandbox(SandboxServer* sandbox, const AppRegistration& registration)
{
    return sandbox->updateRegistration(registration.clientId, registration.mode, registration.grantedApis,
        sandboxPendingEdit(registration), registration.declineReason);
}

void RegistrationUpdate::adoptInto(SandboxApp* app, const AppRegistration& registration)
{
    app->mode = registration.mode;
    app->grantedApis = registration.grantedApis;
    app->pendingEdit = sandboxPendingEdit(registration);
    app->declineReason = registration.declineReason;
}
