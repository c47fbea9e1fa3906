#include "profiles/CliEnvironmentImport.h"
#include "profiles/InMemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("LOFTY_BASE_URL"), QStringLiteral("https://staging.lofty.example"));
    environment.insert(QStringLiteral("LOFTY_CLIENT_ID"), QStringLiteral("cli-client"));
    environment.insert(QStringLiteral("LOFTY_CLIENT_SECRET"), QStringLiteral("cli-secret/with+chars=1"));
    environment.insert(
        QStringLiteral("LOFTY_CUSTOMER_KEY"), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJ1IjoxfQ.c2ln"));
    environment.insert(QStringLiteral("LOFTY_ACCESS_TOKEN"), QStringLiteral("access-token-value-123"));
    environment.insert(QStringLiteral("LOFTY_REFRESH_TOKEN"), QStringLiteral("refresh-token-value-456"));
    return environment;
}

const CliEnvironmentImport::Secret* secretOfKind(
    const CliEnvironmentImport::Result& result, SecretStore::Kind kind)
{
    for (const auto& secret : result.secrets) {
        if (secret.kind == kind)
            return &secret;
    }
    return nullptr;
}

} // namespace

class TestCliEnvironmentImport : public QObject
{
    Q_OBJECT

private slots:
    void endpointsAndClientIdGoToTheProfile()
    {
        const auto result = CliEnvironmentImport::fromEnvironment(cliEnvironment());
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.profile.apiBaseUrl, QUrl(QStringLiteral("https://staging.lofty.example")));
        QCOMPARE(result.profile.tokenUrl, QUrl(QStringLiteral("https://staging.lofty.example/oauth/token")));
        QCOMPARE(result.profile.registration.clientId, QStringLiteral("cli-client"));
        QVERIFY(!result.profile.id.isEmpty());
    }

    void everySecretGoesToTheSecretList()
    {
        const auto result = CliEnvironmentImport::fromEnvironment(cliEnvironment());
        QCOMPARE(result.secrets.size(), 3);
        QCOMPARE(secretOfKind(result, SecretStore::Kind::ClientSecret)->data,
            QByteArray("cli-secret/with+chars=1"));
        QCOMPARE(secretOfKind(result, SecretStore::Kind::CustomerKey)->data,
            QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJ1IjoxfQ.c2ln"));
        bool ok = false;
        const TokenSet token
            = TokenSet::fromJson(secretOfKind(result, SecretStore::Kind::TokenSet)->data, &ok);
        QVERIFY(ok);
        QCOMPARE(token.accessToken, QStringLiteral("access-token-value-123"));
        QCOMPARE(token.refreshToken, QStringLiteral("refresh-token-value-456"));
        QCOMPARE(token.grant, TokenSet::Grant::PastedToken);
    }

    void accountsAreCreatedForCustomerKeyAndToken()
    {
        const auto result = CliEnvironmentImport::fromEnvironment(cliEnvironment());
        QCOMPARE(result.profile.accounts.size(), 2);
        QCOMPARE(result.profile.accounts.at(0).grant, TokenSet::Grant::ClientCredentials);
        QCOMPARE(result.profile.accounts.at(1).grant, TokenSet::Grant::PastedToken);
        const QString tokenKey = secretOfKind(result, SecretStore::Kind::TokenSet)->key;
        QCOMPARE(tokenKey,
            SecretStore::key(
                result.profile.id, result.profile.accounts.at(1).id, SecretStore::Kind::TokenSet));
    }

    void notesNeverShowASecret()
    {
        const auto result = CliEnvironmentImport::fromEnvironment(cliEnvironment());
        const QString notes = result.notes.join(QLatin1Char('\n'));
        QVERIFY(!notes.contains(QLatin1String("cli-secret/with+chars=1")));
        QVERIFY(!notes.contains(QLatin1String("access-token-value-123")));
        QVERIFY(!notes.contains(QLatin1String("eyJ1IjoxfQ")));
        QVERIFY(notes.contains(QLatin1String("cli-client")));
    }

    void emptyEnvironmentImportsNothing()
    {
        const auto result = CliEnvironmentImport::fromEnvironment(QProcessEnvironment());
        QVERIFY(result.isEmpty());
        QVERIFY(result.secrets.isEmpty());
    }

    void badBaseUrlAndLoneRefreshTokenAreProblems()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LOFTY_BASE_URL"), QStringLiteral("not a url"));
        environment.insert(QStringLiteral("LOFTY_REFRESH_TOKEN"), QStringLiteral("refresh-token-value-456"));
        const auto result = CliEnvironmentImport::fromEnvironment(environment);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.profile.apiBaseUrl, Profile::lofty().apiBaseUrl);
        QVERIFY(result.secrets.isEmpty());
    }

    void secretsAreWrittenToTheStore()
    {
        const auto result = CliEnvironmentImport::fromEnvironment(cliEnvironment());
        InMemorySecretStore store;
        QSignalSpy done(this, &TestCliEnvironmentImport::stored);
        CliEnvironmentImport::storeSecrets(result, &store, this, [this](const SecretStore::Result& outcome) {
            emit stored(outcome.status == SecretStore::Status::Ok);
        });
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.at(0).at(0).toBool());
        for (const auto& secret : result.secrets)
            QVERIFY(store.contains(secret.key));
    }

signals:
    void stored(bool ok);
};

QTEST_GUILESS_MAIN(TestCliEnvironmentImport)
#include "tst_clienvironmentimport.moc"
