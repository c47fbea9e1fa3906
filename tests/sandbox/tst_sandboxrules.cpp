#include "SandboxTestFixture.h"
#include "sandbox/SandboxData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// What the sandbox enforces the way Lofty does, one rule per test, over real HTTP.
class tst_SandboxRules : public QObject
{
    Q_OBJECT

    SandboxTestFixture f;
    static constexpr qint64 Base = SandboxData::IdBase;
    static inline const QString FirstLead = QString::number(Base);

    // An API key may call every API, whichever the console's catalog names.
    QByteArray auth() { return "token " + f.customerKeyOf(QStringLiteral("alice")).toUtf8(); }

    HttpResult call(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray(),
        bool json = true, const QByteArray& authorization = QByteArray())
    {
        QList<QPair<QByteArray, QByteArray>> headers {
            {"Authorization", authorization.isEmpty() ? auth() : authorization}};
        if (json)
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return f.http.send(method, f.api(path), body, headers);
    }

    static QJsonArray array(const HttpResult& result) { return QJsonDocument::fromJson(result.body).array(); }

private slots:
    void init()
    {
        QVERIFY(f.start());
        f.server->setRateLimitOverride(100000);
    }
    void cleanup() { f.server.reset(); }

    void missingRequiredQueryParameterIs400With20012()
    {
        const HttpResult answer = call("GET", QStringLiteral("/v1.0/notes"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(QStringLiteral("code")).toInt(), 20012);
        QVERIFY(answer.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("leadId")));
        QCOMPARE(call("GET", QStringLiteral("/v1.0/notes?leadId=") + FirstLead).status, 200);
    }

    void missingRequiredBodyFieldIs400With20012()
    {
        const HttpResult answer
            = call("POST", QStringLiteral("/v1.0/notes"), "{\"leadId\": 9007199254740993, \"isPin\": false}");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(QStringLiteral("code")).toInt(), 20012);
        QVERIFY(
            answer.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("content")));
    }

    void deleteWithoutJsonContentTypeIs400With20001()
    {
        const QString task = QStringLiteral("/v1.0/tasks/%1").arg(Base + 200001);
        const HttpResult refused = call("DELETE", task, QByteArray(), false);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toInt(), 20001);
        QCOMPARE(refused.json().value(QStringLiteral("message")).toString(),
            QStringLiteral("Content-type must be: application/json"));
        QCOMPARE(call("GET", task).status, 200); // nothing was deleted
        QCOMPARE(call("DELETE", task).status, 200);
        QCOMPARE(call("GET", task).status, 404);
    }

    void theTwoGetsNeedJsonContentType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("lead ponds") << QStringLiteral("/v1.0/team-features/lead-ponds");
        QTest::newRow("custom fields") << QStringLiteral("/v1.0/teamFeatures/listCustomField");
    }

    void theTwoGetsNeedJsonContentType()
    {
        QFETCH(QString, path);
        QCOMPARE(call("GET", path, QByteArray(), false).status, 415);
        const HttpResult answer = call("GET", path);
        QCOMPARE(answer.status, 200);
        QVERIFY(!array(answer).isEmpty());
    }

    void otherGetsNeedNoContentType()
    {
        QCOMPARE(call("GET", QStringLiteral("/v1.0/leads"), QByteArray(), false).status, 200);
    }

    void deleteLeadNeedsReason()
    {
        const HttpResult refused = call("DELETE", QStringLiteral("/v1.0/leads/") + FirstLead);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toInt(), 20012);
        QCOMPARE(call("GET", QStringLiteral("/v1.0/leads/") + FirstLead).status, 200);
        QCOMPARE(
            call("DELETE", QStringLiteral("/v1.0/leads/%1?reason=duplicate").arg(FirstLead)).status, 200);
        const HttpResult gone = call("GET", QStringLiteral("/v1.0/leads/") + FirstLead);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.json().value(QStringLiteral("code")).toInt(), 20006);
    }

    void webhookFieldsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const auto hook = [](const char* listId, const char* url, const char* extra = "") {
            return QByteArray("{\"listId\": ") + listId + ", \"callbackUrl\": \"" + url + '"' + extra + '}';
        };
        QTest::newRow("listId 0") << hook("0", "https://h.example/x") << 400
                                  << QStringLiteral("WEBHOOK_TYPE_ERROR");
        QTest::newRow("listId 13") << hook("13", "https://h.example/x") << 400
                                   << QStringLiteral("WEBHOOK_TYPE_ERROR");
        QTest::newRow("http elsewhere")
            << hook("2", "http://h.example/x") << 400 << QStringLiteral("WEBHOOK_CALLBACK_URL_INVALID");
        QTest::newRow("ftp") << hook("2", "ftp://h.example/x") << 400
                             << QStringLiteral("WEBHOOK_CALLBACK_URL_INVALID");
        QTest::newRow("limit 0") << hook("2", "https://h.example/x", ", \"limit\": 0") << 400
                                 << QStringLiteral("20012");
        QTest::newRow("limit 5001") << hook("2", "https://h.example/x", ", \"limit\": 5001") << 400
                                    << QStringLiteral("20012");
        QTest::newRow("permissionMode 2")
            << hook("2", "https://h.example/x", ", \"permissionMode\": 2") << 400 << QStringLiteral("20012");
        QTest::newRow("https, list 12, limit 5000")
            << hook("12", "https://h.example/x", ", \"limit\": 5000, \"permissionMode\": 1") << 200
            << QString();
        QTest::newRow("loopback 127.0.0.1") << hook("1", "http://127.0.0.1:8080/x") << 200 << QString();
        QTest::newRow("loopback localhost") << hook("3", "http://localhost/x") << 200 << QString();
    }

    void webhookFieldsAreChecked()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult answer = call("POST", QStringLiteral("/v1.0/webhook"), body);
        QCOMPARE(answer.status, status);
        const QJsonValue answerCode = answer.json().value(QStringLiteral("code"));
        if (status != 200) {
            QCOMPARE(
                answerCode.isString() ? answerCode.toString() : QString::number(answerCode.toInt()), code);
            QCOMPARE(array(call("GET", QStringLiteral("/v1.0/webhooks"))).size(), 1); // only the seeded one
            return;
        }
        const qint64 id = answer.json().value(QStringLiteral("subscribeId")).toInteger();
        QVERIFY(id > Base);
        QCOMPARE(array(call("GET", QStringLiteral("/v1.0/webhooks"))).size(), 2);
        const HttpResult removed = call("DELETE", QStringLiteral("/v1.0/webhook/%1").arg(id));
        QCOMPARE(removed.status, 200);
        QVERIFY(removed.body.isEmpty());
        QCOMPARE(array(call("GET", QStringLiteral("/v1.0/webhooks"))).size(), 1);
    }

    void apiKeySentAsBearerIs400With200058()
    {
        const QByteArray key = f.customerKeyOf(QStringLiteral("bob")).toUtf8();
        const HttpResult answer
            = call("GET", QStringLiteral("/v1.0/me"), QByteArray(), true, "Bearer " + key);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(QStringLiteral("code")).toInt(), 200058);
        QCOMPARE(call("GET", QStringLiteral("/v1.0/me"), QByteArray(), true, "token " + key).status, 200);
    }

    void apiKeyCallsAreLimitedPerMinute_data()
    {
        QTest::addColumn<int>("configured"); // 0: the default
        QTest::addColumn<int>("limit");
        QTest::newRow("Lofty's 10 a minute") << 0 << 10;
        QTest::newRow("configured 3") << 3 << 3;
    }

    void apiKeyCallsAreLimitedPerMinute()
    {
        QFETCH(int, configured);
        QFETCH(int, limit);
        f.server->setRateLimitOverride(0);
        if (configured) {
            SandboxConfig config = f.server->config();
            config.apiKeyRateLimitPerMinute = configured;
            f.server->setConfig(config);
        }
        const QByteArray key = "token " + f.customerKeyOf(QStringLiteral("bob")).toUtf8();
        for (int i = 0; i < limit; ++i)
            QCOMPARE(call("GET", QStringLiteral("/v1.0/me"), QByteArray(), true, key).status, 200);
        const HttpResult over = call("GET", QStringLiteral("/v1.0/me"), QByteArray(), true, key);
        QCOMPARE(over.status, 429);
        QCOMPARE(over.header("X-RateLimit-Limit"), QByteArray::number(limit));
        f.clock.advance(61);
        QCOMPARE(call("GET", QStringLiteral("/v1.0/me"), QByteArray(), true, key).status, 200);
    }

    void callsNeedLeadId()
    {
        QCOMPARE(call("GET", QStringLiteral("/v1.0/calls")).status, 404);
        const HttpResult answer = call("GET", QStringLiteral("/v1.0/calls?leadId=") + FirstLead);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("calls")).toArray().size(), 1);
    }

    void xmlFeedNeedsAcceptXml()
    {
        const QString feed = QStringLiteral("/v1.0/getPublishedListings?type=AllOnMarket");
        QCOMPARE(call("GET", feed).status, 406);
        const HttpResult answer = f.http.send(
            "GET", f.api(feed), QByteArray(), {{"Authorization", auth()}, {"Accept", "application/xml"}});
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Content-Type").startsWith("application/xml"));
        QVERIFY(answer.body.contains("<listings type=\"AllOnMarket\">"));
    }

    void leadsComeAtMost25APageAndScrollIdPagesForward()
    {
        const HttpResult first = call("GET", QStringLiteral("/v1.0/leads?limit=100"));
        QCOMPARE(first.status, 200);
        const QJsonArray firstLeads = first.json().value(QStringLiteral("leads")).toArray();
        QCOMPARE(firstLeads.size(), 25);
        const QJsonObject metadata = first.json().value(QStringLiteral("_metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("total")).toInt(), 40);
        QCOMPARE(metadata.value(QStringLiteral("collection")).toString(), QStringLiteral("leads"));
        const QString scrollId = metadata.value(QStringLiteral("scrollId")).toString();
        QVERIFY(!scrollId.isEmpty());
        const HttpResult second = call("GET", QStringLiteral("/v1.0/leads?limit=100&scrollId=") + scrollId);
        const QJsonArray secondLeads = second.json().value(QStringLiteral("leads")).toArray();
        QCOMPARE(secondLeads.size(), 15);
        QCOMPARE(secondLeads.first().toObject().value(QStringLiteral("leadId")).toInteger(), Base + 2 * 25);
        QCOMPARE(second.json()
                     .value(QStringLiteral("_metadata"))
                     .toObject()
                     .value(QStringLiteral("scrollId"))
                     .toString(),
            QString());
    }

    void membersComeAtMost25APage()
    {
        SandboxConfig config = f.server->config();
        const SandboxAccount model = config.accounts.first();
        for (int i = 0; i < 27; ++i) {
            SandboxAccount extra = model;
            extra.id = QStringLiteral("agent%1").arg(i);
            extra.email = QStringLiteral("agent%1@sandbox.lofty.invalid").arg(i);
            extra.customerKey = QStringLiteral("key-%1").arg(i);
            config.accounts.append(extra);
        }
        f.server->setConfig(config);
        const HttpResult first = call("GET", QStringLiteral("/v1.0/members?limit=50"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("members")).toArray().size(), 25);
        const QString scrollId = first.json()
                                     .value(QStringLiteral("_metadata"))
                                     .toObject()
                                     .value(QStringLiteral("scrollId"))
                                     .toString();
        const HttpResult second = call("GET", QStringLiteral("/v1.0/members?scrollId=") + scrollId);
        QCOMPARE(second.json().value(QStringLiteral("members")).toArray().size(), 5);
    }

    void leadAnswersInLoftysFormats()
    {
        const HttpResult answer = call("GET", QStringLiteral("/v1.0/leads/") + FirstLead);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.startsWith("{\"lead\":{"));
        const QJsonObject lead = answer.json().value(QStringLiteral("lead")).toObject();
        QCOMPARE(
            lead.value(QStringLiteral("createTime")).toString(), QStringLiteral("2026-01-01T00:00:00GMT"));
        const QJsonArray activities
            = array(call("GET", QStringLiteral("/v1.0/leads/%1/activities").arg(FirstLead)));
        QCOMPARE(activities.first().toObject().value(QStringLiteral("created")).toInteger(),
            SandboxData::SeedEpochMs);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxRules)
#include "tst_sandboxrules.moc"
