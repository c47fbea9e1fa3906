#include "LogCapture.h"
#include "ManualClock.h"
#include "oauth/DirectCredentials.h"
#include "oauth/Jwt.h"
#include "oauth/StaticTokenProvider.h"
#include "util/UtcTime.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QString jwtExpiringAt(const QDateTime& when)
{
    const auto part = [](const QByteArray& json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"HS256"})") + QLatin1Char('.')
        + part(QByteArray(R"({"exp":)") + QByteArray::number(when.toSecsSinceEpoch()) + "}")
        + QStringLiteral(".c2lnbmF0dXJl");
}

} // namespace

class tst_DirectCredentials : public QObject
{
    Q_OBJECT

private slots:
    void apiKeyBecomesTokenHeader()
    {
        ManualClock clock;
        const QString key = jwtExpiringAt(clock.nowUtc().addDays(30));
        QString error;
        const TokenSet token = DirectCredentials::fromApiKey(
            QStringLiteral("  ") + key + QStringLiteral("\n"), &clock, &error);
        QVERIFY2(token.isValid(), qPrintable(error));
        QCOMPARE(token.kind, TokenSet::Kind::ApiKey);
        QCOMPARE(token.grant, TokenSet::Grant::ApiKey);
        QCOMPARE(token.authorizationHeaderValue(), QStringLiteral("token ") + key);
        QCOMPARE(token.expiresAt, clock.nowUtc().addDays(30));
    }

    void pastedTokenBecomesBearerAndLosesPrefix()
    {
        QString error;
        const TokenSet token = DirectCredentials::fromAccessToken(
            QStringLiteral("Bearer opaque-token+/=value"), nullptr, &error);
        QVERIFY2(token.isValid(), qPrintable(error));
        QCOMPARE(token.kind, TokenSet::Kind::Bearer);
        QCOMPARE(token.grant, TokenSet::Grant::PastedToken);
        QCOMPARE(token.accessToken, QStringLiteral("opaque-token+/=value"));
        QVERIFY(!token.expiresAt.isValid());
    }

    void pastedJwtIsReadExactly()
    {
        // A 64-bit subject (2^53 + 1) beside the expiry: the token is read with exact JSON.
        const auto part = [](const QByteArray& json) {
            return QString::fromLatin1(
                json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const QString value = part(R"({"alg":"HS256"})") + QLatin1Char('.')
            + part(R"({"sub":9007199254740993,"exp":4102444800})") + QStringLiteral(".c2lnbmF0dXJl");
        QString error;
        const TokenSet token = DirectCredentials::fromAccessToken(value, nullptr, &error);
        QVERIFY2(token.isValid(), qPrintable(error));
        QCOMPARE(token.accessToken, value);
        QCOMPARE(token.expiresAt, UtcTime::make(QDate(2100, 1, 1), QTime(0, 0)));
        QCOMPARE(Jwt::decode(token.accessToken).subject(), QStringLiteral("9007199254740993"));
    }

    void rejectsBrokenValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QStringLiteral("   ");
        QTest::newRow("inner space") << QStringLiteral("abc def-ghi-jkl");
        QTest::newRow("non-ascii") << QStringLiteral("abcdéfghijkl");
    }

    void rejectsBrokenValues()
    {
        QFETCH(QString, value);
        QString error;
        QVERIFY(!DirectCredentials::fromApiKey(value, nullptr, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void flowReportsGrantedWithoutLeakingTheKey()
    {
        LogCapture capture;
        const QString key = QStringLiteral("direct-api-key-0123456789");
        DirectCredentials flow(DirectCredentials::Type::ApiKey, key);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start();
        QCOMPARE(granted.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(granted.first().first().value<TokenSet>().accessToken, key);
        for (const FlowStep& step : flow.steps())
            QVERIFY(!step.detail.contains(key));
        QCOMPARE(capture.linesContainingAny({key}), QStringList());
    }

    void flowRefusesAnExpiredJwt()
    {
        ManualClock clock;
        DirectCredentials flow(
            DirectCredentials::Type::AccessToken, jwtExpiringAt(clock.nowUtc().addSecs(-5)));
        flow.setClock(&clock);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("expired")));
    }

    void staticProviderServesUntilExpiry()
    {
        ManualClock clock;
        TokenSet token
            = DirectCredentials::fromAccessToken(jwtExpiringAt(clock.nowUtc().addSecs(600)), &clock);
        StaticTokenProvider provider(token);
        provider.setClock(&clock);
        TokenSet received;
        QString error = QStringLiteral("unset");
        provider.fetchValidToken(this, 60, [&](const TokenSet& t, const QString& e) {
            received = t;
            error = e;
        });
        QTRY_VERIFY(error != QLatin1String("unset"));
        QVERIFY(error.isEmpty());
        QCOMPARE(received.accessToken, token.accessToken);

        clock.advance(580);
        error = QStringLiteral("unset");
        provider.fetchValidToken(this, 60, [&](const TokenSet& t, const QString& e) {
            received = t;
            error = e;
        });
        QTRY_VERIFY(error != QLatin1String("unset"));
        QVERIFY(error.contains(QStringLiteral("expired")));
        QVERIFY(!received.isValid());
    }
};

QTEST_GUILESS_MAIN(tst_DirectCredentials)
#include "tst_directcredentials.moc"
