// OpenApiImporter, CatalogDiff, ProfileCatalogStore and CatalogLoader: documents of any API, the
// console's grants, hostile and malformed documents (a clear error, no catalog), the diff of an
// update and the private per-profile file.
#include "catalog/CatalogDiff.h"
#include "catalog/CatalogLoader.h"
#include "catalog/OpenApiImporter.h"
#include "catalog/ProfileCatalogStore.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray testFile(const QString& relative)
{
    QFile file(qEnvironmentVariable("LOFTY_SOURCE_DIR") + QStringLiteral("/tests/data/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray pets()
{
    return testFile(QStringLiteral("catalog/two-operations.openapi.json"));
}

} // namespace

class TestOpenApiImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsAnyApiGroupedByTags()
    {
        OpenApiImporter importer;
        QString error;
        const EndpointCatalog catalog = importer.import(pets(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(catalog.endpoints().size(), 2);
        const CatalogEndpoint* list = catalog.find(QStringLiteral("pets.listPets"));
        QVERIFY(list);
        QCOMPARE(list->method, QStringLiteral("GET"));
        QCOMPARE(list->group, QStringLiteral("Pets"));
        QCOMPARE(list->api, QStringLiteral("Pets"));
        QCOMPARE(catalog.apiDescription(QStringLiteral("Pets")), QStringLiteral("Pets of the store"));
        QCOMPARE(list->queryParameters.size(), 1);
        const CatalogParameter limit = list->queryParameters.first();
        QCOMPARE(limit.type, QStringLiteral("int")); // OpenAPI 3.1 ["integer", "null"], int32
        QVERIFY(limit.required);
        QCOMPARE(limit.minimum, std::optional<qint64>(1));
        QCOMPARE(limit.maximum, std::optional<qint64>(50));
        const JsonNode answer = JsonReader::parse(list->responseSample, nullptr);
        QVERIFY(answer.isArray());
        QCOMPARE(
            answer.at(0).value(u"id").numberText(), QByteArray("9007199254740993")); // 3.1 examples, exact
        QCOMPARE(answer.at(0).value(u"name").toString(), QStringLiteral("string"));
    }

    void pathItemParametersAndErrorsAreRead()
    {
        OpenApiImporter importer;
        QString error;
        const EndpointCatalog catalog = importer.import(pets(), &error);
        const CatalogEndpoint* remove = catalog.find(QStringLiteral("pets.deletePet"));
        QVERIFY(remove);
        QCOMPARE(remove->pathParameters.size(), 1);
        QCOMPARE(remove->pathParameters.first().name, QStringLiteral("petId"));
        QCOMPARE(remove->pathParameters.first().type, QStringLiteral("int64"));
        QCOMPARE(remove->errors.size(), 1);
        QCOMPARE(remove->errors.first(),
            (CatalogErrorCode {404, QStringLiteral("40401"), QStringLiteral("PET_NOT_FOUND")}));
    }

    void grantsGiveIdsApisAndProbeSafety()
    {
        const QByteArray grants
            = R"({"comment": "mine", "apis": [{"name": "Animals", "group": "Zoo", "description": "d"}],
            "operations": {"GET /v1/pets": {"id": "pets.list", "api": "Animals", "safeToProbe": true}}})";
        OpenApiImporter importer(grants);
        QString error;
        const EndpointCatalog catalog = importer.import(pets(), &error);
        QCOMPARE(error, QString());
        const CatalogEndpoint* list = catalog.find(QStringLiteral("pets.list"));
        QVERIFY(list);
        QCOMPARE(list->api, QStringLiteral("Animals"));
        QVERIFY(list->safeToProbe);
        QCOMPARE(catalog.find(QStringLiteral("pets.deletePet"))->api, QStringLiteral("Pets"));
        QCOMPARE(catalog.apis(), QStringList({QStringLiteral("Animals"), QStringLiteral("Pets")}));
    }

    void badDocumentsGetAClearError_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << ""
                                  << "not valid JSON";
        QTest::newRow("array") << "not-an-object.json"
                               << "not OpenAPI 3.0 or 3.1";
        QTest::newRow("swagger 2") << "swagger2.json"
                                   << "Swagger 2.0";
        QTest::newRow("ref cycle") << "ref-cycle.json"
                                   << "refers to itself";
        QTest::newRow("external ref") << "external-ref.json"
                                      << "outside the document";
        QTest::newRow("exponential refs") << "ref-dag.json"
                                          << "more than 20000 sample values";
    }

    void badDocumentsGetAClearError()
    {
        QFETCH(QString, seed);
        QFETCH(QString, message);
        const QByteArray document = seed.isEmpty() ? QByteArray("{\"openapi\": ")
                                                   : testFile(QStringLiteral("fuzz/openapi/") + seed);
        OpenApiImporter importer;
        QString error;
        const EndpointCatalog catalog = importer.import(document, &error);
        QVERIFY(catalog.isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void recursiveSchemasAreSampledOnce()
    {
        OpenApiImporter importer;
        QString error;
        const EndpointCatalog catalog
            = importer.import(testFile(QStringLiteral("fuzz/openapi/recursive-tree.json")), &error);
        QCOMPARE(error, QString());
        QCOMPARE(JsonWriter::write(JsonReader::parse(catalog.endpoints().first().responseSample, nullptr),
                     JsonWriter::Compact),
            QByteArray(R"({"left":null,"right":null})"));
    }

    void oversizedDocumentIsRefusedUnread()
    {
        OpenApiImporter importer;
        QString error;
        const QByteArray huge(OpenApiImporter::MaxDocumentBytes + 1, ' ');
        QVERIFY(importer.toCatalogJson(huge, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("at most 32 MB")), qPrintable(error));
    }

    void diffNamesAddedRemovedAndChanged()
    {
        OpenApiImporter importer;
        QString error;
        const EndpointCatalog before = importer.import(pets(), &error);
        QByteArray changedDocument = pets();
        changedDocument.replace("\"maximum\": 50", "\"maximum\": 60");
        changedDocument.replace("/v1/pets/{petId}", "/v1/pets/{petId}/photo");
        const EndpointCatalog after = importer.import(changedDocument, &error);
        QCOMPARE(error, QString());
        const CatalogDiff diff = CatalogDiff::between(before, after);
        QCOMPARE(diff.lines(),
            QStringList({QStringLiteral("+ DELETE /v1/pets/{petId}/photo"),
                QStringLiteral("- DELETE /v1/pets/{petId}"), QStringLiteral("~ GET /v1/pets")}));
        QCOMPARE(diff.summary(), QStringLiteral("1 added, 1 removed, 1 changed"));
        QVERIFY(CatalogDiff::between(after, after).isEmpty());
    }

    void storeWritesAPrivateFileAndLoaderPrefersIt()
    {
        const QString profileId = QStringLiteral("loader-test");
        ProfileCatalogStore store;
        QVERIFY(store.remove(profileId));
        QCOMPARE(&CatalogLoader::forProfile(profileId), &EndpointCatalog::builtIn());
        OpenApiImporter importer;
        QString error;
        const QByteArray json = importer.toCatalogJson(pets(), &error);
        QVERIFY(store.save(profileId, json, &error));
        const QFileInfo file(store.pathFor(profileId));
        QCOMPARE(
            file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup),
            QFileDevice::Permissions());
        QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
        QCOMPARE(
            QFileInfo(file.absolutePath()).permissions() & (QFileDevice::ExeGroup | QFileDevice::ExeOther),
            QFileDevice::Permissions());
        const EndpointCatalog& loaded = CatalogLoader::forProfile(profileId);
        QCOMPARE(loaded.endpoints().size(), 2);
        QCOMPARE(&CatalogLoader::forProfile(profileId), &loaded); // unchanged file: same catalog
        QVERIFY(store.remove(profileId));
        QCOMPARE(&CatalogLoader::forProfile(profileId), &EndpointCatalog::builtIn());
        QCOMPARE(loaded.endpoints().size(), 2); // still valid for whoever holds it
    }

    void profileIdsThatAreNoFileNamesAreHashed()
    {
        ProfileCatalogStore store(QStringLiteral("/base"));
        QCOMPARE(store.pathFor(QStringLiteral("lofty")), QStringLiteral("/base/lofty.json"));
        const QString odd = store.pathFor(QStringLiteral("../../etc/passwd"));
        QVERIFY(odd.startsWith(QLatin1String("/base/id-")));
        QVERIFY(!odd.mid(6).contains(QLatin1Char('/')));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiImporter)
#include "tst_openapiimporter.moc"
