#pragma once

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxApp.h"

#include <QList>
#include <QString>

// The HTML the sandbox's authorize step shows. Test browsers parse the consent form, so its
// element names are part of the contract (contracts.md): form#consent, input[name=request],
// select[name=account] with one option per account, button[name=decision] approve/deny.
class SandboxConsentPage
{
public:
    static QString consentForm(
        const SandboxApp& app, const QString& requestId, const QList<SandboxAccount>& accounts);
    static QString errorPage(const QString& title, const QString& message);
};
