#include "util/SecretMaskingRules.h"
#include "webhooks/WebhookHistory.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

WebhookDelivery delivery(int n)
{
    WebhookDelivery d;
    d.receivedAt
        = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.000Z"), Qt::ISODateWithMs).addSecs(n);
    d.target = QStringLiteral("/lofty/webhook/2");
    d.headers = {{"Content-Type", "application/json"}};
    d.body = QByteArray("{\"listId\":2,\"leadId\":") + QByteArray::number(n) + "}";
    return d;
}

} // namespace

class tst_WebhookHistory : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreMaskedBeforeTheyAreKept()
    {
        QTemporaryDir dir;
        WebhookHistory history(dir.filePath(QStringLiteral("hooks/webhooks.jsonl")));
        WebhookDelivery d = delivery(1);
        d.headers.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer s3cr3t-t0ken-value-123456")));
        d.body = R"({"leadId":7,"access_token":"body-secret-abcdef-987654"})";
        QVERIFY(history.append(d));
        const QByteArray file = [&] {
            QFile f(history.filePath());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY(!file.contains("s3cr3t-t0ken-value-123456"));
        QVERIFY(!file.contains("body-secret-abcdef-987654"));
        QVERIFY(file.contains(R"("leadId":7)"));
        const WebhookDelivery kept = history.at(0);
        const QString authorization = QString::fromUtf8(kept.header("Authorization"));
        QVERIFY2(authorization.startsWith(QLatin1String("Bearer ")), qPrintable(authorization));
        QVERIFY(SecretMaskingRules::isMasked(authorization.mid(7)));
    }

    void fileIsPrivate()
    {
        QTemporaryDir dir;
        WebhookHistory history(dir.filePath(QStringLiteral("hooks/webhooks.jsonl")));
        QVERIFY(history.append(delivery(1)));
        // 0600 and 0700 (the user bits; group and other none).
        QCOMPARE(int(QFileInfo(history.filePath()).permissions() & 0x0FFF), 0x0600);
        QCOMPARE(int(QFileInfo(dir.filePath(QStringLiteral("hooks"))).permissions() & 0x0FFF), 0x0700);
    }

    void oldestAreDroppedPastTheBound()
    {
        QTemporaryDir dir;
        WebhookHistory history(dir.filePath(QStringLiteral("webhooks.jsonl")));
        history.setMaxEntries(4);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(history.append(delivery(i)));
        // Past 4 the history keeps 3 (three quarters) and grows again: after the 5th, 7th and 9th
        // append it holds 3, so after the 10th it holds 7, 8, 9, 10.
        QCOMPARE(history.count(), 4);
        QCOMPARE(history.at(0).body, QByteArray(R"({"listId":2,"leadId":7})"));
        QCOMPARE(history.at(3).body, QByteArray(R"({"listId":2,"leadId":10})"));
        WebhookHistory reread(history.filePath());
        QVERIFY(reread.load());
        QCOMPARE(reread.count(), 4);
        QCOMPARE(reread.at(3).body, history.at(3).body);
        QCOMPARE(reread.at(3).receivedAt, history.at(3).receivedAt);
    }

    void tornLastLineIsSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("webhooks.jsonl"));
        {
            WebhookHistory history(path);
            QVERIFY(history.append(delivery(1)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"receivedAt\":\"2026-01-0");
        file.close();
        WebhookHistory history(path);
        QVERIFY(history.load());
        QCOMPARE(history.count(), 1);
        QVERIFY(history.append(delivery(2)));
        WebhookHistory reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.count(), 2);
        QCOMPARE(reread.at(1).body, QByteArray(R"({"listId":2,"leadId":2})"));
    }

    void clearEmptiesFileAndSignals()
    {
        QTemporaryDir dir;
        WebhookHistory history(dir.filePath(QStringLiteral("webhooks.jsonl")));
        QVERIFY(history.append(delivery(1)));
        QSignalSpy reset(&history, &WebhookHistory::reset);
        QVERIFY(history.clear());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(history.count(), 0);
        QCOMPARE(QFileInfo(history.filePath()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookHistory)
#include "tst_webhookhistory.moc"
