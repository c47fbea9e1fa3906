#include "api/LoftyError.h"
#include "api/LoftyErrorCodes.h"
#include "catalog/EndpointCatalog.h"

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

    // Every code and name in Lofty's OpenAPI document and in the observed list, with the HTTP
    // status that carries it there.
    void decodesEveryDocumentedCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code"); // JSON text of `code`: a number or a string
        QTest::addColumn<LoftyError::Kind>("kind");
        QTest::addColumn<QString>("name");
        using K = LoftyError::Kind;
        auto row = [](int status, const char* code, K kind, const char* name) {
            QTest::addRow("%d %s", status, code)
                << status << QByteArray(code) << kind << QString::fromLatin1(name);
        };
        row(403, "200100", K::ApiNotGranted, "");
        row(400, "\"VENDOR_HAS_NO_PERMISSION\"", K::ApiNotGranted, "VENDOR_HAS_NO_PERMISSION");
        row(400, "20017", K::PermissionDenied, "PERMISSION_DENIED");
        row(403, "20017", K::PermissionDenied, "PERMISSION_DENIED");
        row(400, "\"PERMISSION_DENIED\"", K::PermissionDenied, "PERMISSION_DENIED");
        row(400, "\"ACCESS_ALL_TEAM_LEADS\"", K::TeamLeadsPermission, "ACCESS_ALL_TEAM_LEADS");
        row(403, "\"NO_ACCESS_WEBSITE\"", K::NoAccessWebsite, "NO_ACCESS_WEBSITE");
        row(400, "\"WEBHOOK_DELETE_NO_AUTHORITY\"", K::PermissionDenied, "WEBHOOK_DELETE_NO_AUTHORITY");
        row(200, "1900012", K::BusinessError, "");
        row(401, "\"BAD_CREDENTIALS\"", K::Unauthorized, "BAD_CREDENTIALS");
        row(400, "200058", K::Unauthorized, "");
        row(400, "20001", K::BadRequest, "");
        row(400, "20012", K::BadRequest, "INVALID_PARAMETER");
        row(200, "20012", K::BusinessError, "INVALID_PARAMETER");
        row(400, "\"MISSING_PARAMETER\"", K::BadRequest, "MISSING_PARAMETER");
        row(400, "20042", K::BadRequest, "LIMIT_NOT_VALID");
        row(400, "\"LISTING_LIMIT_NOT_VALID\"", K::BadRequest, "LISTING_LIMIT_NOT_VALID");
        row(400, "\"LIMIT_PARAM_OVERSIZE\"", K::BadRequest, "LIMIT_PARAM_OVERSIZE");
        row(400, "200104", K::BadRequest, "");
        row(400, "\"OFFSET_EXCEED_LIMIT\"", K::BadRequest, "OFFSET_EXCEED_LIMIT");
        row(400, "20043", K::BadRequest, "PARAMETER_TOO_LONG");
        row(404, "20003", K::NotFound, "USER_NOT_EXIST");
        row(404, "20006", K::NotFound, "LEAD_NOT_EXIST");
        row(404, "\"LEAD_NOT_FOUND\"", K::NotFound, "LEAD_NOT_FOUND");
        row(404, "20007", K::NotFound, "RESOURCE_NOT_EXIST");
        row(404, "\"TASK_NOT_EXIST\"", K::NotFound, "TASK_NOT_EXIST");
        row(404, "200060", K::NotFound, "TRANSACTION_NOT_EXIST");
        row(200, "200060", K::BusinessError, "TRANSACTION_NOT_EXIST");
        row(404, "200108", K::NotFound, "LEAD_PROPERTY_NOT_EXIST");
        row(404, "\"ALERT_CONDITION_FEGIN_FAIL\"", K::NotFound, "ALERT_CONDITION_FEGIN_FAIL");
        row(400, "200057", K::BadRequest, "PROPERTY_ADDRESS_EMPTY");
        row(400, "200062", K::BadRequest, "TRANSACTION_NAME_BLANK");
        row(400, "\"TRANSACTION_NAME_HTML\"", K::BadRequest, "TRANSACTION_NAME_HTML");
        row(400, "200125", K::BadRequest, "TRANSACTION_STATUS_INVALID");
        row(200, "310111", K::BusinessError, "SEAT_INSUFFICIENT");
        row(200, "990105", K::BusinessError, "");
        row(200, "990106", K::BusinessError, "");
        row(200, "990107", K::BusinessError, "");
        row(200, "990112", K::BusinessError, "");
        row(200, "990113", K::BusinessError, "");
        row(500, "20005", K::ServerError, "");
        row(400, "\"TASK_IS_SMARTPLAN\"", K::BadRequest, "TASK_IS_SMARTPLAN");
        row(400, "\"INVALID_UPDATE_OPERATION_LEADID\"", K::BadRequest, "INVALID_UPDATE_OPERATION_LEADID");
        row(400, "\"WEBHOOK_TYPE_ERROR\"", K::BadRequest, "WEBHOOK_TYPE_ERROR");
        row(400, "\"WEBHOOK_CALLBACK_URL_INVALID\"", K::BadRequest, "WEBHOOK_CALLBACK_URL_INVALID");
        row(400, "\"WEBHOOK_EXCEED_LIMIT\"", K::BadRequest, "WEBHOOK_EXCEED_LIMIT");
        row(400, "\"WEBHOOK_DELETE_NOT_EXIST\"", K::BadRequest, "WEBHOOK_DELETE_NOT_EXIST");
        row(400, "\"BUSINESS_TYPE_ERROR\"", K::BadRequest, "BUSINESS_TYPE_ERROR");
        row(400, "\"STRATEGY_TYPE_ERROR\"", K::BadRequest, "STRATEGY_TYPE_ERROR");
        row(400, "\"STRATEGY_TYPE_NOT_MATCH\"", K::BadRequest, "STRATEGY_TYPE_NOT_MATCH");
        row(400, "\"INVAID_ID\"", K::BadRequest, "INVAID_ID");
        row(400, "\"INVAID_ACTIVE_DAY\"", K::BadRequest, "INVAID_ACTIVE_DAY");
        row(400, "\"INVAID_ACTIVE_HOURS\"", K::BadRequest, "INVAID_ACTIVE_HOURS");
        row(400, "\"INVAID_MEMBER_WEIGHT\"", K::BadRequest, "INVAID_MEMBER_WEIGHT");
        row(400, "\"INVAID_GROUP_ID\"", K::BadRequest, "INVAID_GROUP_ID");
        row(400, "\"INVAID_TOUCHMINUTES\"", K::BadRequest, "INVAID_TOUCHMINUTES");
        row(400, "\"INVAID_ROLE_ID\"", K::BadRequest, "INVAID_ROLE_ID");
        row(400, "\"PARAM_EMAIL_MUST_FILL\"", K::BadRequest, "PARAM_EMAIL_MUST_FILL");
        row(400, "\"PARAM_FIRST_NAME_FILL\"", K::BadRequest, "PARAM_FIRST_NAME_FILL");
        row(400, "\"ATTRIBUTE_NAME_EMPTY\"", K::BadRequest, "ATTRIBUTE_NAME_EMPTY");
        row(400, "\"ATTRIBUTE_TYPE_EMPTY\"", K::BadRequest, "ATTRIBUTE_TYPE_EMPTY");
    }

    void decodesEveryDocumentedCode()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(LoftyError::Kind, kind);
        QFETCH(QString, name);
        const LoftyError error = LoftyError::fromHttp(status, "{\"code\":" + code + ",\"message\":\"m\"}");
        const QString codeText = QString::fromLatin1(code).remove(QLatin1Char('"'));
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.code(), codeText);
        QCOMPARE(error.name(), name);
        QVERIFY(LoftyErrorCode::find(codeText));
        QCOMPARE(error.title().count(codeText), 1);
        QCOMPARE(error.cause().startsWith(
                     QCoreApplication::translate("LoftyError", LoftyErrorCode::find(codeText)->meaning)),
            true);
        QCOMPARE(error.remedy(),
            QCoreApplication::translate("LoftyError", LoftyErrorCode::find(codeText)->remedy));
        const bool permission = kind == LoftyError::Kind::ApiNotGranted
            || kind == LoftyError::Kind::PermissionDenied || kind == LoftyError::Kind::TeamLeadsPermission
            || kind == LoftyError::Kind::NoAccessWebsite;
        if (permission)
            QVERIFY2(
                error.remedy().contains(QLatin1String("Registration panel")), qPrintable(error.remedy()));
    }

    void titleNamesTheCodeOnce()
    {
        const LoftyError error = LoftyError::fromHttp(403, cannedBody(QStringLiteral("403-200100.json")));
        QCOMPARE(error.title(), QStringLiteral("The app lacks this API: 200100 (HTTP 403)"));
        const LoftyError denied = LoftyError::fromHttp(400, "{\"code\":20017,\"message\":\"no\"}");
        QCOMPARE(denied.title(), QStringLiteral("Permission denied: 20017 PERMISSION_DENIED (HTTP 400)"));
        const LoftyError unknown = LoftyError::fromHttp(400, "{\"code\":\"SOMETHING_NEW\"}");
        QCOMPARE(unknown.title(), QStringLiteral("Bad request: SOMETHING_NEW (HTTP 400)"));
        QCOMPARE(unknown.name(), QString());
    }

    void everyErrorTheCatalogDocumentsIsDecoded()
    {
        int checked = 0;
        for (const CatalogEndpoint& endpoint : EndpointCatalog::builtIn().endpoints()) {
            for (const CatalogErrorCode& documented : endpoint.errors) {
                const QString code = documented.code.isEmpty() ? documented.name : documented.code;
                QVERIFY2(LoftyErrorCode::find(code), qPrintable(endpoint.id + QLatin1String(": ") + code));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
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
