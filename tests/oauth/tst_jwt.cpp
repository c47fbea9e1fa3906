#include "oauth/Jwt.h"
#include "util/UtcTime.h"

#include <QTest>

namespace {

QString part(const QByteArray& json)
{
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString makeJwt(
    const QByteArray& header, const QByteArray& payload, const QByteArray& signature = "sig-bytes")
{
    return part(header) + QLatin1Char('.') + part(payload) + QLatin1Char('.') + part(signature);
}

} // namespace

class tst_Jwt : public QObject
{
    Q_OBJECT

private slots:
    void decodesHeaderAndPayload()
    {
        const QString token = makeJwt(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"alice","iss":"sandbox"})");
        QString error;
        const Jwt jwt = Jwt::decode(token, &error);
        QVERIFY2(jwt.isValid(), qPrintable(error));
        QCOMPARE(jwt.algorithm(), QStringLiteral("HS256"));
        QCOMPARE(jwt.type(), QStringLiteral("JWT"));
        QCOMPARE(jwt.subject(), QStringLiteral("alice"));
        QCOMPARE(jwt.issuer(), QStringLiteral("sandbox"));
        QCOMPARE(jwt.payloadJson(), QByteArray(R"({"sub":"alice","iss":"sandbox"})"));
        QVERIFY(jwt.hasSignature());
    }

    void readsTimeClaimsAsUtc()
    {
        const Jwt jwt = Jwt::decode(
            makeJwt(R"({"alg":"none"})", R"({"exp":1767268800,"iat":1767265200.5,"nbf":"1767265200"})"));
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.expiresAt(), UtcTime::make(QDate(2026, 1, 1), QTime(12, 0)));
        QCOMPARE(jwt.issuedAt(), UtcTime::make(QDate(2026, 1, 1), QTime(11, 0, 0, 500)));
        QCOMPARE(jwt.notBefore(), UtcTime::make(QDate(2026, 1, 1), QTime(11, 0)));
    }

    void keepsSixtyFourBitClaimsExactAndInOrder()
    {
        // 2^53 + 1: a double (QJsonObject) turns it into ...992.
        const Jwt jwt = Jwt::decode(makeJwt(R"({"typ":"JWT","alg":"HS256"})",
            R"({"sub":9007199254740993,"uid":9007199254740993,"iss":"lofty","exp":4102444800})"));
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.subject(), QStringLiteral("9007199254740993"));
        QCOMPARE(jwt.payloadNode().value(u"uid").numberText(), QByteArray("9007199254740993"));
        QCOMPARE(jwt.payloadNode().keys(),
            QStringList({QStringLiteral("sub"), QStringLiteral("uid"), QStringLiteral("iss"),
                QStringLiteral("exp")}));
        QCOMPARE(jwt.headerNode().keys(), QStringList({QStringLiteral("typ"), QStringLiteral("alg")}));
        QCOMPARE(jwt.algorithm(), QStringLiteral("HS256"));
        QCOMPARE(jwt.issuer(), QStringLiteral("lofty"));
        QCOMPARE(jwt.expiresAt(), UtcTime::make(QDate(2100, 1, 1), QTime(0, 0)));
    }

    void missingOrAbsurdTimeClaimsAreInvalid()
    {
        const Jwt jwt = Jwt::decode(makeJwt(R"({"alg":"none"})", R"({"exp":1e300,"iat":"soon"})"));
        QVERIFY(jwt.isValid());
        QVERIFY(!jwt.expiresAt().isValid());
        QVERIFY(!jwt.issuedAt().isValid());
        QVERIFY(!jwt.notBefore().isValid());
    }

    void rejectsValuesThatAreNotJwts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("opaque") << QStringLiteral("rt+abc/def==");
        QTest::newRow("two parts") << part("{}") + QStringLiteral(".") + part("{}");
        QTest::newRow("header not json")
            << part("nope") + QLatin1Char('.') + part("{}") + QStringLiteral(".x");
        QTest::newRow("payload is array")
            << part("{}") + QLatin1Char('.') + part("[1]") + QStringLiteral(".x");
        QTest::newRow("bad base64") << QStringLiteral("e*J.e*J.x");
    }

    void rejectsValuesThatAreNotJwts()
    {
        QFETCH(QString, value);
        QString error;
        QVERIFY(!Jwt::decode(value, &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(!Jwt::looksLikeJwt(value));
    }

    void unsignedTokenHasNoSignature()
    {
        const Jwt jwt
            = Jwt::decode(part(R"({"alg":"none"})") + QLatin1Char('.') + part("{}") + QLatin1Char('.'));
        QVERIFY(jwt.isValid());
        QVERIFY(!jwt.hasSignature());
    }

    void neverClaimsTheSignatureIsValid()
    {
        QVERIFY(Jwt::signatureStatusText().contains(QStringLiteral("not verified")));
    }
};

QTEST_GUILESS_MAIN(tst_Jwt)
#include "tst_jwt.moc"
