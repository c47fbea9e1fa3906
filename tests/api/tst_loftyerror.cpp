#include "api/LoftyError.h"

#include <QFile>
#include <QTest>

Q_DECLARE_METATYPE(LoftyError::Kind)

class TestLoftyError : public QObject
{
    Q_OBJECT

private:
    static QByteArray cannedBody(const QString& name)
    {
        // LOFTY_SOURCE_DIR rather than LOFTY_TEST_DATA: the latter is computed inside a CMake function
        // and points at tests/<area>/data.
        QFile file(
            qEnvironmentVariable("LOFTY_SOURCE_DIR") + QStringLiteral("/tests/data/api/errors/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(file.fileName()));
        return file.readAll();
    }

private slots:
    void decodesCannedBody_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<LoftyError::Kind>("kind");
        QTest::addColumn<QString>("code");
        using K = LoftyError::Kind;
        QTest::newRow("401") << "401-bad-credentials.json" << 401 << K::Unauthorized << "BAD_CREDENTIALS";
        QTest::newRow("403 200100") << "403-200100.json" << 403 << K::ApiNotGranted << "200100";
        QTest::newRow("403 vendor") << "403-vendor-has-no-permission.json" << 403 << K::ApiNotGranted
                                    << "VENDOR_HAS_NO_PERMISSION";
        QTest::newRow("403 denied") << "403-permission-denied.json" << 403 << K::PermissionDenied
                                    << "PERMISSION_DENIED";
        QTest::newRow("403 website") << "403-no-access-website.json" << 403 << K::NoAccessWebsite
                                     << "NO_ACCESS_WEBSITE";
        QTest::newRow("403 team") << "403-access-all-team-leads.json" << 403 << K::TeamLeadsPermission
                                  << "ACCESS_ALL_TEAM_LEADS";
        QTest::newRow("403 unknown") << "403-unknown.json" << 403 << K::Forbidden << "SOMETHING_NEW";
        QTest::newRow("400 invalid") << "400-invalid-parameter.json" << 400 << K::BadRequest
                                     << "INVALID_PARAMETER";
        QTest::newRow("400 missing") << "400-missing-parameter.json" << 400 << K::BadRequest
                                     << "MISSING_PARAMETER";
        QTest::newRow("400 limit") << "400-limit-not-valid.json" << 400 << K::BadRequest << "LIMIT_NOT_VALID";
        QTest::newRow("400 oversize")
            << "400-limit-param-oversize.json" << 400 << K::BadRequest << "LIMIT_PARAM_OVERSIZE";
        QTest::newRow("400 too long")
            << "400-parameter-too-long.json" << 400 << K::BadRequest << "PARAMETER_TOO_LONG";
        QTest::newRow("400 listing") << "400-listing-limit-not-valid.json" << 400 << K::BadRequest
                                     << "LISTING_LIMIT_NOT_VALID";
        QTest::newRow("404") << "404-lead-not-exist.json" << 404 << K::NotFound << "LEAD_NOT_EXIST";
        QTest::newRow("429") << "429.json" << 429 << K::RateLimited << "";
        QTest::newRow("500") << "500.json" << 500 << K::ServerError << "500";
        QTest::newRow("502 html") << "502.html" << 502 << K::ServerError << "";
        QTest::newRow("200 200060") << "200-200060.json" << 200 << K::BusinessError << "200060";
        QTest::newRow("200 status envelope")
            << "200-status-envelope-error.json" << 200 << K::BusinessError << "1001";
        QTest::newRow("200 errorCode envelope")
            << "200-errorcode-envelope.json" << 200 << K::BusinessError << "4002";
        QTest::newRow("200 code 0") << "200-code-zero.json" << 200 << K::None << "0";
        QTest::newRow("200 status ok") << "200-status-ok.json" << 200 << K::None << "0";
        QTest::newRow("200 plain") << "200-plain.json" << 200 << K::None << "";
    }

    void decodesCannedBody()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(LoftyError::Kind, kind);
        QFETCH(QString, code);
        const LoftyError error = LoftyError::fromHttp(status, cannedBody(file));
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.isError(), kind != LoftyError::Kind::None);
        if (error.isError()) {
            QVERIFY(!error.title().isEmpty());
            QVERIFY(!error.cause().isEmpty());
            QVERIFY(!error.remedy().isEmpty());
        }
    }

    void apiNotGrantedExplainsPermissionsTabAndReauthorization()
    {
        const LoftyError error = LoftyError::fromHttp(403, cannedBody(QStringLiteral("403-200100.json")));
        QVERIFY(error.remedy().contains(QLatin1String("Permissions tab")));
        QVERIFY(error.remedy().contains(QLatin1String("authorize it again")));
        QVERIFY(error.requiresPortalChange());
        QCOMPARE(error.serverMessage(),
            QStringLiteral("Sorry, the vendor does not have permission for this API."));
    }

    void unauthorizedSaysTokenBadOrExpired()
    {
        const LoftyError error
            = LoftyError::fromHttp(401, cannedBody(QStringLiteral("401-bad-credentials.json")));
        QVERIFY(error.cause().contains(QLatin1String("expired")));
        QVERIFY(!error.requiresPortalChange());
    }

    void rateLimitedNamesBothModeLimits()
    {
        const LoftyError error = LoftyError::fromHttp(429, cannedBody(QStringLiteral("429.json")));
        QVERIFY(error.cause().contains(QLatin1String("100 per minute")));
        QVERIFY(error.cause().contains(QLatin1String("500 per minute")));
        QCOMPARE(error.serverMessage(), QStringLiteral("Too Many Requests"));
    }

    void businessErrorNamesTransactionNotExist()
    {
        const LoftyError error = LoftyError::fromHttp(200, cannedBody(QStringLiteral("200-200060.json")));
        QVERIFY(error.title().contains(QLatin1String("TRANSACTION_NOT_EXIST")));
    }

    void emptyAndMalformedBodiesStillDecodeByStatus()
    {
        QCOMPARE(LoftyError::fromHttp(401, QByteArray()).kind(), LoftyError::Kind::Unauthorized);
        QCOMPARE(LoftyError::fromHttp(403, "{not json").kind(), LoftyError::Kind::Forbidden);
        QCOMPARE(LoftyError::fromHttp(200, "{not json").kind(), LoftyError::Kind::None);
        QCOMPARE(LoftyError::fromHttp(200, "[1,2]").kind(), LoftyError::Kind::None);
        QCOMPARE(LoftyError::fromHttp(418, QByteArray()).kind(), LoftyError::Kind::HttpError);
    }

    void largeSuccessBodyIsNotParsedForCode()
    {
        QByteArray body = "{\"code\":200060,\"message\":\"x\",\"pad\":\"";
        body += QByteArray(200 * 1024, 'a');
        body += "\"}";
        QCOMPARE(LoftyError::fromHttp(200, body).kind(), LoftyError::Kind::None);
    }

    void networkErrorsDecode()
    {
        const LoftyError refused = LoftyError::fromNetwork(QNetworkReply::ConnectionRefusedError, QString());
        QCOMPARE(refused.kind(), LoftyError::Kind::NetworkError);
        QVERIFY(refused.cause().contains(QLatin1String("refused")));
        QCOMPARE(LoftyError::fromNetwork(QNetworkReply::RemoteHostClosedError, QString()).kind(),
            LoftyError::Kind::NetworkError);
        QCOMPARE(LoftyError::timeout(30).kind(), LoftyError::Kind::Timeout);
        QCOMPARE(LoftyError::cancelled().kind(), LoftyError::Kind::Cancelled);
    }

    void redirectRefusedNamesTargetWithoutQuery()
    {
        const LoftyError error
            = LoftyError::redirectRefused(QUrl(QStringLiteral("http://127.0.0.1:1/v1.0/me")),
                QUrl(QStringLiteral("http://evil.invalid/x?token=abc")));
        QCOMPARE(error.kind(), LoftyError::Kind::RedirectRefused);
        QVERIFY(error.cause().contains(QLatin1String("evil.invalid")));
        QVERIFY(!error.cause().contains(QLatin1String("token=abc")));
    }

    void kindNamesAreDistinct()
    {
        QSet<QString> names;
        for (int k = int(LoftyError::Kind::None); k <= int(LoftyError::Kind::HttpError); ++k)
            names.insert(LoftyError::kindName(LoftyError::Kind(k)));
        QCOMPARE(names.size(), int(LoftyError::Kind::HttpError) + 1);
    }
};

QTEST_GUILESS_MAIN(TestLoftyError)
#include "tst_loftyerror.moc"
