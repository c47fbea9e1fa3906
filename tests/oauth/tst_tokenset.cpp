#include "ManualClock.h"
#include "oauth/TokenResponse.h"
#include "oauth/TokenSet.h"
#include "util/SecretMasker.h"
#include "util/UtcTime.h"

#include <QTest>

class tst_TokenSet : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughJson()
    {
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.grant = TokenSet::Grant::AuthorizationCodePkce;
        token.accessToken = QStringLiteral("at/+=%access");
        token.refreshToken = QStringLiteral("rt+abc/def==");
        token.tokenType = QStringLiteral("Bearer");
        token.scope = QStringLiteral("openApi");
        token.obtainedAt = UtcTime::make(QDate(2026, 1, 1), QTime(12, 0, 0, 123));
        token.expiresAt = token.obtainedAt.addSecs(3600);
        token.refreshTokenIssuedAt = token.obtainedAt;
        token.rawResponseMasked = "{\"access_token\":\"at/+…\"}";
        bool ok = false;
        const TokenSet back = TokenSet::fromJson(token.toJson(), &ok);
        QVERIFY(ok);
        QCOMPARE(back.kind, token.kind);
        QCOMPARE(back.grant, token.grant);
        QCOMPARE(back.accessToken, token.accessToken);
        QCOMPARE(back.refreshToken, token.refreshToken);
        QCOMPARE(back.tokenType, token.tokenType);
        QCOMPARE(back.scope, token.scope);
        QCOMPARE(back.obtainedAt, token.obtainedAt);
        QCOMPARE(back.expiresAt, token.expiresAt);
        QCOMPARE(back.refreshTokenIssuedAt, token.refreshTokenIssuedAt);
        QCOMPARE(back.rawResponseMasked, token.rawResponseMasked);
    }

    void apiKeyRoundTripsWithoutExpiry()
    {
        TokenSet token;
        token.kind = TokenSet::Kind::ApiKey;
        token.grant = TokenSet::Grant::ApiKey;
        token.accessToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.c2ln");
        bool ok = false;
        const TokenSet back = TokenSet::fromJson(token.toJson(), &ok);
        QVERIFY(ok);
        QCOMPARE(back.kind, TokenSet::Kind::ApiKey);
        QVERIFY(!back.expiresAt.isValid());
        QCOMPARE(back.authorizationHeaderValue(), QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.e30.c2ln"));
    }

    void rejectsMalformedJson()
    {
        bool ok = true;
        QVERIFY(!TokenSet::fromJson("not json", &ok).isValid());
        QVERIFY(!ok);
    }

    void grantNamesAreStable()
    {
        for (auto grant : {TokenSet::Grant::None, TokenSet::Grant::AuthorizationCode,
                 TokenSet::Grant::AuthorizationCodePkce, TokenSet::Grant::ClientCredentials,
                 TokenSet::Grant::ApiKey, TokenSet::Grant::PastedToken})
            QCOMPARE(TokenSet::grantFromName(TokenSet::grantName(grant)), grant);
        QCOMPARE(
            TokenSet::grantName(TokenSet::Grant::ClientCredentials), QStringLiteral("client_credentials"));
    }

    void expiryUsesTheClock()
    {
        ManualClock clock;
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.accessToken = QStringLiteral("access-token-value");
        QVERIFY(!token.expiresWithin(&clock, 60)); // unknown expiry
        token.expiresAt = clock.nowUtc().addSecs(120);
        QVERIFY(!token.expiresWithin(&clock, 60));
        clock.advance(61);
        QVERIFY(token.expiresWithin(&clock, 60));
        QCOMPARE(token.authorizationHeaderValue(), QStringLiteral("Bearer access-token-value"));
    }

    void tokenResponseParsesJsonAndMasksRawBody()
    {
        ManualClock clock;
        const QByteArray body
            = R"({"access_token":"at-json/+=%1234","token_type":"Bearer","expires_in":7200,"refresh_token":"rt-json+/=5678","scope":"openApi"})";
        const TokenResponse response
            = TokenResponse::fromHttp(200, body, TokenSet::Grant::AuthorizationCode, &clock);
        QVERIFY(response.ok);
        QCOMPARE(response.token.accessToken, QStringLiteral("at-json/+=%1234"));
        QCOMPARE(response.token.refreshToken, QStringLiteral("rt-json+/=5678"));
        QCOMPARE(response.token.expiresAt, clock.nowUtc().addSecs(7200));
        QCOMPARE(response.token.refreshTokenIssuedAt, clock.nowUtc());
        QVERIFY(!response.token.rawResponseMasked.contains("at-json/+=%1234"));
        QVERIFY(!response.token.rawResponseMasked.contains("rt-json+/=5678"));
        QVERIFY(response.token.rawResponseMasked.contains("openApi"));
    }

    void tokenResponseParsesFormBodiesAndDefaultsLifetime()
    {
        ManualClock clock;
        const TokenResponse response = TokenResponse::fromHttp(200,
            "access_token=at%2Bform%2F%3D1234&token_type=Bearer", TokenSet::Grant::ClientCredentials, &clock);
        QVERIFY(response.ok);
        QCOMPARE(response.token.accessToken, QStringLiteral("at+form/=1234"));
        QCOMPARE(response.token.expiresAt, clock.nowUtc().addSecs(TokenResponse::DefaultLifetimeSeconds));
        QVERIFY(!response.token.hasRefreshToken());
    }

    void tokenResponseErrorKeepsServerText()
    {
        const TokenResponse response = TokenResponse::fromHttp(400,
            R"({"error":"invalid_grant","error_description":"The code has expired."})",
            TokenSet::Grant::AuthorizationCode, nullptr);
        QVERIFY(!response.ok);
        QVERIFY(response.isInvalidGrant());
        QCOMPARE(response.errorDescription, QStringLiteral("The code has expired."));
        QVERIFY(response.message.contains(QStringLiteral("invalid_grant")));
        QVERIFY(response.message.contains(QStringLiteral("The code has expired.")));
        QVERIFY(response.message.contains(QStringLiteral("400")));
    }
};

QTEST_GUILESS_MAIN(tst_TokenSet)
#include "tst_tokenset.moc"
