#include "TestData.h"
#include "profiles/ProfileExchange.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray testData(const QString& name)
{
    return readTestData(QStringLiteral("profiles/") + name);
}

QStringList problemPaths(const FieldProblems& problems)
{
    QStringList paths;
    for (const FieldProblem& problem : problems)
        paths << problem.path;
    return paths;
}

Profile teamProfile()
{
    Profile profile = Profile::lofty();
    profile.id = QStringLiteral("local-id");
    profile.name = QStringLiteral("Team app");
    profile.registration.clientId = QStringLiteral("team-client");
    profile.registration.grantedApis = {QStringLiteral("Leads"), QStringLiteral("Tasks")};
    profile.extraTokenParameters = {{QStringLiteral("audience"), QStringLiteral("crm")}};
    AccountRecord account;
    account.id = QStringLiteral("acc-1");
    account.label = QStringLiteral("Alice");
    account.identity.email = QStringLiteral("alice@example.com");
    profile.upsertAccount(account);
    return profile;
}

} // namespace

class TestProfileExchange : public QObject
{
    Q_OBJECT

private slots:
    void exportedSetupImportsBackUnderANewId()
    {
        const Profile original = teamProfile();
        const auto imported = ProfileExchange::importProfile(ProfileExchange::exportProfile(original));
        QVERIFY2(imported.ok(), qPrintable(fieldProblemStrings(imported.problems).join(QLatin1Char('\n'))));
        QVERIFY(imported.profile.id != original.id);
        QCOMPARE(imported.profile.registration, original.registration);
        QCOMPARE(imported.profile.tokenUrl, original.tokenUrl);
        QCOMPARE(imported.profile.extraTokenParameters, original.extraTokenParameters);
    }

    void exportHoldsNoSecretAndNoAccount()
    {
        const QByteArray exported = ProfileExchange::exportProfile(teamProfile());
        QVERIFY(!exported.contains("alice@example.com"));
        QVERIFY(!exported.contains("acc-1"));
        QVERIFY(!exported.contains("local-id"));
        for (const char* field :
            {"clientSecret", "customer", "accessToken", "refreshToken", "apiKey", "accounts"})
            QVERIFY2(!exported.contains(field), field);
    }

    void validFileFromATeammateImports()
    {
        const auto imported = ProfileExchange::importProfile(testData(QStringLiteral("export-valid.json")));
        QVERIFY(imported.ok());
        QCOMPARE(imported.profile.registration.clientId, QStringLiteral("shared-client"));
        QCOMPARE(imported.profile.authorizeStyle, OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth);
    }

    void everyBadFieldIsReportedWithItsPath()
    {
        const auto imported
            = ProfileExchange::importProfile(testData(QStringLiteral("export-bad-fields.json")));
        QVERIFY(!imported.ok());
        const QStringList paths = problemPaths(imported.problems);
        const QStringList expected {QStringLiteral("profile.name"), QStringLiteral("profile.authorizeUrl"),
            QStringLiteral("profile.authorizeStyle"), QStringLiteral("profile.apiBaseUrl"),
            QStringLiteral("profile.clientSecret"), QStringLiteral("profile.extraTokenParameters[0].name"),
            QStringLiteral("profile.registration.redirectUris[1]"),
            QStringLiteral("profile.registration.mode"),
            QStringLiteral("profile.registration.grantedApis[1]"),
            QStringLiteral("profile.registration.grantedApis[2]")};
        for (const QString& path : expected)
            QVERIFY2(paths.contains(path),
                qPrintable(path + QStringLiteral(" not in ") + paths.join(QLatin1Char(','))));
        QCOMPARE(paths.size(), expected.size());
    }

    void problemsNeverRepeatTheSecretValues()
    {
        const auto imported
            = ProfileExchange::importProfile(testData(QStringLiteral("export-bad-fields.json")));
        const QString all = fieldProblemStrings(imported.problems).join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QLatin1String("do-not-share-this-secret")));
        QVERIFY(!all.contains(QLatin1String("eyJhbGciOiJIUzI1NiJ9")));
    }

    void notJsonIsReported()
    {
        const auto imported = ProfileExchange::importProfile("{\"format\": ");
        QCOMPARE(imported.problems.size(), 1);
        QVERIFY(imported.problems.constFirst().message.contains(QLatin1String("not valid JSON")));
    }

    void otherFormatsAndNewerVersionsAreReported()
    {
        QJsonObject root = QJsonDocument::fromJson(testData(QStringLiteral("export-valid.json"))).object();
        root.insert(QStringLiteral("format"), QStringLiteral("postman-collection"));
        root.insert(QStringLiteral("version"), 2);
        const auto imported = ProfileExchange::importProfile(QJsonDocument(root).toJson());
        QCOMPARE(problemPaths(imported.problems),
            (QStringList {QStringLiteral("format"), QStringLiteral("version")}));
    }
};

QTEST_GUILESS_MAIN(TestProfileExchange)
#include "tst_profileexchange.moc"
