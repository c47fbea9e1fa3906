#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_Pkce : public QObject
{
    Q_OBJECT

private slots:
    void matchesRfc7636AppendixB()
    {
        const Pkce pkce = Pkce::fromVerifier(
            QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), Pkce::Method::S256);
        QCOMPARE(pkce.challenge(), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(pkce.isValid());
    }

    void plainChallengeIsTheVerifier()
    {
        const Pkce pkce = Pkce::generate(Pkce::Method::Plain);
        QCOMPARE(pkce.challenge(), pkce.verifier());
        QCOMPARE(Pkce::methodName(pkce.method()), QStringLiteral("plain"));
    }

    void generatedVerifierUsesUnreservedCharactersOnly_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << Pkce::DefaultVerifierLength << 43;
        QTest::newRow("maximum") << 128 << 128;
        QTest::newRow("too short is clamped") << 10 << 43;
        QTest::newRow("too long is clamped") << 500 << 128;
    }

    void generatedVerifierUsesUnreservedCharactersOnly()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        const Pkce pkce = Pkce::generate(Pkce::Method::S256, requested);
        QCOMPARE(pkce.verifier().size(), expected);
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9\\-._~]+$"));
        QVERIFY(unreserved.match(pkce.verifier()).hasMatch());
        QVERIFY(pkce.isValid());
    }

    void s256ChallengeIsBase64UrlWithoutPadding()
    {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.challenge().size(), 43);
        QVERIFY(!pkce.challenge().contains(QLatin1Char('=')));
        const QByteArray digest
            = QCryptographicHash::hash(pkce.verifier().toLatin1(), QCryptographicHash::Sha256);
        QCOMPARE(QByteArray::fromBase64(pkce.challenge().toLatin1(), QByteArray::Base64UrlEncoding), digest);
    }

    void everyVerifierIsUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(Pkce::generate().verifier());
        QCOMPARE(seen.size(), 1000);
    }

    void rejectsInvalidVerifiers()
    {
        QVERIFY(!Pkce::isValidVerifier(QString(42, QLatin1Char('a'))));
        QVERIFY(!Pkce::isValidVerifier(QString(129, QLatin1Char('a'))));
        QVERIFY(!Pkce::isValidVerifier(QString(42, QLatin1Char('a')) + QLatin1Char('+')));
        QVERIFY(Pkce::isValidVerifier(QString(43, QLatin1Char('~'))));
    }
};

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
