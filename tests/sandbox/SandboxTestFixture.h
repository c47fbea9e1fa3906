#pragma once

#include "ManualClock.h"
#include "SandboxTestHttp.h"
#include "sandbox/SandboxServer.h"

#include <memory>

// A listening sandbox on a manual clock plus helpers to get tokens without a browser
// (client credentials with an account's customer key).
struct SandboxTestFixture
{
    std::unique_ptr<SandboxServer> server;
    ManualClock clock;
    SandboxTestHttp http;

    bool start();
    QString secretOf(const QString& clientId) const;
    QString customerKeyOf(const QString& accountId) const;
    QString tokenFor(const QString& clientId, const QString& accountId = QStringLiteral("alice"));
    QUrl api(const QString& pathAndQuery) const;
    QUrl admin(const QString& path) const;
    HttpResult apiGet(const QString& pathAndQuery, const QString& token);
};
