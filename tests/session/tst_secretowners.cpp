// The secret values lib/oauth and lib/profiles register for masking have an owner that forgets
// them: a rotated value stops being masked, and so does a removed one or one whose holder is gone,
// while a value another owner still holds stays masked.
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/StaticTokenProvider.h"
#include "oauth/TokenResponse.h"
#include "profiles/InMemorySecretStore.h"
#include "util/KnownSecret.h"
#include "util/SecretMasker.h"

#include <QTest>

#include <memory>

namespace {

const QString First = QStringLiteral("first-secret-value-0123456789");
const QString Second = QStringLiteral("second-secret-value-0123456789");

// Whether `value` is masked in an output where nothing but the registry can recognise it.
bool masked(const QString& value)
{
    const QString line = QStringLiteral("note ") + value;
    return SecretMasker::global().redact(line) == QStringLiteral("note ") + SecretMasker::mask(value);
}

TokenSet bearer(const QString& accessToken)
{
    TokenSet token;
    token.kind = TokenSet::Kind::Bearer;
    token.accessToken = accessToken;
    return token;
}

} // namespace

class tst_SecretOwners : public QObject
{
    Q_OBJECT

private slots:
    void init() { SecretMasker::global().clear(); }
    void cleanup() { SecretMasker::global().clear(); }

    void aKnownSecretForgetsTheValueItReplaces()
    {
        KnownSecret secret;
        secret.set(First);
        QVERIFY(masked(First));
        secret.set(Second);
        QVERIFY(!masked(First));
        QVERIFY(masked(Second));
        QCOMPARE(SecretMasker::global().knownCount(), 1);
    }

    void aKnownSecretForgetsItsValueWhenDestroyed()
    {
        {
            KnownSecret secret;
            secret.set(First);
            QVERIFY(masked(First));
        }
        QVERIFY(!masked(First));
        QCOMPARE(SecretMasker::global().knownCount(), 0);
    }

    void aValueAnotherOwnerHoldsStaysMasked()
    {
        KnownSecret kept;
        kept.set(First);
        {
            KnownSecret gone;
            gone.set(First);
        }
        QVERIFY(masked(First));
        kept.clear();
        QVERIFY(!masked(First));
    }

    void aRotatedStoredSecretIsForgotten()
    {
        InMemorySecretStore store;
        const QString key
            = SecretStore::key(QStringLiteral("p1"), QString(), SecretStore::Kind::ClientSecret);
        store.write(key, First.toUtf8(), this, {});
        QVERIFY(masked(First));
        store.write(key, Second.toUtf8(), this, {});
        QVERIFY(!masked(First));
        QVERIFY(masked(Second));
    }

    void aRemovedStoredSecretIsForgotten()
    {
        InMemorySecretStore store;
        const QString key
            = SecretStore::key(QStringLiteral("p1"), QString(), SecretStore::Kind::ClientSecret);
        store.write(key, First.toUtf8(), this, {});
        store.remove(key, this, {});
        QVERIFY(!masked(First));
        QCOMPARE(SecretMasker::global().knownCount(), 0);
    }

    void aStaticProvidersRotatedTokenIsForgotten()
    {
        auto provider = std::make_unique<StaticTokenProvider>(bearer(First));
        QVERIFY(masked(First));
        provider->setToken(bearer(Second));
        QVERIFY(!masked(First));
        QVERIFY(masked(Second));
        provider.reset();
        QVERIFY(!masked(Second));
    }

    void aFlowsClientSecretAndCustomerKeyGoWithTheFlow()
    {
        OAuthClientConfig config;
        config.clientId = QStringLiteral("client");
        config.clientSecret = First;
        auto flow = std::make_unique<ClientCredentialsFlow>(config);
        flow->setCustomerKey(Second);
        QVERIFY(masked(First));
        QVERIFY(masked(Second));
        flow.reset();
        QVERIFY(!masked(First));
        QVERIFY(!masked(Second));
    }

    void aParsedTokenResponseLeavesNothingBehind()
    {
        const QByteArray body
            = QStringLiteral(R"({"access_token":"%1","refresh_token":"%2","expires_in":3600})")
                  .arg(First, Second)
                  .toUtf8();
        const TokenResponse response
            = TokenResponse::fromHttp(200, body, TokenSet::Grant::AuthorizationCode, nullptr);
        QVERIFY(response.ok);
        QCOMPARE(response.token.accessToken, First);
        QVERIFY(!response.token.rawResponseMasked.contains(First.toUtf8()));
        QVERIFY(!response.token.rawResponseMasked.contains(Second.toUtf8()));
        QCOMPARE(SecretMasker::global().knownCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SecretOwners)
#include "tst_secretowners.moc"
