#include "catalog/EndpointCatalog.h"
#include "json/JsonReader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestEndpointCatalog : public QObject
{
    Q_OBJECT

private:
    const EndpointCatalog& catalog() { return EndpointCatalog::builtIn(); }

    static QByteArray catalogWith(const QByteArray& endpoints)
    {
        return R"({"apis": [{"name": "Leads", "group": "Leads", "description": "d"}], "endpoints": [)"
            + endpoints + "]}";
    }

private slots:
    void builtInLoadsWithoutProblems()
    {
        QFile file(QStringLiteral(":/lofty/catalog/endpoints.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const EndpointCatalog loaded = EndpointCatalog::fromJson(file.readAll(), &error);
        QCOMPARE(error, QString());
        QVERIFY(!loaded.isEmpty());
        QVERIFY(!catalog().isEmpty());
        QCOMPARE(catalog().endpoints().size(), loaded.endpoints().size());
    }

    void idsAreUnique()
    {
        QSet<QString> ids;
        for (const CatalogEndpoint& endpoint : catalog().endpoints()) {
            QVERIFY2(!ids.contains(endpoint.id), qPrintable(endpoint.id));
            ids.insert(endpoint.id);
            QCOMPARE(catalog().find(endpoint.id), &endpoint);
        }
    }

    void methodsAreValid()
    {
        const QStringList methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
        for (const CatalogEndpoint& endpoint : catalog().endpoints())
            QVERIFY2(methods.contains(endpoint.method), qPrintable(endpoint.id));
    }

    void placeholdersMatchPathParameters()
    {
        const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
        for (const CatalogEndpoint& endpoint : catalog().endpoints()) {
            QStringList inPath;
            for (auto it = placeholder.globalMatch(endpoint.pathTemplate); it.hasNext();)
                inPath << it.next().captured(1);
            QStringList declared;
            for (const CatalogParameter& parameter : endpoint.pathParameters) {
                declared << parameter.name;
                QVERIFY2(parameter.required, qPrintable(endpoint.id + " " + parameter.name));
            }
            QCOMPARE(declared, inPath);
        }
    }

    void noTwoEndpointsShareMethodAndPath()
    {
        QSet<QString> shapes;
        for (const CatalogEndpoint& endpoint : catalog().endpoints()) {
            QString shape = endpoint.method + QLatin1Char(' ') + endpoint.pathTemplate;
            shape.replace(QRegularExpression(QStringLiteral("\\{\\w+\\}")), QStringLiteral("{}"));
            QVERIFY2(!shapes.contains(shape), qPrintable(shape));
            shapes.insert(shape);
        }
    }

    void sampleBodiesParseAndWritesHaveOne()
    {
        for (const CatalogEndpoint& endpoint : catalog().endpoints()) {
            // Lofty's finish/unfinish, mute and (de)activate operations take no body.
            QCOMPARE(!endpoint.sampleBody.isEmpty(), !endpoint.bodyFields.isEmpty());
            if (endpoint.sampleBody.isEmpty())
                continue;
            QVERIFY2(endpoint.method != "GET" && endpoint.method != "DELETE", qPrintable(endpoint.id));
            QString error;
            const JsonNode body = JsonReader::parse(endpoint.sampleBody, &error);
            QVERIFY2(body.isObject() || body.isArray(), qPrintable(endpoint.id + ": " + error));
        }
        QVERIFY(catalog().find("tasks.finish")->sampleBody.isEmpty());
        QVERIFY(!catalog().find("tasks.create")->sampleBody.isEmpty());
    }

    void sampleBodiesKeepOrderAndBigIds()
    {
        const CatalogEndpoint* create = catalog().find("tasks.create");
        QVERIFY(create);
        const JsonNode body = JsonReader::parse(create->sampleBody, nullptr);
        QCOMPARE(body.keys().first(), QStringLiteral("content")); // the document's order
        QCOMPARE(body.value(u"leadId").numberText(), QByteArray("563172647619608"));
        const CatalogEndpoint* add = catalog().find("workingLeads.add");
        QVERIFY(add);
        const JsonNode ids = JsonReader::parse(add->sampleBody, nullptr).value(u"leadIds");
        QVERIFY(ids.isArray());
        QCOMPARE(ids.at(0).numberText(), QByteArray("563172647619608"));
    }

    void apisAreExactlyTheContractNames()
    {
        const QStringList expected = {"Leads", "Lead Activities", "Tasks", "Calendar", "Notes", "Calls",
            "Text Messages", "Emails", "Messaging", "Manual Logs", "Transactions", "Team Members",
            "Current User", "Organization", "Agents", "Lead Ponds", "Working Leads", "Sales Agents",
            "Listings", "Opportunities", "Webhooks"};
        QCOMPARE(catalog().apis(), expected);
        for (const QString& api : expected) {
            QVERIFY2(!catalog().endpointsOfApi(api).isEmpty(), qPrintable(api));
            QVERIFY(!catalog().groupOfApi(api).isEmpty());
        }
    }

    void everyEndpointNamesAListedApiAndItsGroup()
    {
        for (const CatalogEndpoint& endpoint : catalog().endpoints()) {
            QVERIFY2(catalog().apis().contains(endpoint.api), qPrintable(endpoint.id));
            QVERIFY2(!endpoint.group.isEmpty(), qPrintable(endpoint.id));
            QVERIFY(!endpoint.summary.isEmpty());
        }
        // Groups are Lofty's tags; an API's own group orders the grant list.
        QCOMPARE(catalog().find("workingLeads.add")->group, QStringLiteral("Sales Agents V2"));
        QCOMPARE(catalog().find("leads.get")->group, QStringLiteral("Leads"));
        QCOMPARE(catalog().groupOfApi(QStringLiteral("Current User")), QStringLiteral("Team & Org"));
        QVERIFY(catalog().groups().contains(QStringLiteral("Lead Manual Log")));
    }

    void contractEndpointsExist()
    {
        const CatalogEndpoint* me = catalog().find("me.get");
        QVERIFY(me);
        QCOMPARE(me->method, QStringLiteral("GET"));
        QCOMPARE(me->pathTemplate, QStringLiteral("/v1.0/me"));
        QCOMPARE(me->api, QStringLiteral("Current User"));
        const CatalogEndpoint* leads = catalog().find("leads.list");
        QVERIFY(leads);
        QCOMPARE(leads->pathTemplate, QStringLiteral("/v1.0/leads"));
        QCOMPARE(leads->api, QStringLiteral("Leads"));
        QVERIFY(catalog().find("leads.get"));
        QVERIFY(!catalog().find("no.such"));
    }

    void parametersCarryLimitsDefaultsAndAllowedValues()
    {
        const CatalogEndpoint* logs = catalog().find("manualLogs.list");
        QVERIFY(logs);
        const auto limit = std::find_if(logs->queryParameters.begin(), logs->queryParameters.end(),
            [](const CatalogParameter& p) { return p.name == "limit"; });
        QVERIFY(limit != logs->queryParameters.end());
        QCOMPARE(limit->minimum, std::optional<qint64>(1));
        QCOMPARE(limit->maximum, std::optional<qint64>(1000));
        QCOMPARE(limit->defaultValue, QStringLiteral("10"));
        const auto order = std::find_if(logs->queryParameters.begin(), logs->queryParameters.end(),
            [](const CatalogParameter& p) { return p.name == "order"; });
        QCOMPARE(order->type, QStringLiteral("enum"));
        QCOMPARE(order->allowedValues, QStringList({"asc", "desc"}));
    }

    void pathFillsPlaceholdersPercentEncoded()
    {
        const CatalogEndpoint* transaction = catalog().find("transactions.get");
        QVERIFY(transaction);
        QCOMPARE(transaction->path({{"leadId", "9007199254740993"}, {"transactionId", "a b/c?d"}}),
            QStringLiteral("/v1.0/leads/9007199254740993/transaction/a%20b%2Fc%3Fd"));
        QCOMPARE(catalog().find("calendar.update")->path({{"calendarId", "12345-task"}}),
            QStringLiteral("/v2.0/calendar/12345-task"));
    }

    void pathKeepsMissingPlaceholders()
    {
        QCOMPARE(catalog().find("leads.get")->path({}), QStringLiteral("/v1.0/leads/{leadId}"));
    }

    void matchCapturesDecodedValues()
    {
        QMap<QString, QString> captured;
        const CatalogEndpoint* endpoint
            = catalog().match("get", "/v1.0/leads/9007199254740993/transaction/a%20b?x=1", &captured);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->id, QStringLiteral("transactions.get"));
        QCOMPARE(captured.value("leadId"), QStringLiteral("9007199254740993"));
        QCOMPARE(captured.value("transactionId"), QStringLiteral("a b"));
    }

    void matchRespectsMethodAndSegments()
    {
        QCOMPARE(catalog().match("DELETE", "/v1.0/leads/42")->id, QStringLiteral("leads.delete"));
        QCOMPARE(catalog().match("GET", "/v1.0/leads/")->id, QStringLiteral("leads.list"));
        QVERIFY(!catalog().match("PATCH", "/v1.0/leads/42"));
        QVERIFY(!catalog().match("GET", "/v1.0/leads/42/nothing"));
        QVERIFY(!catalog().match("GET", "/v1.0/leads//activities"));
    }

    void matchPrefersLiteralSegments()
    {
        QCOMPARE(catalog().match("GET", "/v2.0/tasks/my-tasks")->id, QStringLiteral("tasks.myTasks"));
        QCOMPARE(catalog().match("GET", "/v2.0/tasks/77")->id, QStringLiteral("tasks.get"));
        QCOMPARE(
            catalog().match("POST", "/v1.0/leads/assignee")->id, QStringLiteral("leads.resolveAssignees"));
    }

    void probeEndpointPerApi()
    {
        const QStringList withoutGet = {"Messaging", "Agents", "Listings", "Opportunities"};
        for (const QString& api : catalog().apis()) {
            const CatalogEndpoint* probe = catalog().probeEndpointOfApi(api);
            if (withoutGet.contains(api)) {
                QVERIFY2(!probe, qPrintable(api));
                continue;
            }
            QVERIFY2(probe, qPrintable(api));
            QCOMPARE(probe->method, QStringLiteral("GET"));
            QVERIFY(probe->safeToProbe);
            QCOMPARE(probe->api, api);
        }
        QCOMPARE(catalog().probeEndpointOfApi("Current User")->id, QStringLiteral("me.get"));
        QCOMPARE(catalog().probeEndpointOfApi("Leads")->id, QStringLiteral("leads.list"));
        QCOMPARE(catalog().probeEndpointOfApi("Tasks")->id, QStringLiteral("tasks.myTasks"));
    }

    void safeToProbeOnlyOnGet()
    {
        for (const CatalogEndpoint& endpoint : catalog().endpoints()) {
            if (endpoint.safeToProbe)
                QCOMPARE(endpoint.method, QStringLiteral("GET"));
        }
    }

    void fromJsonReportsEveryProblemWithIdAndField()
    {
        QString error;
        const EndpointCatalog broken = EndpointCatalog::fromJson(
            catalogWith(
                R"({"id": "a.b", "method": "FETCH", "path": "/v1.0/x/{xId}", "group": "Leads", "api": "Leads", "summary": "s"},
                            {"id": "c.d", "method": "POST", "path": "/v1.0/y", "group": "Leads", "api": "Nope", "summary": "s", "safeToProbe": true},
                            {"id": "a.b", "method": "GET", "path": "/v1.0/z", "group": "Leads", "api": "Leads", "summary": "s",
                             "queryParameters": [{"name": "q", "type": "float"}, {"name": "e", "type": "enum"}]})"),
            &error);
        QVERIFY(broken.isEmpty());
        QVERIFY2(error.contains("endpoint 'a.b', field 'method'"), qPrintable(error));
        QVERIFY2(error.contains("endpoint 'a.b', field 'pathParameters'"), qPrintable(error));
        QVERIFY2(error.contains("endpoint 'c.d', field 'api'"), qPrintable(error));
        QVERIFY2(error.contains("endpoint 'c.d', field 'safeToProbe'"), qPrintable(error));
        QVERIFY2(error.contains("endpoint 'a.b', field 'id'"), qPrintable(error));
        QVERIFY2(error.contains("'q', field 'type'"), qPrintable(error));
        QVERIFY2(error.contains("'e', field 'allowedValues'"), qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 6);
    }

    void fromJsonReportsMissingFields()
    {
        QString error;
        EndpointCatalog::fromJson(catalogWith(R"({"id": "x.y", "method": "GET"})"), &error);
        for (const char* field : {"path", "group", "api", "summary"})
            QVERIFY2(error.contains(QStringLiteral("endpoint 'x.y', field '%1': missing").arg(field)),
                qPrintable(error));
    }

    void fromJsonReportsSyntaxErrorsWithPosition()
    {
        QString error;
        const EndpointCatalog broken = EndpointCatalog::fromJson("{\n  \"apis\": [,]\n}", &error);
        QVERIFY(broken.isEmpty());
        QVERIFY2(error.contains("line 2, column 12"), qPrintable(error));
    }

    void fromJsonAcceptsAMinimalCatalog()
    {
        QString error;
        const EndpointCatalog small = EndpointCatalog::fromJson(
            catalogWith(
                R"({"id": "leads.get", "method": "GET", "path": "/v1.0/leads/{leadId}", "group": "Leads",
                            "api": "Leads", "summary": "s", "safeToProbe": true,
                            "pathParameters": [{"name": "leadId", "type": "int64", "required": true, "minimum": 1}]})"),
            &error);
        QCOMPARE(error, QString());
        QCOMPARE(small.endpoints().size(), 1);
        QCOMPARE(small.apis(), QStringList {"Leads"});
        QCOMPARE(small.probeEndpointOfApi("Leads")->id, QStringLiteral("leads.get"));
        QCOMPARE(small.endpoints().first().pathParameters.first().minimum, std::optional<qint64>(1));
    }
};

QTEST_GUILESS_MAIN(TestEndpointCatalog)
#include "tst_endpointcatalog.moc"
