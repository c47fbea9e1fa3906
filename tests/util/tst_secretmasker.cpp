#include "LogCapture.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

namespace {

// The rule redact() implements, the slow obvious way: left to right, the longest secret that
// starts here is replaced and skipped over.
QString referenceRedact(const QString& text, const QStringList& secrets)
{
    QString result;
    for (qsizetype position = 0; position < text.size();) {
        QString longest;
        for (const QString& secret : secrets) {
            if (QStringView(text).mid(position).startsWith(secret) && secret.size() > longest.size())
                longest = secret;
        }
        if (longest.isEmpty()) {
            result += text.at(position++);
        } else {
            result += SecretMasker::mask(longest);
            position += longest.size();
        }
    }
    return result;
}

QString randomString(QRandomGenerator& random, int minimum, int maximum)
{
    QString text;
    const int length = minimum + random.bounded(maximum - minimum + 1);
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(random.bounded(2) ? 'a' : 'b');
    return text;
}

} // namespace

class tst_SecretMasker : public QObject
{
    Q_OBJECT

private slots:
    void masksLongSecretsWithPrefixAndLength()
    {
        QCOMPARE(SecretMasker::mask(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.payload")),
            QStringLiteral("eyJh…(28 chars)"));
    }

    void hidesShortSecretsCompletely()
    {
        QCOMPARE(SecretMasker::mask(QStringLiteral("abc123")), QStringLiteral("••••••"));
        QVERIFY(SecretMasker::mask(QString()).isEmpty());
    }

    void redactsEveryEncodedForm()
    {
        SecretMasker masker;
        const QString secret = QStringLiteral("rt+abc/def==%41xyz");
        masker.remember(secret);
        const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        const QString base64 = QString::fromLatin1(secret.toUtf8().toBase64());
        const QString text = QStringLiteral("raw=%1 form=%2 basic=%3").arg(secret, percent, base64);
        const QString redacted = masker.redact(text);
        QVERIFY(!redacted.contains(secret));
        QVERIFY(!redacted.contains(percent));
        QVERIFY(!redacted.contains(base64));
        QVERIFY(redacted.contains(SecretMasker::mask(secret)));
    }

    void longerSecretsWinOverTheSecretsInsideThem()
    {
        SecretMasker masker;
        masker.remember(QStringLiteral("inner-secret"));
        masker.remember(QStringLiteral("outer-inner-secret-tail"));
        const QString redacted = masker.redact(QStringLiteral("[outer-inner-secret-tail] [inner-secret]"));
        QCOMPARE(redacted,
            QStringLiteral("[%1] [%2]")
                .arg(SecretMasker::mask(QStringLiteral("outer-inner-secret-tail")),
                    SecretMasker::mask(QStringLiteral("inner-secret"))));
    }

    void thousandsOfSecretsStayCorrect()
    {
        SecretMasker masker;
        for (int i = 0; i < 3000; ++i)
            masker.remember(QStringLiteral("token-%1-abcdef").arg(i));
        const QString redacted = masker.redact(QStringLiteral("a token-2999-abcdef b token-7-abcdef c"));
        QVERIFY(!redacted.contains(QStringLiteral("token-2999-abcdef")));
        QVERIFY(!redacted.contains(QStringLiteral("token-7-abcdef")));
        QVERIFY(redacted.startsWith(QStringLiteral("a ")) && redacted.endsWith(QStringLiteral(" c")));
        QCOMPARE(masker.redact(QStringLiteral("nothing secret here")), QStringLiteral("nothing secret here"));
    }

    void forgetStopsRedacting()
    {
        SecretMasker masker;
        masker.remember(QStringLiteral("secret-value-1"));
        masker.forget(QStringLiteral("secret-value-1"));
        QCOMPARE(masker.redact(QStringLiteral("x secret-value-1")), QStringLiteral("x secret-value-1"));
    }

    void forgettingOneSecretKeepsItsNeighbours()
    {
        SecretMasker masker;
        masker.remember(QStringLiteral("same-prefix-one"));
        masker.remember(QStringLiteral("same-prefix-two"));
        masker.forget(QStringLiteral("same-prefix-one"));
        QCOMPARE(masker.redact(QStringLiteral("same-prefix-one same-prefix-two")),
            QStringLiteral("same-prefix-one ") + SecretMasker::mask(QStringLiteral("same-prefix-two")));
    }

    void redactsAtEveryPosition()
    {
        SecretMasker masker;
        const QString first = QStringLiteral("first-secret-AAAA");
        const QString second = QStringLiteral("second-secret-BBBB");
        const QString unicode = QStringLiteral("clé-secrète-\U0001F511-42");
        masker.remember(first);
        masker.remember(second);
        masker.remember(unicode);
        const QString m1 = SecretMasker::mask(first), m2 = SecretMasker::mask(second);
        QCOMPARE(masker.redact(first), m1);
        QCOMPARE(masker.redact(first + second), m1 + m2); // adjacent, no separator
        QCOMPARE(masker.redact(QStringLiteral("xx") + second), QStringLiteral("xx") + m2); // at the very end
        QCOMPARE(masker.redact(first.left(10)), first.left(10)); // a prefix alone is not the secret
        QCOMPARE(masker.redact(QStringLiteral("abc")), QStringLiteral("abc")); // shorter than any form
        QCOMPARE(masker.redact(QStringLiteral("[") + unicode + QStringLiteral("]")),
            QStringLiteral("[") + SecretMasker::mask(unicode) + QStringLiteral("]"));
    }

    // Secrets and texts over {a, b} share prefixes, overlap and nest all the time; their encoded
    // forms (base64 etc.) contain other letters and never match such a text, so the reference only
    // needs the secrets themselves.
    void agreesWithTheObviousRuleOnOverlappingSecrets()
    {
        QRandomGenerator random(20261128);
        for (int trial = 0; trial < 500; ++trial) {
            SecretMasker masker;
            QStringList secrets;
            const int count = 1 + random.bounded(12);
            for (int i = 0; i < count; ++i) {
                secrets.append(randomString(random, 6, 16));
                masker.remember(secrets.last());
            }
            if (random.bounded(4) == 0) {
                const QString forgotten = secrets.takeAt(random.bounded(int(secrets.size())));
                masker.forget(forgotten);
                secrets.removeAll(forgotten); // a secret remembered twice is forgotten once for all
            }
            for (int i = 0; i < 5; ++i) {
                const QString text = randomString(random, 0, 80);
                QCOMPARE(masker.redact(text), referenceRedact(text, secrets));
            }
        }
    }

    void learnsSecretsFromTokenResponsesAndForms()
    {
        SecretMasker masker;
        masker.rememberSecretFieldsIn(
            R"({"access_token":"at-\/abc+def=1","token_type":"Bearer","refresh_token" : "rt-0123456789"})");
        masker.rememberSecretFieldsIn("grant_type=refresh_token&refresh_token=rt%2Bform%2F42&client_id=web");
        masker.rememberSecretFieldsIn("https://example.test/cb?api_key=key-9876543210&x=1");
        const QString text = QStringLiteral("at-/abc+def=1 rt-0123456789 rt+form/42 key-9876543210 web");
        const QString redacted = masker.redact(text);
        QVERIFY2(!redacted.contains(QStringLiteral("at-/abc+def=1")), qPrintable(redacted));
        QVERIFY(!redacted.contains(QStringLiteral("rt-0123456789")));
        QVERIFY(!redacted.contains(QStringLiteral("rt+form/42")));
        QVERIFY(!redacted.contains(QStringLiteral("key-9876543210")));
        QVERIFY(redacted.endsWith(QStringLiteral(" web"))); // client ids are not secrets
    }

    void knowsCredentialHeaders()
    {
        QVERIFY(SecretMasker::isCredentialHeader("Authorization"));
        QVERIFY(SecretMasker::isCredentialHeader("set-cookie"));
        QVERIFY(SecretMasker::isCredentialHeader("X-Api-Key"));
        QVERIFY(!SecretMasker::isCredentialHeader("Content-Type"));
    }

    void messageHandlerRedactsLogLines()
    {
        LogCapture capture;
        SecretMasker::installMessageHandler();
        SecretMasker::global().remember(QStringLiteral("access-token-XYZ-123"));
        qCInfo(lcOAuth) << "token is" << QStringLiteral("access-token-XYZ-123");
        QVERIFY(capture.linesContainingAny({QStringLiteral("access-token-XYZ-123")}).isEmpty());
        QVERIFY(!capture.lines().isEmpty());
        SecretMasker::global().clear();
    }
};

QTEST_GUILESS_MAIN(tst_SecretMasker)
#include "tst_secretmasker.moc"
