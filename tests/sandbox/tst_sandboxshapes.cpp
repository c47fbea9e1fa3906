#include "OpenApiShape.h"
#include "SandboxTestFixture.h"
#include "sandbox/SandboxData.h"

#include "TestBrowser.h"
#include "TestHttpRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

// The console's side of the redirect: a listener on 127.0.0.1 that keeps the first callback's
// query and answers it with a page, as a native app's loopback listener does.
class LoopbackCallback : public QTcpServer
{
public:
    QString query;

    LoopbackCallback()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    TestHttpRequest request;
                    if (!TestHttpRequest::takeFrom(m_buffer, &request))
                        return;
                    if (query.isEmpty())
                        query = QUrl(QString::fromLatin1(request.target)).query(QUrl::FullyDecoded);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                  "Connection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QByteArray m_buffer;
};

} // namespace

// Walks every operation of Lofty's published OpenAPI document against a running sandbox over
// real HTTP and checks each 200 answer against the document's response schema, once with an API
// key and once with an access token from the Authorization Code grant.
class tst_SandboxShapes : public QObject
{
    Q_OBJECT

    SandboxTestFixture f;
    QJsonObject m_document;

    static constexpr qint64 Base = SandboxData::IdBase;

    // Ids of seeded records (see SandboxData): the first lead and its task, note, call, text,
    // e-mail, manual log, transaction and appointment.
    static QString pathValue(const QString& path, const QString& name)
    {
        if (name == QLatin1String("communicationId")) {
            if (path.contains(QLatin1String("/text/")))
                return QString::number(Base + 200007);
            return QString::number(Base + (path.contains(QLatin1String("/email/")) ? 200009 : 200005));
        }
        const QHash<QString, qint64> ids {{QStringLiteral("leadId"), Base},
            {QStringLiteral("taskId"), Base + 200001}, {QStringLiteral("noteId"), Base + 200003},
            {QStringLiteral("callId"), Base + 200005}, {QStringLiteral("logTypeId"), Base + 200011},
            {QStringLiteral("transactionId"), Base + 200015}, {QStringLiteral("calendarId"), Base + 200017},
            {QStringLiteral("subscribeId"), Base + 40000}, {QStringLiteral("userId"), Base + 20000},
            {QStringLiteral("agentId"), Base + 20000}, {QStringLiteral("id"), Base + 30000},
            {QStringLiteral("type"), 1}};
        if (name == QLatin1String("taskId") && path.startsWith(QLatin1String("/v2.0/")))
            return QString::number(Base + 200101); // v1 and v2 share tasks: each deletes its own
        if (name == QLatin1String("account"))
            return QStringLiteral("alice@sandbox.lofty.invalid");
        return QString::number(ids.value(name));
    }

    // Body and query values that must name real sandbox records or satisfy Lofty's rules.
    static QJsonObject hints(const QString& operation)
    {
        QJsonObject values {{QStringLiteral("leadId"), Base}, {QStringLiteral("leadIds"), QJsonArray {Base}},
            {QStringLiteral("taskId"), Base + 200001}, {QStringLiteral("appointmentId"), Base + 200017},
            {QStringLiteral("callRecordId"), Base + 200005}, {QStringLiteral("transactionId"), Base + 200015},
            {QStringLiteral("assignedUserId"), Base + 20000}, {QStringLiteral("listId"), 2},
            {QStringLiteral("callbackUrl"), QStringLiteral("https://example.invalid/hook")},
            {QStringLiteral("limit"), 10}, {QStringLiteral("offset"), 0},
            {QStringLiteral("permissionMode"), 0}, {QStringLiteral("startActiveHour"), 8},
            {QStringLiteral("endActiveHour"), 20},
            {QStringLiteral("email"), QStringLiteral("new.agent@example.invalid")},
            {QStringLiteral("logType"), QStringLiteral("logCall")},
            {QStringLiteral("reason"), QStringLiteral("duplicate")},
            {QStringLiteral("startTime"), QStringLiteral("2025-12-01T00:00:00Z")},
            {QStringLiteral("endTime"), QStringLiteral("2026-01-02T00:00:00Z")}};
        if (operation == QLatin1String("POST /v1.0/org/office"))
            values.insert(QStringLiteral("id"), Base + 100002);
        if (operation == QLatin1String("PUT /v1.0/routing/rule/{type}"))
            values.insert(QStringLiteral("id"), Base + 60002);
        return values;
    }

    struct Operation
    {
        QString method;
        QString path;
        QJsonObject spec;
    };

    QList<Operation> operations() const
    {
        QList<Operation> all;
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto method = methods.constBegin(); method != methods.constEnd(); ++method)
                all.append({method.key().toUpper(), path.key(), method.value().toObject()});
        }
        // Deletes last, so nothing else looks for a record a delete removed.
        std::stable_sort(all.begin(), all.end(), [](const Operation& a, const Operation& b) {
            return a.method != QLatin1String("DELETE") && b.method == QLatin1String("DELETE");
        });
        return all;
    }

    QUrl urlOf(const Operation& operation, const QJsonObject& values) const
    {
        QString path = operation.path;
        QUrlQuery query;
        for (const QJsonValue& parameter : operation.spec.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject p = parameter.toObject();
            const QString name = p.value(QStringLiteral("name")).toString();
            if (p.value(QStringLiteral("in")) == QLatin1String("path"))
                path.replace(QLatin1Char('{') + name + QLatin1Char('}'), pathValue(operation.path, name));
            if (p.value(QStringLiteral("in")) == QLatin1String("query")
                && p.value(QStringLiteral("required")).toBool()) {
                const QJsonValue value = values.contains(name)
                    ? values.value(name)
                    : OpenApiShape(m_document).sample(p.value(QStringLiteral("schema")).toObject(), values);
                query.addQueryItem(
                    name, value.isString() ? value.toString() : QString::number(value.toInteger()));
            }
        }
        QUrl url = f.api(path);
        url.setQuery(query);
        return url;
    }

    static QString responseType(const QJsonObject& spec, QJsonObject* schema)
    {
        const QJsonObject content = spec.value(QStringLiteral("responses"))
                                        .toObject()
                                        .value(QStringLiteral("200"))
                                        .toObject()
                                        .value(QStringLiteral("content"))
                                        .toObject();
        if (content.isEmpty())
            return QString();
        *schema = content.constBegin().value().toObject().value(QStringLiteral("schema")).toObject();
        return content.constBegin().key();
    }

    // An access token by the Authorization Code grant over real HTTP: the consent form as alice,
    // the sandbox's redirect into a loopback listener (RFC 8252 section 7.3), the code exchanged
    // with the client secret. Empty with a warning when a step fails.
    QString authorizationCodeToken(const QString& clientId)
    {
        LoopbackCallback callback;
        if (!callback.listen(QHostAddress::LocalHost))
            return QString();
        const QString redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(callback.serverPort());
        const QString state = QStringLiteral("shapes-walk");
        QUrl authorize = f.server->authorizeUrl();
        authorize.setQuery(QUrlQuery({{QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), clientId}, {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("state"), state}, {QStringLiteral("scope"), QStringLiteral("openApi")}}));
        TestBrowser browser;
        QSignalSpy finished(&browser, &TestBrowser::finished);
        browser.open(authorize, QStringLiteral("alice"));
        if (!finished.wait(20000) || callback.query.isEmpty()) {
            qWarning() << "no callback reached the listener:" << browser.lastError();
            return QString();
        }
        const QUrlQuery query(callback.query);
        if (query.queryItemValue(QStringLiteral("state")) != state) {
            qWarning() << "the callback's state is not ours:" << callback.query;
            return QString();
        }
        const HttpResult token = f.http.postForm(f.server->tokenUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), query.queryItemValue(QStringLiteral("code"))},
                {QStringLiteral("redirect_uri"), redirectUri}},
            SandboxTestHttp::basic(clientId, f.secretOf(clientId)));
        if (token.status != 200)
            qWarning() << "the code exchange failed:" << token.status << token.body;
        return token.json().value(QStringLiteral("access_token")).toString();
    }

private slots:
    void initTestCase()
    {
        const QString file = qEnvironmentVariable("LOFTY_SOURCE_DIR")
            + QStringLiteral("/../shared/reference/lofty-openapi.json");
        QFile document(file);
        if (!document.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(
                QStringLiteral("Lofty's OpenAPI document is not at %1: nothing to check the sandbox against.")
                    .arg(file)));
        m_document = QJsonDocument::fromJson(document.readAll()).object();
        QVERIFY(m_document.value(QStringLiteral("paths")).isObject());
    }

    void init() { QVERIFY(f.start()); }
    void cleanup() { f.server.reset(); }

    void everyOperationAnswersInTheDocumentsShape()
    {
        SandboxConfig config = f.server->config();
        config.apiKeyRateLimitPerMinute = 1000;
        f.server->setConfig(config);
        // An API key may call every API, so the walk does not depend on which APIs the console's
        // catalog grants an app.
        const QStringList failures = walk("token " + f.customerKeyOf(QStringLiteral("alice")).toUtf8());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The same walk with an OAuth access token of an app that has every API granted (Production:
    // 500 requests a minute, more than the 123 operations).
    void everyOperationAnswersAnOAuthTokenInTheDocumentsShape()
    {
        const QString clientId = QStringLiteral("sandbox-prod");
        const SandboxApp* app = f.server->config().app(clientId);
        QVERIFY(app);
        QCOMPARE(app->mode, SandboxApp::Mode::Production);
        const QString token = authorizationCodeToken(clientId);
        QVERIFY(!token.isEmpty());
        // The token really is the grant's: an access token the API takes as Bearer.
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
        const QStringList failures = walk(SandboxTestHttp::bearer(token));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // Sends every operation with `auth` as the Authorization header; the failures, one a line.
    QStringList walk(const QByteArray& auth)
    {
        const OpenApiShape shapes(m_document);
        const QList<Operation> all = operations();
        QStringList failures;
        if (all.size() != 123)
            failures.append(QStringLiteral("the document has %1 operations, not 123").arg(all.size()));
        for (const Operation& operation : all) {
            const QString name = operation.method + QLatin1Char(' ') + operation.path;
            const QJsonObject values = hints(name);
            QJsonObject responseSchema;
            const QString type = responseType(operation.spec, &responseSchema);
            QList<QPair<QByteArray, QByteArray>> headers {
                {"Authorization", auth}, {"Content-Type", "application/json"}};
            if (type == QLatin1String("application/xml"))
                headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/xml")));
            QByteArray body;
            const QJsonObject requestSchema = operation.spec.value(QStringLiteral("requestBody"))
                                                  .toObject()
                                                  .value(QStringLiteral("content"))
                                                  .toObject()
                                                  .value(QStringLiteral("application/json"))
                                                  .toObject()
                                                  .value(QStringLiteral("schema"))
                                                  .toObject();
            if (!requestSchema.isEmpty())
                body = QJsonDocument(shapes.sample(requestSchema, values).toObject())
                           .toJson(QJsonDocument::Compact);
            const HttpResult answer
                = f.http.send(operation.method.toLatin1(), urlOf(operation, values), body, headers);
            if (answer.status != 200) {
                failures.append(QStringLiteral("%1: HTTP %2 %3")
                                    .arg(name)
                                    .arg(answer.status)
                                    .arg(QString::fromUtf8(answer.body)));
                continue;
            }
            if (type == QLatin1String("application/xml")) {
                if (!answer.header("Content-Type").startsWith("application/xml")
                    || !answer.body.startsWith("<?xml"))
                    failures.append(name + QStringLiteral(": not an XML document"));
                continue;
            }
            if (type.isEmpty())
                continue; // the document gives no answer body for this operation
            QJsonObject schema = responseSchema;
            // Override (observed): a lead comes back as {"lead": {...}}, though the document's
            // LeadResponse is the bare lead.
            if (name == QLatin1String("GET /v1.0/leads/{leadId}"))
                schema = QJsonObject {{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("properties"), QJsonObject {{QStringLiteral("lead"), responseSchema}}}};
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson("[" + answer.body + "]", &error);
            if (error.error != QJsonParseError::NoError) {
                failures.append(
                    name + QStringLiteral(": not JSON: ") + QString::fromUtf8(answer.body.left(200)));
                continue;
            }
            const QStringList problems = shapes.check(parsed.array().first(), schema);
            if (!problems.isEmpty())
                failures.append(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
        }
        return failures;
    }
};

QTEST_GUILESS_MAIN(tst_SandboxShapes)
#include "tst_sandboxshapes.moc"
