#include "SandboxTestFixture.h"
#include "sandbox/SandboxData.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString IdText = QStringLiteral("9007199254740993");
const QByteArray NoPermissionBody
    = "{\"code\":200100,\"message\":\"Sorry, the vendor does not have permission for this API.\"}";

} // namespace

class tst_SandboxApi : public QObject
{
    Q_OBJECT

private:
    SandboxTestFixture f;

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.server.reset(); }

    void meAnswersTheCallersProfile()
    {
        const HttpResult me = f.apiGet(
            QStringLiteral("/v1.0/me"), f.tokenFor(QStringLiteral("sandbox-web"), QStringLiteral("carol")));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("email")).toString(),
            QStringLiteral("carol@sandbox.lofty.invalid"));
        QCOMPARE(me.json().value(QStringLiteral("roleName")).toString(), QStringLiteral("Admin"));
        QCOMPARE(me.json().value(QStringLiteral("role")).toInt(), 2);
    }

    void apiKeyWorksWithTokenScheme()
    {
        const HttpResult me = f.http.get(
            f.api(QStringLiteral("/v1.0/me")), "token " + f.customerKeyOf(QStringLiteral("bob")).toUtf8());
        QCOMPARE(me.status, 200);
        QCOMPARE(
            me.json().value(QStringLiteral("email")).toString(), QStringLiteral("bob@sandbox.lofty.invalid"));
    }

    void missingCredentialsAre401WithLoftysBody()
    {
        const HttpResult answer = f.http.get(f.api(QStringLiteral("/v1.0/me")));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json().value(QStringLiteral("code")).toString(), QStringLiteral("BAD_CREDENTIALS"));
        QVERIFY(!answer.json().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!answer.header("X-RateLimit-Limit").isEmpty());
    }

    void unknownTokenIs401()
    {
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), QStringLiteral("sbxa_nope")).status, 401);
        QCOMPARE(f.http.get(f.api(QStringLiteral("/v1.0/me")), "token eyJ.bad.key").status, 401);
    }

    void expiredTokenIs401()
    {
        f.server->setTokenLifetimeSeconds(60);
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
        f.clock.advance(61);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 401);
    }

    void apiNotGrantedIs403With200100()
    {
        const HttpResult answer
            = f.apiGet(QStringLiteral("/v1.0/webhooks"), f.tokenFor(QStringLiteral("sandbox-web")));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.body, NoPermissionBody);
        QVERIFY(!answer.header("X-RateLimit-Remaining").isEmpty());
    }

    void rateLimitHeadersOnEveryAnswer()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        const HttpResult first = f.apiGet(QStringLiteral("/v1.0/me"), token);
        const HttpResult second = f.apiGet(QStringLiteral("/v1.0/me"), token);
        QCOMPARE(first.header("X-RateLimit-Limit"), QByteArray("100"));
        QCOMPARE(first.header("X-RateLimit-Remaining"), QByteArray("99"));
        QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("98"));
        QCOMPARE(first.header("X-RateLimit-Reset").toLongLong(), f.clock.nowUtc().toSecsSinceEpoch() + 60);
    }

    void productionAppsGet500PerMinute()
    {
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), f.tokenFor(QStringLiteral("sandbox-prod")))
                     .header("X-RateLimit-Limit"),
            QByteArray("500"));
    }

    void rateLimitOverrideRaisesEveryApp()
    {
        f.server->setRateLimitOverride(100000);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), f.tokenFor(QStringLiteral("sandbox-web")))
                     .header("X-RateLimit-Limit"),
            QByteArray("100000"));
    }

    void pastTheLimitIs429UntilTheWindowResets()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
        const HttpResult limited = f.apiGet(QStringLiteral("/v1.0/me"), token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body, QByteArray("{\"message\":\"Too Many Requests\"}"));
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
        // The limit is per app: another app is unaffected.
        QCOMPARE(
            f.apiGet(QStringLiteral("/v1.0/me"), f.tokenFor(QStringLiteral("sandbox-prod"))).status, 200);
        f.clock.advance(60);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
    }

    void idsAbove2To53ComeBackExact()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        const HttpResult list = f.apiGet(QStringLiteral("/v1.0/leads"), token);
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains("\"leadId\":" + IdText.toLatin1()));
        const HttpResult one = f.apiGet(QStringLiteral("/v1.0/leads/") + IdText, token);
        QCOMPARE(one.status, 200);
        QVERIFY(one.body.contains("\"leadId\":" + IdText.toLatin1()));
        QCOMPARE(
            one.json().value(QStringLiteral("lead")).toObject().value(QStringLiteral("leadId")).toInteger(),
            SandboxData::IdBase);
    }

    void leadsPageWithOffsetAndLimit()
    {
        const HttpResult page = f.apiGet(
            QStringLiteral("/v1.0/leads?offset=5&limit=5"), f.tokenFor(QStringLiteral("sandbox-web")));
        QCOMPARE(page.status, 200);
        const QJsonArray leads = page.json().value(QStringLiteral("leads")).toArray();
        QCOMPARE(leads.size(), 5);
        QCOMPARE(
            leads.at(0).toObject().value(QStringLiteral("leadId")).toInteger(), SandboxData::IdBase + 10);
        const QJsonObject metadata = page.json().value(QStringLiteral("_metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("total")).toInt(), 40);
        QCOMPARE(metadata.value(QStringLiteral("offset")).toInt(), 5);
        QCOMPARE(metadata.value(QStringLiteral("limit")).toInt(), 5);
    }

    void invalidLimitIs400()
    {
        const HttpResult answer
            = f.apiGet(QStringLiteral("/v1.0/leads?limit=0"), f.tokenFor(QStringLiteral("sandbox-web")));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(QStringLiteral("code")).toInt(), 20042);
    }

    void unknownLeadIs404()
    {
        const HttpResult answer
            = f.apiGet(QStringLiteral("/v1.0/leads/12345"), f.tokenFor(QStringLiteral("sandbox-web")));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json().value(QStringLiteral("code")).toInt(), 20006);
    }

    void writesChangeTheData()
    {
        const QByteArray auth = SandboxTestHttp::bearer(f.tokenFor(QStringLiteral("sandbox-web")));
        const HttpResult created = f.http.sendJson("POST", f.api(QStringLiteral("/v1.0/leads")),
            QJsonObject {{QStringLiteral("firstName"), QStringLiteral("Zoe")}}, auth);
        QCOMPARE(created.status, 200);
        const qint64 leadId = created.json().value(QStringLiteral("leadId")).toInteger();
        QVERIFY(leadId > SandboxData::IdBase);
        const QUrl leadUrl = f.api(QStringLiteral("/v1.0/leads/%1").arg(leadId));
        const auto leadOf
            = [&] { return f.http.get(leadUrl, auth).json().value(QStringLiteral("lead")).toObject(); };
        QCOMPARE(leadOf().value(QStringLiteral("firstName")).toString(), QStringLiteral("Zoe"));
        QCOMPARE(f.http
                     .sendJson(
                         "PUT", leadUrl, QJsonObject {{QStringLiteral("stage"), QStringLiteral("Hot")}}, auth)
                     .status,
            200);
        QCOMPARE(leadOf().value(QStringLiteral("stage")).toString(), QStringLiteral("Hot"));
        QUrl deleteUrl = leadUrl;
        deleteUrl.setQuery(QStringLiteral("reason=test"));
        QCOMPARE(f.http
                     .send("DELETE", deleteUrl, QByteArray(),
                         {{"Authorization", auth}, {"Content-Type", "application/json"}})
                     .status,
            200);
        QCOMPARE(f.http.get(leadUrl, auth).status, 404);
    }

    void malformedBodyIs400()
    {
        const HttpResult answer = f.http.send("POST", f.api(QStringLiteral("/v1.0/leads")), "{nope",
            {{"Authorization", SandboxTestHttp::bearer(f.tokenFor(QStringLiteral("sandbox-web")))},
                {"Content-Type", "application/json"}});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(QStringLiteral("code")).toInt(), 20012);
    }

    void pathOutsideTheCatalogIs404()
    {
        QCOMPARE(
            f.apiGet(QStringLiteral("/v1.0/nothing-here"), f.tokenFor(QStringLiteral("sandbox-web"))).status,
            404);
    }

    void grantingANewApiInvalidatesTheAppsTokens()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        const QString otherAppToken = f.tokenFor(QStringLiteral("sandbox-prod"));
        QStringList apis = f.server->config().app(QStringLiteral("sandbox-web"))->grantedApis;
        apis.append(QStringLiteral("Webhooks"));
        const HttpResult patched = f.http.sendJson("PATCH", f.admin(QStringLiteral("/apps/sandbox-web")),
            QJsonObject {{QStringLiteral("grantedApis"), QJsonArray::fromStringList(apis)}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 401);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), otherAppToken).status, 200);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/webhooks"), f.tokenFor(QStringLiteral("sandbox-web"))).status,
            200);
    }

    void removingAnApiKeepsTokensButForbidsIt()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        QStringList apis = f.server->config().app(QStringLiteral("sandbox-web"))->grantedApis;
        apis.removeAll(QStringLiteral("Leads"));
        QCOMPARE(f.http
                     .sendJson("PATCH", f.admin(QStringLiteral("/apps/sandbox-web")),
                         QJsonObject {{QStringLiteral("grantedApis"), QJsonArray::fromStringList(apis)}})
                     .status,
            200);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/leads"), token).status, 403);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxApi)
#include "tst_sandboxapi.moc"
