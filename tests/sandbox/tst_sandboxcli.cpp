#include "SandboxTestHttp.h"
#include "sandbox/SandboxCommandLine.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

namespace {

QString sandboxProgram()
{
    return qEnvironmentVariable("LOFTY_BINARY_DIR") + QStringLiteral("/app/lofty-sandbox");
}

} // namespace

class tst_SandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryOption()
    {
        SandboxCommandLine options;
        QString output;
        const auto outcome = options.parse(
            {QStringLiteral("lofty-sandbox"), QStringLiteral("--port"), QStringLiteral("8123"),
                QStringLiteral("--token-lifetime"), QStringLiteral("90"), QStringLiteral("--auto-approve"),
                QStringLiteral("bob"), QStringLiteral("--rate-limit"), QStringLiteral("100000")},
            &output);
        QCOMPARE(outcome, SandboxCommandLine::Outcome::Run);
        QCOMPARE(options.port, quint16(8123));
        QCOMPARE(options.tokenLifetimeSeconds, 90);
        QCOMPARE(options.autoApproveAccount, QStringLiteral("bob"));
        QCOMPARE(options.rateLimitOverride, 100000);
    }

    void badValuesFailWithTheOptionsName_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port");
        QTest::newRow("lifetime") << QStringList {QStringLiteral("--token-lifetime"), QStringLiteral("0")}
                                  << QStringLiteral("--token-lifetime");
        QTest::newRow("account") << QStringList {QStringLiteral("--auto-approve"), QStringLiteral("mallory")}
                                 << QStringLiteral("--auto-approve");
        QTest::newRow("config") << QStringList {QStringLiteral("--config"),
            QStringLiteral("/nonexistent/sandbox.json")}
                                << QStringLiteral("--config");
    }

    void badValuesFailWithTheOptionsName()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        SandboxCommandLine options;
        QString output;
        QCOMPARE(options.parse(QStringList {QStringLiteral("lofty-sandbox")} + arguments, &output),
            SandboxCommandLine::Outcome::Fail);
        QVERIFY2(output.startsWith(option), qPrintable(output));
    }

    void configFileErrorsNameTheField()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("{\"apps\":[{\"name\":\"A\",\"clientId\":\"a\",\"mode\":\"Beta\",\"redirectUris\":[\"http:"
                   "//127.0.0.1/cb\"]}],\"accounts\":[]}");
        file.close();
        SandboxCommandLine options;
        QString output;
        QCOMPARE(options.parse(
                     {QStringLiteral("lofty-sandbox"), QStringLiteral("--config"), file.fileName()}, &output),
            SandboxCommandLine::Outcome::Fail);
        QVERIFY2(output.contains(QStringLiteral("apps[0].mode")), qPrintable(output));
    }

    void printedDefaultConfigIsWhatConfigReads()
    {
        QProcess process;
        process.start(sandboxProgram(), {QStringLiteral("--print-default-config")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(process.readAllStandardOutput());
        file.close();
        SandboxCommandLine options;
        QString output;
        QCOMPARE(options.parse(
                     {QStringLiteral("lofty-sandbox"), QStringLiteral("--config"), file.fileName()}, &output),
            SandboxCommandLine::Outcome::Run);
        QCOMPARE(options.config.toJson(), SandboxConfig::builtIn().toJson());
    }

    void helpAndVersion()
    {
        QProcess process;
        process.start(sandboxProgram(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(20000));
        const QByteArray help = process.readAllStandardOutput();
        for (const char* option : {"--port", "--config", "--token-lifetime", "--auto-approve",
                 "--print-default-config", "--rate-limit"})
            QVERIFY2(help.contains(option), option);
        QVERIFY(help.contains(SandboxCommandLine::choices().toUtf8()));
        QVERIFY(help.contains("Refresh tokens rotate"));
        process.start(sandboxProgram(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(20000));
        QVERIFY(process.readAllStandardOutput().startsWith("lofty-sandbox "));
    }

    void servesPrintsItsUrlsAndStopsCleanlyOnSigterm()
    {
        QProcess process;
        process.start(sandboxProgram(), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForStarted(20000));
        QByteArray printed;
        const QRegularExpression tokenLine(
            QStringLiteral("Token URL: +(http://127\\.0\\.0\\.1:\\d+/oauth/token)"));
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        while (!tokenLine.match(QString::fromUtf8(printed)).hasMatch() && output.wait(20000))
            printed += process.readAllStandardOutput();
        const QUrl tokenUrl(tokenLine.match(QString::fromUtf8(printed)).captured(1));
        QVERIFY2(tokenUrl.isValid() && tokenUrl.port() > 0, printed.constData());
        SandboxTestHttp http;
        const HttpResult answer = http.postForm(tokenUrl,
            {{QStringLiteral("grant_type"), QStringLiteral("password")}},
            SandboxTestHttp::basic(QStringLiteral("sandbox-web"), QStringLiteral("sbx-secret/web+key=1")));
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
            QStringLiteral("unsupported_grant_type"));
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxCli)
#include "tst_sandboxcli.moc"
