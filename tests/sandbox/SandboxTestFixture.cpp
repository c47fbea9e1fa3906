#include "SandboxTestFixture.h"
#include "sandbox/SandboxAdminRoutes.h"
#include "util/UtcTime.h"

bool SandboxTestFixture::start()
{
    clock.set(UtcTime::make(QDate(2026, 1, 1), QTime(12, 0)));
    server = std::make_unique<SandboxServer>();
    server->setClock(&clock);
    http.setDefaultHeader(SandboxAdminRoutes::KeyHeader, server->adminKey().toLatin1());
    return server->listen();
}

QString SandboxTestFixture::secretOf(const QString& clientId) const
{
    return server->config().app(clientId)->clientSecret;
}

QString SandboxTestFixture::customerKeyOf(const QString& accountId) const
{
    return server->config().account(accountId)->customerKey;
}

QString SandboxTestFixture::tokenFor(const QString& clientId, const QString& accountId)
{
    const HttpResult result = http.postForm(server->tokenUrl(),
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
            {QStringLiteral("customer_key"), customerKeyOf(accountId)}},
        SandboxTestHttp::basic(clientId, secretOf(clientId)));
    return result.json().value(QStringLiteral("access_token")).toString();
}

QUrl SandboxTestFixture::api(const QString& pathAndQuery) const
{
    return QUrl(server->baseUrl().toString() + pathAndQuery);
}

QUrl SandboxTestFixture::admin(const QString& path) const
{
    return QUrl(server->adminUrl().toString() + path);
}

HttpResult SandboxTestFixture::apiGet(const QString& pathAndQuery, const QString& token)
{
    return http.get(api(pathAndQuery), SandboxTestHttp::bearer(token));
}
