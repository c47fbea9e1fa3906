#include "SandboxTestFixture.h"
#include "collections/CodeExport.h"
#include "util/SecretMasker.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Token = "sandbox-token-for-export-0123456789";

// `X-Note` tests the escaping of literals; HTTP forbids its line break, so runs leave it out.
ApiRequest createLeadRequest(const QUrl& url, bool withToken, bool withNote = true)
{
    ApiRequest request = ApiRequest::fromUrl(QStringLiteral("POST"), url);
    request.setHeader("Content-Type", "application/json");
    if (withNote)
        request.setHeader("X-Note",
            "line\n\"quoted\" ü ?"
            "?=");
    if (withToken)
        request.setHeader("Authorization", "Bearer " + Token);
    request.body = R"({"firstName": "Export", "lastName": "Test \u00fc", "budget": 9007199254740993})";
    return request;
}

struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs an interpreter while this process's event loop keeps serving the sandbox.
ProgramRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& token)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOFTY_ACCESS_TOKEN"), QString::fromLatin1(token));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    ProgramRun run;
    if (!finished.wait(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class tst_CodeExport : public QObject
{
    Q_OBJECT

private:
    SandboxTestFixture m_sandbox;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        SecretMasker::global().remember(QString::fromLatin1(Token), QStringLiteral("tst_codeexport"));
    }

    void noCredentialInAnyLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("reads");
        QTest::newRow("python") << int(CodeExport::Language::Python) << "os.environ[\"LOFTY_ACCESS_TOKEN\"]";
        QTest::newRow("javascript") << int(CodeExport::Language::JavaScript)
                                    << "process.env.LOFTY_ACCESS_TOKEN";
        QTest::newRow("c++") << int(CodeExport::Language::CppQt) << "qgetenv(\"LOFTY_ACCESS_TOKEN\")";
    }

    void noCredentialInAnyLanguage()
    {
        QFETCH(int, language);
        QFETCH(QString, reads);
        ApiRequest request
            = createLeadRequest(QUrl(QStringLiteral("https://api.lofty.com/v1.0/leads")), true);
        request.setHeader("X-Api-Key", "partner-key-value");
        const QString code = CodeExport::generate(request, CodeExport::Language(language));
        QVERIFY2(!code.contains(QString::fromLatin1(Token)), qPrintable(code));
        QVERIFY2(!code.contains(QStringLiteral("partner-key-value")), qPrintable(code));
        QVERIFY2(code.contains(reads), qPrintable(code));
        QVERIFY2(code.contains(QStringLiteral("LOFTY_X_API_KEY")), qPrintable(code));
        QVERIFY2(code.contains(QStringLiteral("9007199254740993")), qPrintable(code));
        QCOMPARE(CodeExport::variablesUsed(request),
            QStringList({QStringLiteral("LOFTY_ACCESS_TOKEN"), QStringLiteral("LOFTY_X_API_KEY")}));
    }

    void otherSchemesUseTheWholeHeader()
    {
        ApiRequest request
            = createLeadRequest(QUrl(QStringLiteral("https://api.lofty.com/v1.0/leads")), false);
        request.setHeader("Authorization", "Basic dXNlcjpwYXNz");
        const QString code = CodeExport::generate(request, CodeExport::Language::Python);
        QVERIFY2(code.contains(QStringLiteral("\"Authorization\": os.environ[\"LOFTY_AUTHORIZATION\"]")),
            qPrintable(code));
        QVERIFY(!code.contains(QStringLiteral("dXNlcjpwYXNz")));
    }

    void cppLiteralsEscapeEverything()
    {
        const QString code = CodeExport::generate(
            createLeadRequest(QUrl(QStringLiteral("https://h/x")), true), CodeExport::Language::CppQt);
        // The newline, the quotes, the UTF-8 bytes of "ü" and the "??=" trigraph, all escaped.
        QVERIFY2(code.contains(QStringLiteral("\"line\\n\\\"quoted\\\" \\303\\274 \\077\\077=\"")),
            qPrintable(code));
    }

    void pythonExportRunsAgainstTheSandbox()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        if (runProgram(
                QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import requests")}, {})
                .exitCode
            != 0)
            QSKIP("the python3 requests module is not installed");
        const QString token = m_sandbox.tokenFor(QStringLiteral("sandbox-prod"));
        QVERIFY(!token.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("export.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CodeExport::generate(
            createLeadRequest(m_sandbox.api(QStringLiteral("/v1.0/leads")), false, false),
            CodeExport::Language::Python)
                       .toUtf8());
        file.close();
        const ProgramRun run = runProgram(QStringLiteral("python3"), {path}, token.toLatin1());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("200\n{\"leadId\":"), run.out.constData());
    }

    void javaScriptExportRunsAgainstTheSandbox()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed");
        if (runProgram(node,
                {QStringLiteral("-e"), QStringLiteral("process.exit(typeof fetch === 'function' ? 0 : 1)")},
                {})
                .exitCode
            != 0)
            QSKIP("this node has no fetch (Node 18 or later has)");
        const QString token = m_sandbox.tokenFor(QStringLiteral("sandbox-prod"));
        const QString path = m_dir.filePath(QStringLiteral("export.mjs"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CodeExport::generate(
            createLeadRequest(m_sandbox.api(QStringLiteral("/v1.0/leads")), false, false),
            CodeExport::Language::JavaScript)
                       .toUtf8());
        file.close();
        const ProgramRun run = runProgram(node, {path}, token.toLatin1());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("200\n{\"leadId\":"), run.out.constData());
    }

    // The C++ export is built with this build's compiler and Qt, then run against the sandbox.
    void cppQtExportBuildsAndRunsAgainstTheSandbox()
    {
        const QString compiler = QStringLiteral(LOFTY_CXX);
        if (!QFileInfo(compiler).isExecutable())
            QSKIP("the C++ compiler of this build is not found");
        const QString source = m_dir.filePath(QStringLiteral("export.cpp"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            CodeExport::generate(createLeadRequest(m_sandbox.api(QStringLiteral("/v1.0/leads")), true, false),
                CodeExport::Language::CppQt)
                .toUtf8());
        file.close();
        const QString program = m_dir.filePath(QStringLiteral("export"));
        QStringList arguments {
            QStringLiteral("-std=c++17"), QStringLiteral("-fPIC"), source, QStringLiteral("-o"), program};
        for (const QString& include :
            QStringLiteral(LOFTY_QT_INCLUDES).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            arguments << QStringLiteral("-I") + include;
        arguments << QStringLiteral(LOFTY_QT_LIBS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        const ProgramRun build = runProgram(compiler, arguments, {});
        QVERIFY2(build.exitCode == 0, build.err.constData());
        const ProgramRun run
            = runProgram(program, {}, m_sandbox.tokenFor(QStringLiteral("sandbox-prod")).toLatin1());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("200\n{\"leadId\":"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CodeExport)
#include "tst_codeexport.moc"
