#pragma once

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxApp.h"

#include <QByteArray>
#include <QList>

// The sandbox's registered apps and test accounts. The built-in configuration is documented in
// contracts.md; `lofty-sandbox --print-default-config` prints it in the format fromJson() reads.
class SandboxConfig
{
public:
    QList<SandboxApp> apps;
    QList<SandboxAccount> accounts;
    // Calls with an API key (`Authorization: token <key>`) per minute and account; Lofty allows
    // 10 (observed). JSON key "apiKeyRateLimitPerMinute", 1-100000.
    int apiKeyRateLimitPerMinute = DefaultApiKeyRateLimit;

    static constexpr int DefaultApiKeyRateLimit = 10;

    static SandboxConfig builtIn();
    // Every API name Lofty's Developer Portal grants, in catalog order.
    static QStringList allGrantableApis();

    // Parses the JSON file format. On failure returns an empty config and sets *error to a
    // message that names the offending field (e.g. "apps[2].mode: unknown mode \"Beta\"").
    static SandboxConfig fromJson(const QByteArray& json, QString* error);
    QByteArray toJson() const;

    const SandboxApp* app(const QString& clientId) const;
    SandboxApp* app(const QString& clientId);
    const SandboxAccount* account(const QString& accountId) const;
    const SandboxAccount* accountByCustomerKey(const QString& customerKey) const;
    const SandboxAccount* accountByEmail(const QString& email) const; // case-insensitive
};
