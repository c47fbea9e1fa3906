#include "CliTestEnvironment.h"
#include "session/RequestService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#define SKIP_WITHOUT_KEYCHAIN()                                                                              \
    if (!PrivateHome::haveSessionBus())                                                                      \
    QSKIP("needs a session bus with an unlocked Secret Service (ctest starts one)")

#define COMPARE_EXIT(run, expected) QVERIFY2((run).exitCode == (expected), qPrintable((run).describe()))

namespace {

// Files as a user writes them (single quotes stand for double quotes, for readability).
void writeFile(const QString& path, const char* text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(text).replace('\'', '"'));
}

struct JUnitSummary
{
    int tests = -1;
    int failures = -1;
    QStringList names;
    QStringList failureMessages;
};

JUnitSummary readJUnit(const QString& path)
{
    JUnitSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("testsuite")) {
            summary.tests = xml.attributes().value(QLatin1String("tests")).toInt();
            summary.failures = xml.attributes().value(QLatin1String("failures")).toInt();
        } else if (xml.name() == QLatin1String("testcase")) {
            summary.names << xml.attributes().value(QLatin1String("name")).toString();
        } else if (xml.name() == QLatin1String("failure")) {
            summary.failureMessages << xml.attributes().value(QLatin1String("message")).toString();
        }
    }
    return xml.hasError() ? JUnitSummary() : summary;
}

// The request headers of the history's DELETE entries, oldest first (a line is
// {"s": summary, "d": {"request": {"headers": ...}, ...}}).
QList<QJsonArray> deleteHeaders(const QString& historyFile)
{
    QList<QJsonArray> found;
    QFile file(historyFile);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry[QLatin1String("s")][QLatin1String("method")].toString() == QLatin1String("DELETE"))
            found.append(
                entry[QLatin1String("d")][QLatin1String("request")][QLatin1String("headers")].toArray());
    }
    return found;
}

} // namespace

class tst_CliRun : public QObject
{
    Q_OBJECT

private:
    CliTestEnvironment m_env;
    QString m_profileId;
    QString m_accountId;
    QString m_collection;

    CliRun cli(const QStringList& rest)
    {
        return m_env.run(
            QStringList {QStringLiteral("--profile"), m_profileId, QStringLiteral("--account"), m_accountId}
            + rest);
    }

    void writeLeadCollection(const QString& root)
    {
        writeFile(root + QStringLiteral("/collection.json"),
            "{'lofty-console-collection': 1, 'name': 'Lead chain',"
            " 'variables': [{'name': 'firstName', 'value': 'Collection'}], 'secretVariables': []}");
        writeFile(root + QStringLiteral("/environments/sandbox.json"),
            "{'lofty-console-environment': 1, 'name': 'sandbox',"
            " 'variables': [{'name': 'firstName', 'value': 'Runner'}], 'secretVariables': []}");
        writeFile(root + QStringLiteral("/01-create-lead.json"),
            "{'lofty-console-request': 1, 'name': 'Create lead', 'endpoint': 'leads.create', 'method': "
            "'POST',"
            " 'url': '/v1.0/leads', 'bodyText': '{\\'firstName\\': \\'{{firstName}}\\', \\'lastName\\': "
            "\\'Chain\\'}',"
            " 'captures': [{'variable': 'leadId', 'from': 'body', 'path': '$.leadId'}],"
            " 'assertions': [{'check': 'status', 'equals': 200}, {'check': 'loftyCode'},"
            "  {'check': 'matches', 'path': '$.leadId', 'pattern': '^[0-9]+$'}]}");
        writeFile(root + QStringLiteral("/02-add-note.json"),
            "{'lofty-console-request': 1, 'name': 'Add note', 'endpoint': 'notes.create', 'method': 'POST',"
            " 'url': '/v1.0/notes', 'bodyText': '{\\'leadId\\': {{leadId}}, \\'content\\': \\'From a run\\', "
            "\\'isPin\\': false}',"
            " 'captures': [{'variable': 'noteId', 'from': 'body', 'path': '/noteId'}],"
            " 'assertions': [{'check': 'status', 'equals': 200}, {'check': 'exists', 'path': '$.noteId'}]}");
        writeFile(root + QStringLiteral("/03-check/01-notes-of-lead.json"),
            "{'lofty-console-request': 1, 'name': 'Notes of the lead', 'method': 'GET', 'url': '/v1.0/notes',"
            " 'params': [{'name': 'leadId', 'value': '{{leadId}}'}],"
            " 'assertions': [{'check': 'equals', 'path': '$.notes[0].leadId', 'value': '{{leadId}}'},"
            "  {'check': 'equals', 'path': '$.notes[0].content', 'value': 'From a run'},"
            "  {'check': 'timeBelow', 'ms': 10000}]}");
        writeFile(root + QStringLiteral("/04-all-leads.json"),
            "{'lofty-console-request': 1, 'name': 'All leads', 'endpoint': 'leads.list', 'method': 'GET',"
            " 'url': '/v1.0/leads', 'params': [{'name': 'limit', 'value': '7'}], 'pages': 'all',"
            " 'assertions': [{'check': 'status', 'equals': 200}, {'check': 'exists', 'path': '$.items[40]'},"
            "  {'check': 'equals', 'path': '$.items[0].leadId', 'value': '9007199254740993'}]}");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
        m_profileId = m_env.addProfile(QStringLiteral("Run"), QStringLiteral("sandbox-native"));
        m_collection = m_env.root() + QStringLiteral("/lead-chain");
        writeLeadCollection(m_collection);
        if (!PrivateHome::haveSessionBus())
            return;
        const CliRun run = m_env.authorizeInBrowser(
            {QStringLiteral("--profile"), m_profileId, QStringLiteral("--no-browser")});
        COMPARE_EXIT(run, 0);
        m_accountId = run.outText().trimmed();
    }

    void collectionRunsGreenWithJUnit()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString junit = m_env.root() + QStringLiteral("/green.xml");
        const CliRun run = cli({QStringLiteral("run"), m_collection, QStringLiteral("--env"),
            QStringLiteral("sandbox"), QStringLiteral("--junit"), junit});
        COMPARE_EXIT(run, 0);
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        const QStringList files {QStringLiteral("01-create-lead.json"), QStringLiteral("02-add-note.json"),
            QStringLiteral("03-check/01-notes-of-lead.json"), QStringLiteral("04-all-leads.json")};
        for (int i = 0; i < files.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(QStringLiteral("PASS  ") + files.at(i)), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i).contains(QStringLiteral("  200  ")), qPrintable(lines.at(i)));
        }
        QVERIFY2(lines.at(2).contains(QRegularExpression(QStringLiteral("/v1\\.0/notes\\?leadId=[0-9]+ "))),
            qPrintable(lines.at(2)));
        QCOMPARE(lines.at(4), QStringLiteral("4 passed, 0 failed"));
        const JUnitSummary summary = readJUnit(junit);
        QCOMPARE(summary.tests, 4);
        QCOMPARE(summary.failures, 0);
        QCOMPARE(summary.names, files);
        QCOMPARE(QFile::permissions(junit) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
    }

    void failingAssertionExitsOne()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString root = m_env.root() + QStringLiteral("/failing");
        writeFile(
            root + QStringLiteral("/collection.json"), "{'lofty-console-collection': 1, 'name': 'Failing'}");
        writeFile(root + QStringLiteral("/me.json"),
            "{'lofty-console-request': 1, 'name': 'Me', 'method': 'GET', 'url': '/v1.0/me',"
            " 'assertions': [{'check': 'equals', 'path': '$.email', 'value': 'nobody@example.invalid'}]}");
        writeFile(root + QStringLiteral("/ok.json"),
            "{'lofty-console-request': 1, 'name': 'Me', 'method': 'GET', 'url': '/v1.0/me',"
            " 'assertions': [{'check': 'status', 'equals': 200}]}");
        const QString junit = m_env.root() + QStringLiteral("/failing.xml");
        const CliRun run = cli({QStringLiteral("run"), root, QStringLiteral("--junit"), junit});
        COMPARE_EXIT(run, 1);
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("FAIL  me.json")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).endsWith(QStringLiteral(
                     "-- $.email equals nobody@example.invalid: $.email is alice@sandbox.lofty.invalid, "
                     "expected nobody@example.invalid")),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("PASS  ok.json")), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("1 passed, 1 failed"));
        const JUnitSummary summary = readJUnit(junit);
        QCOMPARE(summary.tests, 2);
        QCOMPARE(summary.failures, 1);
        QCOMPARE(summary.failureMessages.size(), 1);
        QVERIFY2(summary.failureMessages.constFirst().contains(QStringLiteral("alice@sandbox.lofty.invalid")),
            qPrintable(summary.failureMessages.constFirst()));
    }

    // A saved DELETE without a body is built like a single one (the profile's Lofty request style
    // adds Content-Type: application/json, without which Lofty answers 400 code 20001).
    void runDeleteCarriesWhatASingleDeleteCarries()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const QString root = m_env.root() + QStringLiteral("/delete");
        writeFile(
            root + QStringLiteral("/collection.json"), "{'lofty-console-collection': 1, 'name': 'Delete'}");
        writeFile(root + QStringLiteral("/01-create.json"),
            "{'lofty-console-request': 1, 'name': 'Create', 'method': 'POST', 'url': '/v1.0/leads',"
            " 'bodyText': '{\\'firstName\\': \\'Run\\', \\'lastName\\': \\'Delete\\'}',"
            " 'captures': [{'variable': 'leadId', 'from': 'body', 'path': '$.leadId'}]}");
        writeFile(root + QStringLiteral("/02-delete.json"),
            "{'lofty-console-request': 1, 'name': 'Delete', 'endpoint': 'leads.delete', 'method': 'DELETE',"
            " 'url': '/v1.0/leads/{{leadId}}', 'params': [{'name': 'reason', 'value': 'duplicate'}],"
            " 'assertions': [{'check': 'status', 'equals': 200}, {'check': 'loftyCode'}]}");
        const CliRun run = cli({QStringLiteral("run"), root});
        COMPARE_EXIT(run, 0);
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(
            lines.at(1).startsWith(QStringLiteral("PASS  02-delete.json  DELETE ")), qPrintable(lines.at(1)));

        const CliRun created = cli({QStringLiteral("request"), QStringLiteral("POST"),
            QStringLiteral("/v1.0/leads"), QStringLiteral("--data"),
            QStringLiteral("{\"firstName\": \"Single\", \"lastName\": \"Delete\"}")});
        COMPARE_EXIT(created, 0);
        const QRegularExpressionMatch id
            = QRegularExpression(QStringLiteral("\"leadId\"\\s*:\\s*([0-9]+)")).match(created.outText());
        QVERIFY2(id.hasMatch(), qPrintable(created.describe()));
        const CliRun single = cli({QStringLiteral("request"), QStringLiteral("DELETE"),
            QStringLiteral("/v1.0/leads/") + id.captured(1), QStringLiteral("--query"),
            QStringLiteral("reason=duplicate")});
        COMPARE_EXIT(single, 0);

        const QList<QJsonArray> headers
            = deleteHeaders(RequestService::historyFilePath(m_env.historyFolder(), m_profileId));
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers.at(0), headers.at(1));
        QVERIFY2(headers.at(0).contains(
                     QJsonArray {QStringLiteral("Content-Type"), QStringLiteral("application/json")}),
            QJsonDocument(headers.at(0)).toJson().constData());
    }

    // A Postman export becomes a collection folder that runs against the sandbox: its
    // {{baseUrl}} (https://api.lofty.com) became the profile's API base.
    void importPostmanThenRun()
    {
        const QString target = m_env.root() + QStringLiteral("/from-postman");
        const CliRun imported = m_env.run({QStringLiteral("collections"), QStringLiteral("import-postman"),
            QString::fromLocal8Bit(qgetenv("LOFTY_TEST_DATA"))
                + QStringLiteral("/collections/lofty.postman_collection.json"),
            target});
        COMPARE_EXIT(imported, 0);
        QCOMPARE(imported.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            (QStringList {QStringLiteral("01-leads/01-create-lead.json"),
                QStringLiteral("01-leads/02-get-lead.json"), QStringLiteral("01-leads/03-list-leads.json"),
                QStringLiteral("02-notes/01-add-note.json"), QStringLiteral("02-notes/02-delete-lead.json"),
                QStringLiteral("03-client-credentials-token.json"),
                QStringLiteral("04-upload-attachment.json")}));
        QVERIFY2(imported.errText().contains(
                     QStringLiteral("Folder \"Notes\": its bearer authorization was not "
                                    "imported; requests are sent with the selected account's "
                                    "credentials.")),
            qPrintable(imported.describe()));
        QVERIFY2(!imported.err.contains("eyJhbGciOiJIUzI1NiJ9") && !imported.err.contains("s3cr3t"),
            qPrintable(imported.describe()));

        const CliRun again = m_env.run({QStringLiteral("collections"), QStringLiteral("import-postman"),
            QString::fromLocal8Bit(qgetenv("LOFTY_TEST_DATA"))
                + QStringLiteral("/collections/lofty.postman_collection.json"),
            target});
        COMPARE_EXIT(again, 2);
        QVERIFY2(again.errText().contains(QStringLiteral("already exists and is not empty")),
            qPrintable(again.describe()));

        SKIP_WITHOUT_KEYCHAIN();
        // The Postman test script's status check and leadId capture chain "Get lead" to "Create lead".
        const CliRun run = cli({QStringLiteral("run"), target + QStringLiteral("/01-leads")});
        COMPARE_EXIT(run, 0);
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(
                     QStringLiteral("PASS  01-leads/01-create-lead.json  POST http://127.0.0.1:")),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QRegularExpression(
                     QStringLiteral("^PASS  01-leads/02-get-lead\\.json  GET "
                                    "http://127\\.0\\.0\\.1:[0-9]+/v1\\.0/leads/[0-9]+  200  "))),
            qPrintable(lines.at(1)));
        QVERIFY2(
            lines.at(2).contains(QStringLiteral("/v1.0/leads?limit=10  200  ")), qPrintable(lines.at(2)));
        QCOMPARE(lines.at(3), QStringLiteral("3 passed, 0 failed"));
        // Its secret variables were looked up in the keychain (none stored yet): said, not fatal.
        QVERIFY2(
            run.errText().contains(QStringLiteral("No value stored for the secret variable(s) accessToken, "
                                                  "client_secret (set LOFTY_VAR_<name> to give one).")),
            qPrintable(run.describe()));
    }

    void unknownVariableIsNotSent()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const CliRun run = cli({QStringLiteral("run"), m_collection + QStringLiteral("/02-add-note.json")});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.outText().startsWith(QStringLiteral("FAIL  02-add-note.json  POST ")),
            qPrintable(run.describe()));
        QVERIFY2(run.outText().contains(QStringLiteral("not sent: unknown variable(s) leadId")),
            qPrintable(run.describe()));
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no path") << QStringList {QStringLiteral("run")} << "Give one collection path";
        QTest::newRow("not a collection")
            << QStringList {QStringLiteral("run"), QDir::rootPath()} << "not inside a collection";
        QTest::newRow("unknown environment") << QStringList {QStringLiteral("run"),
            QStringLiteral("COLLECTION"), QStringLiteral("--env"), QStringLiteral("prod")}
                                             << "it has: sandbox";
    }

    void badInputIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        arguments.replaceInStrings(QStringLiteral("COLLECTION"), m_collection);
        const CliRun run = m_env.run(arguments);
        COMPARE_EXIT(run, 2);
        QVERIFY2(run.errText().contains(mentions), qPrintable(run.describe()));
    }

    void requestAllPagesMergesEveryLead()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const CliRun total = cli({QStringLiteral("request"), QStringLiteral("GET"),
            QStringLiteral("/v1.0/leads"), QStringLiteral("--query"), QStringLiteral("limit=1")});
        COMPARE_EXIT(total, 0);
        const int expected = QJsonDocument::fromJson(total.out)
                                 .object()
                                 .value(QStringLiteral("_metadata"))
                                 .toObject()
                                 .value(QStringLiteral("total"))
                                 .toInt();
        QVERIFY(expected >= 40);
        const CliRun all
            = cli({QStringLiteral("request"), QStringLiteral("GET"), QStringLiteral("/v1.0/leads"),
                QStringLiteral("--query"), QStringLiteral("limit=9"), QStringLiteral("--all-pages")});
        COMPARE_EXIT(all, 0);
        const QJsonArray items = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(items.size(), expected);
        QVERIFY2(
            all.out.startsWith("[{") && all.out.contains("9007199254740993"), all.out.left(200).constData());
        QVERIFY2(all.errText().contains(QStringLiteral("(scrollId)")), qPrintable(all.describe()));
        QSet<qint64> ids;
        for (const QJsonValue& item : items)
            ids.insert(item.toObject().value(QStringLiteral("leadId")).toInteger());
        QCOMPARE(ids.size(), expected); // no page fetched twice, none skipped

        const CliRun lines = cli({QStringLiteral("request"), QStringLiteral("GET"),
            QStringLiteral("/v1.0/leads"), QStringLiteral("--all-pages"), QStringLiteral("--jsonl")});
        COMPARE_EXIT(lines, 0);
        const QList<QByteArray> rows = lines.out.split('\n');
        QCOMPARE(rows.size(), expected + 1); // the last line ends with a newline too
        QVERIFY(rows.constLast().isEmpty());
        QVERIFY2(rows.constFirst().contains("\"leadId\":9007199254740993,"), rows.constFirst().constData());
    }

    void allPagesRefusesAnOperationThatDoesNotPage()
    {
        SKIP_WITHOUT_KEYCHAIN();
        const CliRun run = cli({QStringLiteral("request"), QStringLiteral("GET"), QStringLiteral("/v1.0/me"),
            QStringLiteral("--all-pages")});
        COMPARE_EXIT(run, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("does not page")), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(tst_CliRun)
#include "tst_cli_run.moc"
