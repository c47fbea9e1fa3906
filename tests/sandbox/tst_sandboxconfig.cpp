#include "sandbox/SandboxConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_SandboxConfig : public QObject
{
    Q_OBJECT

private slots:
    void builtInAppsMatchTheContract()
    {
        const SandboxConfig config = SandboxConfig::builtIn();
        QCOMPARE(config.apps.size(), 5);
        QCOMPARE(
            config.app(QStringLiteral("sandbox-web"))->clientSecret, QStringLiteral("sbx-secret/web+key=1"));
        QVERIFY(config.app(QStringLiteral("sandbox-native"))->isPublic());
        QCOMPARE(config.app(QStringLiteral("sandbox-prod"))->mode, SandboxApp::Mode::Production);
        QCOMPARE(config.app(QStringLiteral("sandbox-prod"))->rateLimitPerMinute(), 500);
        QCOMPARE(config.app(QStringLiteral("sandbox-web"))->rateLimitPerMinute(), 100);
        QCOMPARE(config.app(QStringLiteral("sandbox-review"))->mode, SandboxApp::Mode::UnderReview);
        QCOMPARE(config.app(QStringLiteral("sandbox-declined"))->mode, SandboxApp::Mode::Declined);
        QCOMPARE(config.app(QStringLiteral("sandbox-prod"))->grantedApis, SandboxConfig::allGrantableApis());
        const QStringList web = config.app(QStringLiteral("sandbox-web"))->grantedApis;
        QVERIFY(!web.contains(QStringLiteral("Listings")));
        QVERIFY(!web.contains(QStringLiteral("Webhooks")));
        QCOMPARE(web.size(), SandboxConfig::allGrantableApis().size() - 2);
        QCOMPARE(
            config.app(QStringLiteral("sandbox-review"))->grantedApis, QStringList {QStringLiteral("Leads")});
    }

    void builtInAccountsHaveJwsShapedCustomerKeys()
    {
        const SandboxConfig config = SandboxConfig::builtIn();
        QCOMPARE(config.accounts.size(), 3);
        QCOMPARE(
            config.account(QStringLiteral("alice"))->email, QStringLiteral("alice@sandbox.lofty.invalid"));
        QCOMPARE(config.account(QStringLiteral("bob"))->role, QStringLiteral("Agent"));
        for (const SandboxAccount& account : config.accounts) {
            QVERIFY(account.customerKey.startsWith(QStringLiteral("eyJ")));
            QCOMPARE(account.customerKey.split(QLatin1Char('.')).size(), 3);
            QCOMPARE(config.accountByCustomerKey(account.customerKey)->id, account.id);
        }
        QVERIFY(config.account(QStringLiteral("alice"))->customerKey
            != config.account(QStringLiteral("bob"))->customerKey);
    }

    void jsonRoundTripKeepsEverything()
    {
        const SandboxConfig original = SandboxConfig::builtIn();
        QString error;
        const SandboxConfig parsed = SandboxConfig::fromJson(original.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.toJson(), original.toJson());
        QVERIFY(parsed.app(QStringLiteral("sandbox-native"))->isPublic());
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray app
            = "{\"name\":\"A\",\"clientId\":\"a\",\"redirectUris\":[\"http://127.0.0.1/cb\"]}";
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("offset");
        QTest::newRow("apps missing") << QByteArray("{\"accounts\":[]}") << QStringLiteral("apps:");
        QTest::newRow("bad mode") << QByteArray("{\"apps\":[" + app
            + ",{\"name\":\"B\",\"clientId\":\"b\",\"mode\":\"Beta\",\"redirectUris\":[\"http://x/"
              "\"]}],\"accounts\":[]}")
                                  << QStringLiteral("apps[1].mode:");
        QTest::newRow("no client id")
            << QByteArray("{\"apps\":[{\"name\":\"A\",\"redirectUris\":[\"http://x/\"]}],\"accounts\":[]}")
            << QStringLiteral("apps[0].clientId:");
        QTest::newRow("duplicate client")
            << QByteArray("{\"apps\":[" + app + "," + app + "],\"accounts\":[]}")
            << QStringLiteral("apps[1].clientId:");
        QTest::newRow("relative redirect") << QByteArray(
            "{\"apps\":[{\"name\":\"A\",\"clientId\":\"a\",\"redirectUris\":[\"/cb\"]}],\"accounts\":[]}")
                                           << QStringLiteral("apps[0].redirectUris[0]:");
        QTest::newRow("account email") << QByteArray("{\"apps\":[" + app
            + "],\"accounts\":[{\"id\":\"x\",\"name\":\"X\",\"role\":\"Agent\",\"customerKey\":\"k\"}]}")
                                       << QStringLiteral("accounts[0].email:");
    }

    void errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString error;
        const SandboxConfig config = SandboxConfig::fromJson(json, &error);
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY(config.apps.isEmpty());
    }

    void loopbackRedirectUrisMatchAnyPort()
    {
        const SandboxConfig config = SandboxConfig::builtIn();
        const SandboxApp* app = config.app(QStringLiteral("sandbox-web"));
        QVERIFY(app->isRedirectUriRegistered(QStringLiteral("http://127.0.0.1:54321/callback")));
        QVERIFY(app->isRedirectUriRegistered(QStringLiteral("http://localhost:8080/callback")));
        QVERIFY(app->isRedirectUriRegistered(QStringLiteral("http://127.0.0.1/callback")));
        QVERIFY(!app->isRedirectUriRegistered(QStringLiteral("http://127.0.0.1:5000/other")));
        QVERIFY(!app->isRedirectUriRegistered(QStringLiteral("https://127.0.0.1/callback")));
        QVERIFY(!app->isRedirectUriRegistered(QStringLiteral("http://evil.example/callback")));
    }

    void nonLoopbackRedirectUrisMatchExactly()
    {
        SandboxApp app;
        app.redirectUris = {QStringLiteral("https://app.example/cb")};
        QVERIFY(app.isRedirectUriRegistered(QStringLiteral("https://app.example/cb")));
        QVERIFY(!app.isRedirectUriRegistered(QStringLiteral("https://app.example:8443/cb")));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxConfig)
#include "tst_sandboxconfig.moc"
