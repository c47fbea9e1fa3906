// `lofty-console-cli webhooks listen` as a real process: the sandbox delivers a lead's creation to
// it and it prints the delivery as one JSON line; SIGTERM ends it with status 0. Argument errors
// exit 2 with a specific message.
#include "CliTestEnvironment.h"
#include "SandboxTestFixture.h"
#include "sandbox/SandboxWebhookDispatcher.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class tst_WebhooksCli : public QObject
{
    Q_OBJECT

private:
    CliTestEnvironment env;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(env.setUp(&error), qPrintable(error));
    }

    void listenPrintsEachDeliveryAsOneJsonLine()
    {
        SandboxTestFixture f;
        QVERIFY(f.start());
        f.server->webhookDispatcher()->setDelayMs(0);
        const QString token = f.tokenFor(QStringLiteral("sandbox-prod"));
        QProcess cli;
        cli.setProcessEnvironment(env.environment());
        cli.start(CliTestEnvironment::program(), {QStringLiteral("webhooks"), QStringLiteral("listen")});
        QByteArray err;
        const QRegularExpression listening(
            QStringLiteral("Listening on (http://127\\.0\\.0\\.1:\\d+/lofty/webhook) "));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += cli.readAllStandardError(), match = listening.match(QString::fromUtf8(err))).hasMatch(),
            20000);
        const QUrl callback(match.captured(1) + QStringLiteral("/2"));
        QCOMPARE(
            f.http
                .sendJson("POST", f.api(QStringLiteral("/v1.0/webhook")),
                    {{QStringLiteral("listId"), 2}, {QStringLiteral("callbackUrl"), callback.toString()}},
                    SandboxTestHttp::bearer(token))
                .status,
            200);
        const HttpResult lead = f.http.sendJson("POST", f.api(QStringLiteral("/v1.0/leads")),
            {{QStringLiteral("firstName"), QStringLiteral("Cli")}}, SandboxTestHttp::bearer(token));
        const qint64 leadId = lead.json().value(QStringLiteral("leadId")).toInteger();
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).endsWith('\n'), 20000);
        QCOMPARE(out.count('\n'), 1);
        QJsonParseError parseError;
        const QJsonObject line = QJsonDocument::fromJson(out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(line.keys(),
            (QStringList {QStringLiteral("body"), QStringLiteral("headers"), QStringLiteral("receivedAt")}));
        QVERIFY(line.value(QStringLiteral("receivedAt")).toString().endsWith(QLatin1Char('Z')));
        // Header names are case-insensitive (RFC 9110 section 5.1); Qt 6.7+ sends them in lower case.
        QString contentType;
        const QJsonObject headers = line.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                contentType = it.value().toString();
        }
        QCOMPARE(contentType, QStringLiteral("application/json"));
        const QJsonObject body = line.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("lead.created"));
        QCOMPARE(body.value(QStringLiteral("leadId")).toInteger(), leadId);
        cli.terminate(); // SIGTERM
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 10000);
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
    }

    void badArgumentsExitWithUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("forward elsewhere")
            << QStringList {QStringLiteral("webhooks"), QStringLiteral("listen"), QStringLiteral("--forward"),
                   QStringLiteral("https://example.com/hook")}
            << QStringLiteral("Deliveries are forwarded to this computer only");
        QTest::newRow("port") << QStringList {QStringLiteral("webhooks"), QStringLiteral("listen"),
            QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port takes a number from 0 to 65535.");
        QTest::newRow("action") << QStringList {QStringLiteral("webhooks"), QStringLiteral("watch")}
                                << QStringLiteral("Unknown action \"watch\"");
        QTest::newRow("delete id") << QStringList {QStringLiteral("webhooks"), QStringLiteral("delete"),
            QStringLiteral("abc")} << QStringLiteral("Give one subscription id");
    }

    void badArgumentsExitWithUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = env.run(arguments);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.describe()));
    }

    void lofty_profile_takes_https_callbacks_only()
    {
        const QString profile = env.addProfile(QStringLiteral("Lofty-like"), QStringLiteral("sandbox-prod"));
        const CliRun run = env.run({QStringLiteral("--profile"), profile, QStringLiteral("webhooks"),
            QStringLiteral("create"), QStringLiteral("--list"), QStringLiteral("2"),
            QStringLiteral("--callback"), QStringLiteral("http://127.0.0.1:8787/lofty/webhook/2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("Lofty takes https:// callbacks only")),
            qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(tst_WebhooksCli)
#include "tst_webhookscli.moc"
