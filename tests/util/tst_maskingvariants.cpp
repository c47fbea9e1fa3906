// Every way a secret reaches an output, generated: secret names x places x values, and known
// values x encodings, fed through every function that writes something a user or a file sees
// (history line, curl export, raw HTTP text, flow timeline step, log line, error text). Fails on
// any clear value.
#include "LogCapture.h"
#include "api/ApiResponse.h"
#include "api/CurlExport.h"
#include "api/HistoryEntry.h"
#include "api/LoftyError.h"
#include "oauth/FlowStep.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"
#include "util/SecretMaskingRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

namespace {

const QStringList& secretNames()
{
    static const QStringList names {QStringLiteral("password"), QStringLiteral("token"),
        QStringLiteral("secret"), QStringLiteral("Client_Secret"), QStringLiteral("client-secret"),
        QStringLiteral("clientSecret"), QStringLiteral("api-key"), QStringLiteral("x_api_key"),
        QStringLiteral("X-Foo-Token"), QStringLiteral("private_key"), QStringLiteral("passwd"),
        QStringLiteral("authorization"), QStringLiteral("customer_key"), QStringLiteral("credential"),
        QStringLiteral("cookie"), QStringLiteral("refresh_token"), QStringLiteral("PASS-WORD"),
        QStringLiteral("code_verifier")};
    return names;
}

// Short ones included: a name-carried value is masked whatever its length. Characters that
// percent-encoding, base64 and JSON escaping all change.
const QStringList& secretValues()
{
    static const QStringList values {QStringLiteral("Zq"), QStringLiteral("Zq9"), QStringLiteral("hunter2"),
        QStringLiteral("s3cr/et+val=ue\"Q-0123456789")};
    return values;
}

enum class Place { JsonTop, JsonNested, Form, Query, Header };

QString placeName(Place place)
{
    switch (place) {
    case Place::JsonTop:
        return QStringLiteral("json");
    case Place::JsonNested:
        return QStringLiteral("nested json");
    case Place::Form:
        return QStringLiteral("form");
    case Place::Query:
        return QStringLiteral("query");
    case Place::Header:
        return QStringLiteral("header");
    }
    return QString();
}

QByteArray jsonWith(const QString& name, const QString& value, bool nested)
{
    QJsonObject member {{QStringLiteral("id"), 7}, {name, value}};
    if (nested)
        member = QJsonObject {
            {QStringLiteral("data"), QJsonArray {QJsonObject {{QStringLiteral("auth"), member}}}}};
    return QJsonDocument(member).toJson(QJsonDocument::Compact);
}

QByteArray percent(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}

ApiRequest requestWith(Place place, const QString& name, const QString& value)
{
    ApiRequest request = ApiRequest::fromUrl(
        QStringLiteral("POST"), QUrl(QStringLiteral("https://api.example.test/v1.0/leads")));
    switch (place) {
    case Place::JsonTop:
    case Place::JsonNested:
        request.body = jsonWith(name, value, place == Place::JsonNested);
        request.setHeader("Content-Type", "application/json");
        break;
    case Place::Form:
        request.body = "grant_type=x&" + percent(name) + '=' + percent(value) + "&scope=openApi";
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        break;
    case Place::Query:
        request.url = QUrl(QStringLiteral("https://api.example.test/v1.0/leads?page=2&%1=%2")
                               .arg(QString::fromLatin1(percent(name)), QString::fromLatin1(percent(value))));
        break;
    case Place::Header:
        request.setHeader(name.toUtf8(), value.toUtf8());
        break;
    }
    return request;
}

// The value as written in clear in any of the ways it travels.
QStringList clearForms(const QString& value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    QString jsonEscaped = QString::fromUtf8(json.mid(2, json.size() - 4));
    QStringList forms {value, QString::fromLatin1(percent(value)),
        QString::fromLatin1(value.toUtf8().toBase64()), jsonEscaped};
    forms << jsonEscaped.replace(QLatin1Char('/'), QLatin1String("\\/"));
    forms.removeDuplicates();
    return forms;
}

void verifyNoClearValue(const QString& output, const QString& value, const QString& where)
{
    for (const QString& form : clearForms(value)) {
        if (output.contains(form))
            QFAIL(qPrintable(QStringLiteral("%1 shows \"%2\" in clear: %3").arg(where, form, output)));
    }
}

// Every output of an exchange, by name.
QList<QPair<QString, QString>> outputsOf(const ApiRequest& request, const QByteArray& responseBody)
{
    ApiResponse response;
    response.request = request;
    response.httpStatus = 400;
    response.reasonPhrase = "Bad Request";
    response.body = responseBody;
    response.headers = request.headers;
    response.error = LoftyError::fromHttp(400, responseBody);
    const QString requestText = CurlExport::rawRequest(request, CurlExport::Secrets::InClear);
    return {
        {QStringLiteral("history line"),
            QString::fromUtf8(HistoryEntry::fromResponse(response, 1 << 20).toJsonLine())},
        {QStringLiteral("curl export"), CurlExport::toCurl(request)},
        {QStringLiteral("raw request"), CurlExport::rawRequest(request)},
        {QStringLiteral("raw response"), CurlExport::rawResponse(response)},
        {QStringLiteral("flow step"),
            FlowStep::make(FlowStep::Kind::TokenRequested, QStringLiteral("t"), requestText, nullptr).detail},
        {QStringLiteral("error text"), response.error.toText()},
        {QStringLiteral("invalid request text"), LoftyError::invalidRequest(requestText).toText()},
    };
}

} // namespace

class tst_MaskingVariants : public QObject
{
    Q_OBJECT

private slots:
    void init() { SecretMasker::global().clear(); }
    void cleanup() { SecretMasker::global().clear(); }

    void everySecretNameRecognised()
    {
        for (const QString& name : secretNames())
            QVERIFY2(SecretMaskingRules::isSecretName(name), qPrintable(name));
        for (const char* name : {"Content-Type", "grant_type", "token_type", "client_id", "scope", "id"})
            QVERIFY2(!SecretMaskingRules::isSecretName(QString::fromLatin1(name)), name);
    }

    // Nobody registered these values: the names alone must hide them.
    void secretsCarriedByNameNeverAppearInClear()
    {
        int cases = 0;
        for (const QString& name : secretNames()) {
            for (const QString& value : secretValues()) {
                for (Place place :
                    {Place::JsonTop, Place::JsonNested, Place::Form, Place::Query, Place::Header}) {
                    const ApiRequest request = requestWith(place, name, value);
                    const QByteArray responseBody = jsonWith(name, value, place == Place::JsonNested);
                    const QString where
                        = QStringLiteral("%1 in %2 (%3): ").arg(name, placeName(place), value);
                    for (const auto& output : outputsOf(request, responseBody))
                        verifyNoClearValue(output.second, value, where + output.first);
                    ++cases;
                }
            }
        }
        QCOMPARE(cases, int(secretNames().size() * secretValues().size() * 5));
    }

    // Registered values under names that say nothing, in each encoding they travel in.
    void knownValuesNeverAppearInClearInAnyEncoding()
    {
        for (const QString& value : secretValues()) {
            SecretMasker::global().clear();
            SecretMasker::global().remember(value, QStringLiteral("account-1"));
            for (const QString& form : clearForms(value)) {
                ApiRequest request = ApiRequest::fromUrl(QStringLiteral("POST"),
                    QUrl(QStringLiteral("https://api.example.test/v1.0/notes?ref=%1")
                             .arg(QString::fromLatin1(percent(value)))));
                request.setHeader("X-Reference", form.toUtf8());
                request.body = "{\"note\":\"see " + form.toUtf8() + "\"}";
                const QByteArray responseBody = "{\"echo\":\"" + form.toUtf8() + "\"}";
                for (const auto& output : outputsOf(request, responseBody))
                    verifyNoClearValue(
                        output.second, value, QStringLiteral("%1 as %2: %3").arg(value, form, output.first));
            }
        }
    }

    void logLinesNeverShowSecrets()
    {
        LogCapture capture;
        SecretMasker::installMessageHandler();
        SecretMasker::global().remember(QStringLiteral("kN0wn"), QStringLiteral("account-1"));
        for (const QString& name : secretNames()) {
            for (const QString& value : secretValues()) {
                const QString query = QStringLiteral("%1=%2").arg(name, QString::fromLatin1(percent(value)));
                qCInfo(lcApi).noquote() << "GET https://api.example.test/x?" + query;
                qCInfo(lcApi).noquote() << QString::fromUtf8(jsonWith(name, value, true));
                qCInfo(lcApi).noquote() << name + QStringLiteral(": ") + value;
            }
        }
        qCInfo(lcApi).noquote() << "echo kN0wn";
        QCOMPARE(capture.lines().size(), int(secretNames().size() * secretValues().size() * 3) + 1);
        for (const QString& line : capture.lines()) {
            for (const QString& value : secretValues() + QStringList {QStringLiteral("kN0wn")})
                verifyNoClearValue(line, value, QStringLiteral("log line"));
        }
    }

    // A value two owners know stays masked until both forget it.
    // Names that mention a secret word but carry none stay readable: counts and sort keys are
    // data the user needs to see.
    void namesThatOnlyMentionASecretWordStayReadable_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"token_count", "tokenCount", "sortKey", "sort_key", "primary_key", "keyword",
                 "monkey", "keys", "token_type", "userKeyRequired"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void namesThatOnlyMentionASecretWordStayReadable()
    {
        QFETCH(QString, name);
        QVERIFY(!SecretMaskingRules::isSecretName(name));
        const QString json = QStringLiteral("{\"%1\":\"visible-value\"}").arg(name);
        QCOMPARE(SecretMaskingRules::maskByName(json), json);
        const QString query = QStringLiteral("a=1&%1=visible-value").arg(name);
        QCOMPARE(SecretMaskingRules::maskByName(query), query);
    }

    void keyNamesThatCarryASecretAreMasked_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"key", "Key", "apiKey", "X-Api-Key", "secret_key", "access-key",
                 "client_key", "Ocp-Apim-Subscription-Key", "customerKey", "privateKey"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void keyNamesThatCarryASecretAreMasked()
    {
        QFETCH(QString, name);
        QVERIFY(SecretMaskingRules::isSecretName(name));
        const QString json = QStringLiteral("{\"%1\":\"hidden-value\"}").arg(name);
        QVERIFY(!SecretMaskingRules::maskByName(json).contains(QStringLiteral("hidden-value")));
    }

    void forgettingOneOwnerKeepsTheOther()
    {
        SecretMasker masker;
        masker.remember(QStringLiteral("shared-value"), QStringLiteral("account-1"));
        masker.remember(QStringLiteral("shared-value"), QStringLiteral("account-2"));
        masker.forget(QStringLiteral("shared-value"), QStringLiteral("account-1"));
        QCOMPARE(masker.redact(QStringLiteral("x shared-value")), QStringLiteral("x shar…(12 chars)"));
        masker.forget(QStringLiteral("shared-value"), QStringLiteral("account-2"));
        QCOMPARE(masker.redact(QStringLiteral("x shared-value")), QStringLiteral("x shared-value"));
    }
};

QTEST_GUILESS_MAIN(tst_MaskingVariants)
#include "tst_maskingvariants.moc"
