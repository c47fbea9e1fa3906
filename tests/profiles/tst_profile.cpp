#include "profiles/Profile.h"
#include "profiles/ProfileJson.h"

#include <QJsonArray>

#include <QTest>

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void loftyPresetUsesLoftysEndpoints()
    {
        const Profile lofty = Profile::lofty();
        QCOMPARE(lofty.authorizeUrl, QUrl(QStringLiteral("https://lofty.com/page/vendor-auth.html")));
        QCOMPARE(lofty.authorizeStyle, OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth);
        QCOMPARE(lofty.tokenUrl, QUrl(QStringLiteral("https://api.lofty.com/oauth/token")));
        QCOMPARE(lofty.apiBaseUrl, QUrl(QStringLiteral("https://api.lofty.com")));
        QVERIFY(!lofty.isBuiltInSandbox);
    }

    void sandboxPresetIsTheSandboxWebApp()
    {
        const Profile sandbox = Profile::sandbox();
        QVERIFY(sandbox.isBuiltInSandbox);
        QCOMPARE(sandbox.registration.clientId, QStringLiteral("sandbox-web"));
        QVERIFY(sandbox.registration.grants(QStringLiteral("Current User")));
        QVERIFY(!sandbox.registration.grants(QStringLiteral("Listings")));
        QVERIFY(!sandbox.registration.grants(QStringLiteral("Webhooks")));
        QVERIFY(sandbox.apiBaseUrl.isEmpty());
    }

    void withSandboxBaseUrlFillsEveryEndpoint()
    {
        const Profile sandbox
            = Profile::sandbox().withSandboxBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:4567")));
        QCOMPARE(sandbox.apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:4567")));
        QCOMPARE(sandbox.authorizeUrl, QUrl(QStringLiteral("http://127.0.0.1:4567/oauth/authorize")));
        QCOMPARE(sandbox.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:4567/oauth/token")));
    }

    void oauthConfigCarriesEndpointsButNoSecret()
    {
        Profile profile = Profile::lofty();
        profile.registration.clientId = QStringLiteral("client-1");
        profile.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::HttpBasic;
        profile.extraTokenParameters = {{QStringLiteral("audience"), QStringLiteral("crm")}};
        const OAuthClientConfig config = profile.oauthConfig();
        QCOMPARE(config.clientId, QStringLiteral("client-1"));
        QCOMPARE(config.tokenUrl, profile.tokenUrl);
        QCOMPARE(config.authorizeUrl, profile.authorizeUrl);
        QCOMPARE(config.authorizeStyle, OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth);
        QCOMPARE(config.clientAuthMethod, OAuthClientConfig::ClientAuthMethod::HttpBasic);
        QCOMPARE(config.extraTokenParameters, profile.extraTokenParameters);
        QVERIFY(config.clientSecret.isEmpty());
    }

    void providerSettingsReachTheFlowConfig()
    {
        Profile profile = Profile::lofty();
        profile.redirectHost = QStringLiteral("localhost");
        profile.redirectPort = 8765;
        profile.redirectPath = QStringLiteral("/oauth/done");
        profile.pkceWithSecret = false;
        profile.issuer = QStringLiteral("https://id.example.com");
        const OAuthClientConfig config = profile.oauthConfig();
        QCOMPARE(config.redirectHost, QStringLiteral("localhost"));
        QCOMPARE(config.redirectPort, quint16(8765));
        QCOMPARE(config.callbackPath, QStringLiteral("/oauth/done"));
        QCOMPARE(config.pkceWithSecret, false);
        QCOMPARE(config.issuer, QStringLiteral("https://id.example.com"));
    }

    void presetsCarryLoftysIdentityCallAndLifetime()
    {
        QCOMPARE(Profile::lofty().identityPath, QStringLiteral("/v1.0/me"));
        QCOMPARE(Profile::lofty().refreshTokenLifetimeDays, 180);
        QCOMPARE(Profile::sandbox().identityPath, QStringLiteral("/v1.0/me"));
        QCOMPARE(Profile::lofty().pkceWithSecret, true);
        QCOMPARE(Profile::lofty().customerKeyRequired, true);
        QCOMPARE(Profile::lofty().oauthConfig().customerKeyRequired, true);
        const Profile generic;
        QCOMPARE(generic.identityPath, QString());
        QCOMPARE(generic.refreshTokenLifetimeDays, 0);
        QCOMPARE(generic.customerKeyRequired, false);
        QCOMPARE(generic.redirectHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(generic.redirectPath, QStringLiteral("/callback"));
    }

    void providerSettingsRoundTripThroughJson()
    {
        Profile profile = Profile::lofty();
        profile.redirectHost = QStringLiteral("localhost");
        profile.redirectPort = 8765;
        profile.redirectPath = QStringLiteral("/cb");
        profile.pkceWithSecret = false;
        profile.issuer = QStringLiteral("https://id.example.com");
        profile.identityPath.clear(); // a generic server: no identity call
        profile.refreshTokenLifetimeDays = 0;
        profile.customerKeyRequired = false;
        FieldProblems problems;
        const Profile back = ProfileJson::fromJson(ProfileJson::toJson(profile, ProfileJson::Content::Stored),
            QStringLiteral("p"), ProfileJson::Content::Stored, &problems);
        QCOMPARE(problems.size(), 0);
        QCOMPARE(back, profile);
        QCOMPARE(back.identityPath, QString());
        QCOMPARE(back.refreshTokenLifetimeDays, 0);
    }

    void olderFilesWithoutProviderSettingsGetLoftysDefaults()
    {
        QJsonObject json = ProfileJson::toJson(Profile::lofty(), ProfileJson::Content::Stored);
        for (const char* field : {"redirectHost", "redirectPort", "redirectPath", "pkceWithSecret", "issuer",
                 "identityPath", "refreshLifetimeDays", "userKeyRequired"})
            json.remove(QLatin1String(field));
        FieldProblems problems;
        const Profile back
            = ProfileJson::fromJson(json, QStringLiteral("p"), ProfileJson::Content::Stored, &problems);
        QCOMPARE(problems.size(), 0);
        QCOMPARE(back, Profile::lofty());
    }

    void badRedirectFieldsAreReportedWithTheirPath_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("LAN host") << QStringLiteral("redirectHost") << QJsonValue(QStringLiteral("0.0.0.0"))
                                  << QStringLiteral("must be 127.0.0.1 or localhost");
        QTest::newRow("relative path")
            << QStringLiteral("redirectPath") << QJsonValue(QStringLiteral("callback"))
            << QStringLiteral("must start with /");
        QTest::newRow("path with query")
            << QStringLiteral("redirectPath") << QJsonValue(QStringLiteral("/cb?x=1"))
            << QStringLiteral("no query or fragment");
        QTest::newRow("port too big") << QStringLiteral("redirectPort") << QJsonValue(70000)
                                      << QStringLiteral("from 0 to 65535, not 70000");
        QTest::newRow("port as text") << QStringLiteral("redirectPort") << QJsonValue(QStringLiteral("80"))
                                      << QStringLiteral("not a string");
        QTest::newRow("identity URL")
            << QStringLiteral("identityPath") << QJsonValue(QStringLiteral("https://x/me"))
            << QStringLiteral("starting with /");
    }

    void badRedirectFieldsAreReportedWithTheirPath()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QJsonObject json = ProfileJson::toJson(Profile::lofty(), ProfileJson::Content::Stored);
        json.insert(field, value);
        FieldProblems problems;
        ProfileJson::fromJson(json, QStringLiteral("profiles[0]"), ProfileJson::Content::Stored, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, QStringLiteral("profiles[0].") + field);
        QVERIFY2(problems.first().message.contains(problem), qPrintable(problems.first().message));
    }

    void rateLimitFollowsTheMode_data()
    {
        QTest::addColumn<AppRegistration::Mode>("mode");
        QTest::addColumn<bool>("pendingEdit");
        QTest::addColumn<int>("limit");
        QTest::newRow("development") << AppRegistration::Mode::Development << false << 100;
        QTest::newRow("first review") << AppRegistration::Mode::UnderReview << false << 100;
        QTest::newRow("production edit under review") << AppRegistration::Mode::UnderReview << true << 500;
        QTest::newRow("production") << AppRegistration::Mode::Production << false << 500;
        QTest::newRow("declined first submission") << AppRegistration::Mode::Declined << false << 100;
        QTest::newRow("declined production edit") << AppRegistration::Mode::Declined << true << 500;
    }
    void rateLimitFollowsTheMode()
    {
        QFETCH(AppRegistration::Mode, mode);
        QFETCH(bool, pendingEdit);
        QFETCH(int, limit);
        AppRegistration app;
        app.mode = mode;
        if (pendingEdit)
            app.pendingEdit = app.configuration();
        QCOMPARE(app.rateLimitPerMinute(), limit);
    }

    void modeNamesRoundTrip()
    {
        for (AppRegistration::Mode mode : AppRegistration::allModes()) {
            AppRegistration::Mode read = AppRegistration::Mode::Development;
            QVERIFY(AppRegistration::modeFromName(AppRegistration::modeName(mode), &read));
            QCOMPARE(read, mode);
        }
        AppRegistration::Mode unused;
        QVERIFY(!AppRegistration::modeFromName(QStringLiteral("approved"), &unused));
    }

    void accountsAreAddedReplacedAndRemovedById()
    {
        Profile profile = Profile::lofty();
        AccountRecord alice;
        alice.id = QStringLiteral("a1");
        alice.label = QStringLiteral("Alice");
        alice.grant = TokenSet::Grant::AuthorizationCode;
        AccountRecord bob;
        bob.id = QStringLiteral("b1");
        bob.label = QStringLiteral("Bob");
        bob.grant = TokenSet::Grant::ApiKey;
        profile.upsertAccount(alice);
        profile.upsertAccount(bob);
        alice.label = QStringLiteral("Alice (owner)");
        profile.upsertAccount(alice);
        QCOMPARE(profile.accountIds(), (QStringList {QStringLiteral("a1"), QStringLiteral("b1")}));
        QCOMPARE(profile.account(QStringLiteral("a1"))->label, QStringLiteral("Alice (owner)"));
        QVERIFY(profile.removeAccount(QStringLiteral("a1")));
        QVERIFY(!profile.removeAccount(QStringLiteral("a1")));
        QCOMPARE(profile.accountIds(), QStringList {QStringLiteral("b1")});
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
