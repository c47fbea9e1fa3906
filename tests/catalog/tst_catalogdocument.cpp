// The shipped catalog against Lofty's published OpenAPI document: every operation is there, with
// the document's required path/query parameters and required body fields. The document is read
// here with QJsonDocument, independently of the importer that made the catalog.
#include "catalog/EndpointCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestCatalogDocument : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_document;

    QJsonObject resolved(const QJsonValue& value) const
    {
        QJsonObject object = value.toObject();
        for (int hops = 0; object.contains(QLatin1String("$ref")) && hops < 16; ++hops) {
            QJsonValue target = m_document;
            const QString reference = object.value(QLatin1String("$ref")).toString();
            for (const QString& key : reference.mid(2).split(QLatin1Char('/')))
                target = target.toObject().value(key);
            object = target.toObject();
        }
        return object;
    }

    QSet<QString> requiredParameters(
        const QJsonObject& pathItem, const QJsonObject& operation, const QString& in) const
    {
        QSet<QString> names;
        for (const QJsonObject& owner : {pathItem, operation}) {
            for (const QJsonValue& value : owner.value(QLatin1String("parameters")).toArray()) {
                const QJsonObject parameter = resolved(value);
                if (parameter.value(QLatin1String("in")).toString() == in
                    && parameter.value(QLatin1String("required")).toBool())
                    names.insert(parameter.value(QLatin1String("name")).toString());
            }
        }
        return names;
    }

    void collectRequired(const QJsonObject& schema, QSet<QString>* names) const
    {
        for (const QJsonValue& part : schema.value(QLatin1String("allOf")).toArray())
            collectRequired(resolved(part), names);
        for (const QJsonValue& name : schema.value(QLatin1String("required")).toArray())
            names->insert(name.toString());
    }

    QSet<QString> requiredBodyFields(const QJsonObject& operation) const
    {
        const QJsonObject content = resolved(operation.value(QLatin1String("requestBody")))
                                        .value(QLatin1String("content"))
                                        .toObject();
        QJsonObject schema = resolved(
            content.value(QLatin1String("application/json")).toObject().value(QLatin1String("schema")));
        if (schema.value(QLatin1String("type")).toString() == QLatin1String("array"))
            schema = resolved(schema.value(QLatin1String("items"))); // a list body: one item's fields
        QSet<QString> names;
        collectRequired(schema, &names);
        return names;
    }

    static QSet<QString> required(const QList<CatalogParameter>& parameters)
    {
        QSet<QString> names;
        for (const CatalogParameter& parameter : parameters) {
            if (parameter.required)
                names.insert(parameter.name);
        }
        return names;
    }

    static const CatalogEndpoint* endpointFor(const QString& method, const QString& path)
    {
        for (const CatalogEndpoint& endpoint : EndpointCatalog::builtIn().endpoints()) {
            if (endpoint.method == method && endpoint.pathTemplate == path)
                return &endpoint;
        }
        return nullptr;
    }

    static QByteArray names(const QSet<QString>& set)
    {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list.join(QLatin1String(", ")).toUtf8();
    }

private slots:
    void initTestCase()
    {
        QString path = qEnvironmentVariable("LOFTY_OPENAPI_DOCUMENT");
        if (path.isEmpty())
            path = qEnvironmentVariable("LOFTY_SOURCE_DIR")
                + QStringLiteral("/../shared/reference/lofty-openapi.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(
                QStringLiteral("Lofty's OpenAPI document is not at %1 (set LOFTY_OPENAPI_DOCUMENT to "
                               "its path); the catalog is not checked against it")
                    .arg(path)));
        m_document = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(m_document.value(QLatin1String("paths")).isObject());
    }

    void everyOperationIsInTheCatalogWithItsRequiredNames()
    {
        const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
        int operations = 0;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (const char* method : {"get", "post", "put", "patch", "delete"}) {
                if (!item.contains(QLatin1String(method)))
                    continue;
                ++operations;
                const QJsonObject operation = item.value(QLatin1String(method)).toObject();
                const QString upper = QString::fromLatin1(method).toUpper();
                const QByteArray what = (upper + QLatin1Char(' ') + path.key()).toUtf8();
                const CatalogEndpoint* endpoint = endpointFor(upper, path.key());
                QVERIFY2(endpoint, "missing from the catalog: " + what);
                QCOMPARE(names(required(endpoint->pathParameters)),
                    names(requiredParameters(item, operation, QStringLiteral("path"))));
                QCOMPARE(names(required(endpoint->queryParameters)),
                    names(requiredParameters(item, operation, QStringLiteral("query"))));
                QCOMPARE(names(required(endpoint->bodyFields)), names(requiredBodyFields(operation)));
                const QJsonArray tags = operation.value(QLatin1String("tags")).toArray();
                if (!tags.isEmpty())
                    QCOMPARE(endpoint->group, tags.first().toString());
            }
        }
        QCOMPARE(operations, 123);
        QCOMPARE(EndpointCatalog::builtIn().endpoints().size(), operations);
    }

    void issueSampleBodiesUseLoftysFieldNames()
    {
        const CatalogEndpoint* add = EndpointCatalog::builtIn().find(QStringLiteral("workingLeads.add"));
        QVERIFY(add);
        const QJsonObject body = QJsonDocument::fromJson(add->sampleBody).object();
        QVERIFY(body.value(QLatin1String("leadIds")).isArray());
        QVERIFY(!body.contains(QLatin1String("leadId")));
    }

    void xmlFeedAndDocumentedErrorsAreKept()
    {
        const CatalogEndpoint* feed = EndpointCatalog::builtIn().find(QStringLiteral("listings.published"));
        QVERIFY(feed);
        QCOMPARE(feed->responseMediaType, QStringLiteral("application/xml"));
        const CatalogEndpoint* remove = EndpointCatalog::builtIn().find(QStringLiteral("leads.delete"));
        QVERIFY(remove);
        QVERIFY(remove->errors.contains(
            CatalogErrorCode {404, QStringLiteral("20006"), QStringLiteral("LEAD_NOT_EXIST")}));
        QVERIFY(remove->errors.contains(
            CatalogErrorCode {400, QStringLiteral("20012"), QStringLiteral("INVALID_PARAMETER")}));
    }
};

QTEST_MAIN(TestCatalogDocument)
#include "tst_catalogdocument.moc"
