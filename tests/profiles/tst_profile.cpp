#include "profiles/Profile.h"

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

    void rateLimitFollowsTheMode_data()
    {
        QTest::addColumn<AppRegistration::Mode>("mode");
        QTest::addColumn<int>("limit");
        QTest::newRow("development") << AppRegistration::Mode::Development << 100;
        QTest::newRow("under review") << AppRegistration::Mode::UnderReview << 100;
        QTest::newRow("production") << AppRegistration::Mode::Production << 500;
        QTest::newRow("declined") << AppRegistration::Mode::Declined << 100;
    }
    void rateLimitFollowsTheMode()
    {
        QFETCH(AppRegistration::Mode, mode);
        QFETCH(int, limit);
        AppRegistration app;
        app.mode = mode;
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
        AccountRecord alice {
            QStringLiteral("a1"), QStringLiteral("Alice"), TokenSet::Grant::AuthorizationCode, {}, {}};
        AccountRecord bob {QStringLiteral("b1"), QStringLiteral("Bob"), TokenSet::Grant::ApiKey, {}, {}};
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
