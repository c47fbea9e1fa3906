#include "collections/CollectionStore.h"
#include "collections/PostmanImport.h"
#include "collections/PostmanScript.h"

#include "TestData.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString ExportFile = QStringLiteral("collections/lofty.postman_collection.json");

Collection parsed(PostmanImport::Report* report)
{
    Collection collection;
    const bool ok = PostmanImport::parse(readTestData(ExportFile), &collection, report);
    if (!ok)
        qWarning() << report->error;
    return collection;
}

const CollectionRequest* requestAt(const Collection& collection, const QString& relativePath)
{
    for (const Collection::Item& item : collection.items) {
        if (item.relativePath == relativePath)
            return &item.request;
    }
    return nullptr;
}

QString writeExport(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return QString();
    return path;
}

} // namespace

class tst_PostmanImport : public QObject
{
    Q_OBJECT

private slots:
    void itemsAndFoldersKeepPostmanOrder()
    {
        PostmanImport::Report report;
        const Collection collection = parsed(&report);
        QCOMPARE(collection.name, QStringLiteral("Lofty Open API"));
        QStringList paths;
        for (const Collection::Item& item : collection.items)
            paths << item.relativePath;
        const QStringList expected {QStringLiteral("01-leads/01-create-lead.json"),
            QStringLiteral("01-leads/02-get-lead.json"), QStringLiteral("01-leads/03-list-leads.json"),
            QStringLiteral("02-notes/01-add-note.json"), QStringLiteral("02-notes/02-delete-lead.json"),
            QStringLiteral("03-client-credentials-token.json"), QStringLiteral("04-upload-attachment.json")};
        QCOMPARE(paths, expected);
        QCOMPARE(report.written, expected);
        QCOMPARE(collection.items.at(0).request.name, QStringLiteral("Create lead"));
        QCOMPARE(collection.items.at(4).request.method, QStringLiteral("DELETE"));
    }

    void urlsBecomePathsOnLoftysApi_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("url");
        QTest::newRow("{{baseUrl}} host") << "01-leads/01-create-lead.json"
                                          << "/v1.0/leads";
        QTest::newRow(":leadId without value") << "01-leads/02-get-lead.json"
                                               << "/v1.0/leads/{{leadId}}";
        QTest::newRow("url as a string") << "02-notes/01-add-note.json"
                                         << "/v1.0/notes";
        QTest::newRow(":leadId with value") << "02-notes/02-delete-lead.json"
                                            << "/v1.0/leads/{{leadId}}";
        QTest::newRow("another host") << "03-client-credentials-token.json"
                                      << "https://crm.lofty.com/api/oauth/token";
        QTest::newRow("{{leadId}} in the path") << "04-upload-attachment.json"
                                                << "/v1.0/leads/{{leadId}}/attachments";
    }

    void urlsBecomePathsOnLoftysApi()
    {
        QFETCH(QString, file);
        QFETCH(QString, url);
        PostmanImport::Report report;
        const Collection collection = parsed(&report);
        const CollectionRequest* request = requestAt(collection, file);
        QVERIFY(request);
        QCOMPARE(request->url, url);
    }

    void queryKeepsEnabledItems()
    {
        PostmanImport::Report report;
        const Collection collection = parsed(&report);
        const CollectionRequest* list = requestAt(collection, QStringLiteral("01-leads/03-list-leads.json"));
        QVERIFY(list);
        QCOMPARE(list->params, (NameValueList {{QStringLiteral("limit"), QStringLiteral("10")}}));
        QVERIFY(list->headers.isEmpty()); // the disabled Accept header is left out
        QVERIFY(report.notes.contains(QStringLiteral(
            "Request \"List leads\": the disabled query parameter \"scrollId\" was left out.")));
    }

    void rawAndUrlencodedBodies()
    {
        PostmanImport::Report report;
        const Collection collection = parsed(&report);
        const CollectionRequest* lead = requestAt(collection, QStringLiteral("01-leads/01-create-lead.json"));
        QVERIFY(lead);
        QCOMPARE(lead->body,
            QByteArray("{\n    \"firstName\": \"Postman\",\n    \"lastName\": \"Import\",\n    \"emails\": "
                       "[\"postman@example.com\"]\n}"));
        QCOMPARE(lead->headers,
            (NameValueList {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}));
        const CollectionRequest* note = requestAt(collection, QStringLiteral("02-notes/01-add-note.json"));
        QVERIFY(note);
        QCOMPARE(note->body, QByteArray("{\"leadId\": {{leadId}}, \"content\": \"From Postman\"}"));
        QCOMPARE(note->headers, // from the raw body's language; the Authorization header is dropped
            (NameValueList {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}));
        const CollectionRequest* token
            = requestAt(collection, QStringLiteral("03-client-credentials-token.json"));
        QVERIFY(token);
        QCOMPARE(token->body,
            QByteArray(
                "grant_type=client_credentials&client_id={{clientId}}&client_secret={{client_secret}}"));
        QCOMPARE(token->headers,
            (NameValueList {
                {QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")}}));
        const CollectionRequest* upload = requestAt(collection, QStringLiteral("04-upload-attachment.json"));
        QVERIFY(upload);
        QVERIFY(upload->body.isEmpty());
        QVERIFY(report.notes.contains(QStringLiteral("Request \"Upload attachment\": its formdata body was "
                                                     "not imported (only raw and urlencoded bodies are).")));
    }

    // The chain built in Postman (set leadId from the response) still chains after the import.
    void testScriptsBecomeCapturesAndAssertions()
    {
        PostmanImport::Report report;
        const Collection collection = parsed(&report);
        const CollectionRequest* lead = requestAt(collection, QStringLiteral("01-leads/01-create-lead.json"));
        QVERIFY(lead);
        RequestCapture leadId;
        leadId.variable = QStringLiteral("leadId");
        leadId.expression = QStringLiteral("$.leadId");
        QCOMPARE(lead->captures, QList<RequestCapture> {leadId});
        RequestAssertion ok;
        ok.expected = QStringLiteral("200");
        QCOMPARE(lead->assertions, QList<RequestAssertion> {ok});

        const CollectionRequest* note = requestAt(collection, QStringLiteral("02-notes/01-add-note.json"));
        QVERIFY(note);
        RequestCapture noteId;
        noteId.variable = QStringLiteral("noteId");
        noteId.expression = QStringLiteral("$.noteId");
        RequestCapture trace;
        trace.variable = QStringLiteral("traceId");
        trace.source = RequestCapture::Source::Header;
        trace.expression = QStringLiteral("X-Request-Id");
        QCOMPARE(note->captures, (QList<RequestCapture> {noteId, trace}));
        QCOMPARE(note->assertions, QList<RequestAssertion> {ok});
    }

    void scriptLines_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("capture"); // "variable=expression", or empty
        QTest::addColumn<QString>("status"); // the asserted status, or empty
        QTest::addColumn<int>("untranslated");
        QTest::newRow("json member path")
            << QStringList {QStringLiteral("pm.globals.set('firstId', pm.response.json().leads[0].leadId);")}
            << "firstId=$.leads[0].leadId"
            << "" << 0;
        QTest::newRow("alias with let") << QStringList {QStringLiteral("let body = pm.response.json();"),
            QStringLiteral("pm.variables.set(\"scrollId\", body._metadata.scrollId)")}
                                        << "scrollId=$._metadata.scrollId"
                                        << "" << 0;
        QTest::newRow("one-line test") << QStringList {QStringLiteral(
            "pm.test(\"created\", function () { pm.response.to.have.status(201); });")}
                                       << ""
                                       << "201" << 0;
        QTest::newRow("computed value")
            << QStringList {QStringLiteral("pm.environment.set(\"at\", Date.now());")} << ""
            << "" << 1;
        QTest::newRow("unknown object")
            << QStringList {QStringLiteral("pm.environment.set(\"id\", other.id);")} << ""
            << "" << 1;
        QTest::newRow("structure and comments") << QStringList {QStringLiteral("// check"),
            QStringLiteral("pm.test(\"x\", () => {"), QStringLiteral("});"), QString()}
                                                << ""
                                                << "" << 0;
    }

    void scriptLines()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, capture);
        QFETCH(QString, status);
        QFETCH(int, untranslated);
        CollectionRequest request;
        const PostmanScript::Translation translation = PostmanScript::translate(lines, &request);
        QCOMPARE(translation.untranslatedLines, untranslated);
        QCOMPARE(translation.captures, capture.isEmpty() ? 0 : 1);
        QCOMPARE(translation.assertions, status.isEmpty() ? 0 : 1);
        if (!capture.isEmpty())
            QCOMPARE(request.captures.constFirst().variable + QLatin1Char('=')
                    + request.captures.constFirst().expression,
                capture);
        if (!status.isEmpty())
            QCOMPARE(request.assertions.constFirst().expected, status);
    }

    void variablesAndSecretVariables()
    {
        PostmanImport::Report report;
        const Collection collection = parsed(&report);
        QCOMPARE(collection.variables,
            (NameValueList {{QStringLiteral("baseUrl"), QStringLiteral("https://api.lofty.com")},
                {QStringLiteral("leadId"), QString()},
                {QStringLiteral("clientId"), QStringLiteral("my-client-id")}}));
        QCOMPARE(collection.secretVariables,
            (QStringList {QStringLiteral("accessToken"), QStringLiteral("client_secret")}));
    }

    void authBlocksBecomeNotes()
    {
        PostmanImport::Report report;
        parsed(&report);
        const QString credentials
            = QStringLiteral("authorization was not imported; requests are sent with the "
                             "selected account's credentials.");
        QVERIFY(report.notes.contains(QStringLiteral("The collection: its bearer ") + credentials));
        QVERIFY(report.notes.contains(QStringLiteral("Folder \"Notes\": its bearer ") + credentials));
        QVERIFY(report.notes.contains(
            QStringLiteral("Request \"Client credentials token\": its basic ") + credentials));
        QVERIFY(
            report.notes.contains(QStringLiteral("Request \"Add note\": its Authorization header was not "
                                                 "imported; requests are sent with the selected account's "
                                                 "credentials.")));
        QVERIFY(report.notes.contains(QStringLiteral("Request \"Create lead\": its test script became 1 "
                                                     "capture(s) and 1 assertion(s); 1 line(s) were not "
                                                     "translated.")));
        QVERIFY(report.notes.contains(
            QStringLiteral("Request \"Add note\": its test script became 2 capture(s) and 1 assertion(s).")));
        QVERIFY(report.notes.contains(
            QStringLiteral("Request \"List leads\": its pre-request script was not imported.")));
        QCOMPARE(report.notes.size(), 11);
    }

    void importFileWritesAPrivateSecretFreeCollection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("team/lofty"));
        PostmanImport::Report report;
        QVERIFY2(PostmanImport::importFile(
                     QString::fromLocal8Bit(qgetenv("LOFTY_TEST_DATA")) + QLatin1Char('/') + ExportFile,
                     target, &report),
            qPrintable(report.error));

        Collection loaded;
        QString relative;
        QString error;
        QVERIFY2(CollectionStore::load(target, &loaded, &relative, &error), qPrintable(error));
        PostmanImport::Report again;
        const Collection expected = parsed(&again);
        QCOMPARE(loaded.name, expected.name);
        QCOMPARE(loaded.variables, expected.variables);
        QCOMPARE(loaded.secretVariables, expected.secretVariables);
        QCOMPARE(loaded.items.size(), expected.items.size());
        for (int i = 0; i < expected.items.size(); ++i) {
            QCOMPARE(loaded.items.at(i).relativePath, expected.items.at(i).relativePath);
            // The file keeps a JSON body as JSON (its own indentation): compare with what a save reads back.
            CollectionRequest saved;
            QString readError;
            QVERIFY(CollectionRequest::fromFileText(
                expected.items.at(i).request.toFileText(), &saved, &readError));
            QVERIFY2(loaded.items.at(i).request == saved, qPrintable(expected.items.at(i).relativePath));
        }

        int files = 0;
        QDirIterator it(target, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther
                | QFileDevice::WriteGroup | QFileDevice::WriteOther | QFileDevice::ExeGroup
                | QFileDevice::ExeOther;
            QCOMPARE(QFile::permissions(info.filePath()) & others, QFileDevice::Permissions());
            if (info.isDir())
                continue;
            ++files;
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            for (const char* secret : {"eyJhbGciOiJIUzI1NiJ9", "s3cr3t", "Bearer", "Authorization"})
                QVERIFY2(!text.contains(secret),
                    qPrintable(info.filePath() + QLatin1String(": ") + QLatin1String(secret)));
        }
        QCOMPARE(files, 8); // collection.json and seven requests
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList {QStringLiteral("team")}); // no staging folder left
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"info\": ") << "This is not JSON: ";
        QTest::newRow("v1")
            << QByteArray("{\"id\": \"x\", \"name\": \"Old\", \"requests\": []}")
            << "This is a Postman collection in the old v1 format: export it again from Postman as "
               "\"Collection v2.1\".";
        QTest::newRow("an environment")
            << QByteArray("{\"name\": \"Env\", \"values\": []}")
            << "This is not a Postman collection: info.schema does not name the v2.1 collection schema.";
        QTest::newRow("empty") << QByteArray(
            "{\"info\": {\"name\": \"Empty\", \"schema\": "
            "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}, \"item\": []}")
                               << "The Postman collection \"Empty\" holds no request.";
    }

    void badInputIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out"));
        PostmanImport::Report report;
        QVERIFY(!PostmanImport::importFile(writeExport(dir, text), target, &report));
        if (QTest::currentDataTag() == QByteArray("not JSON")) // then Qt's words for the parse error
            QVERIFY2(report.error.startsWith(error) && report.error.endsWith(QLatin1String(" at byte 9.")),
                qPrintable(report.error));
        else
            QCOMPARE(report.error, error);
        QVERIFY(!report.writeFailed);
        QVERIFY(!QFileInfo::exists(target));
    }

    void aFolderInUseIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(target));
        QFile mine(target + QStringLiteral("/notes.txt"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine");
        mine.close();
        PostmanImport::Report report;
        QVERIFY(!PostmanImport::importFile(writeExport(dir, readTestData(ExportFile)), target, &report));
        QCOMPARE(report.error,
            target
                + QStringLiteral(
                    " already exists and is not empty: choose a new folder for the collection."));
        QCOMPARE(QDir(target).entryList(QDir::Files), QStringList {QStringLiteral("notes.txt")});
    }
};

QTEST_GUILESS_MAIN(tst_PostmanImport)
#include "tst_postmanimport.moc"
