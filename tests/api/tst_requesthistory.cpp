#include "api/ApiResponse.h"
#include "api/RequestHistory.h"
#include "util/UtcTime.h"

#include "util/SecretMasker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestRequestHistory : public QObject
{
    Q_OBJECT

private:
    const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.history-secret+/=");
    QTemporaryDir dir;

    QString path(const QString& name = QStringLiteral("history.jsonl")) const { return dir.filePath(name); }

    ApiResponse exchange(int status, const QString& endpointId, const QString& accountId,
        const QByteArray& body = "{\"leadId\":18446744073709551615}") const
    {
        ApiResponse response;
        response.request = ApiRequest::fromUrl(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/v1.0/leads?limit=10")));
        response.request.endpointId = endpointId;
        response.request.setHeader("Authorization", "Bearer " + token.toUtf8());
        response.request.setHeader("Accept", "application/json");
        response.accountId = accountId;
        response.startedAt = UtcTime::make(QDate(2026, 1, 1), QTime(12, 0));
        response.httpStatus = status;
        response.headers = {{"Content-Type", "application/json"}, {"X-RateLimit-Remaining", "99"}};
        response.body = body;
        response.elapsedMs = 42;
        response.error = LoftyError::fromHttp(status, body);
        return response;
    }

    // Owner, group and other bits (the "user" bits repeat the owner's for the current user).
    static QFileDevice::Permissions modeOf(const QString& path)
    {
        return QFile::permissions(path)
            & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }

    QByteArray fileContent(const QString& file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        SecretMasker::global().remember(token);
    }

    void missingFileIsAnEmptyHistory()
    {
        RequestHistory history(path(QStringLiteral("none.jsonl")));
        QVERIFY(history.load());
        QCOMPARE(history.count(), 0);
    }

    void secretsNeverReachTheFile()
    {
        const QString file = path(QStringLiteral("secrets.jsonl"));
        RequestHistory history(file);
        ApiResponse response = exchange(200, QStringLiteral("leads.list"), QStringLiteral("alice"),
            "{\"access_token\":\"" + token.toUtf8() + "\"}");
        response.request.body = "{\"customer_key\":\"" + token.toUtf8() + "\"}";
        QVERIFY(history.append(response));
        const QByteArray content = fileContent(file);
        QVERIFY(!content.isEmpty());
        QVERIFY(!content.contains(token.toUtf8()));
        QVERIFY(!content.contains(token.toUtf8().toBase64()));
        QVERIFY(content.contains(SecretMasker::mask(token).toUtf8()));
    }

    void authorizationIsMaskedEvenWhenUnknown()
    {
        const QString file = path(QStringLiteral("unknown.jsonl"));
        RequestHistory history(file);
        ApiResponse response = exchange(200, QStringLiteral("me.get"), QStringLiteral("bob"));
        response.request.setHeader("Authorization", "token never-remembered-api-key-123456");
        QVERIFY(history.append(response));
        QVERIFY(!fileContent(file).contains("never-remembered-api-key-123456"));
        QCOMPARE(history.entry(0)->requestHeaders.last().first, QByteArray("Authorization"));
        QCOMPARE(history.entry(0)->requestHeaders.last().second.left(6), QByteArray("token "));
    }

    void survivesARestartWithEveryField()
    {
        const QString file = path(QStringLiteral("restart.jsonl"));
        {
            RequestHistory history(file);
            QVERIFY(history.append(exchange(200, QStringLiteral("leads.list"), QStringLiteral("alice"))));
            QVERIFY(history.append(exchange(403, QStringLiteral("listings.search"), QStringLiteral("bob"),
                "{\"code\":200100,\"message\":\"no permission\"}")));
        }
        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.count(), 2);
        const HistoryEntry first = *reopened.entry(0);
        QCOMPARE(first.method, QStringLiteral("GET"));
        QCOMPARE(first.url, QStringLiteral("http://127.0.0.1:9/v1.0/leads?limit=10"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.accountId, QStringLiteral("alice"));
        QCOMPARE(first.endpointId, QStringLiteral("leads.list"));
        QCOMPARE(first.responseBody, QByteArray("{\"leadId\":18446744073709551615}"));
        QCOMPARE(first.elapsedMs, qint64(42));
        QCOMPARE(first.time, UtcTime::make(QDate(2026, 1, 1), QTime(12, 0)));
        QCOMPARE(first.responseHeaders.size(), 2);
        const RequestHistory::Summary second = reopened.summaries().at(1);
        QCOMPARE(second.status, 403);
        QCOMPARE(second.errorCode, QStringLiteral("200100"));
        QCOMPARE(second.errorKind, QStringLiteral("api-not-granted"));
    }

    void largeBodiesAreTruncatedAndMarked()
    {
        RequestHistory history(path(QStringLiteral("large.jsonl")));
        history.setMaxBodyBytes(1024);
        QVERIFY(history.append(
            exchange(200, QStringLiteral("leads.list"), QStringLiteral("alice"), QByteArray(5000, 'x'))));
        const HistoryEntry entry = *history.entry(0);
        QVERIFY(entry.responseTruncated);
        QCOMPARE(entry.responseBody.size(), 1024);
        QCOMPARE(entry.responseBytes, qint64(5000));
        QVERIFY(!entry.requestTruncated);
    }

    void largeRequestBodiesAreTruncatedAndMarked()
    {
        RequestHistory history(path(QStringLiteral("large-request.jsonl")));
        history.setMaxBodyBytes(1024);
        ApiResponse response = exchange(200, QStringLiteral("leads.create"), QStringLiteral("alice"));
        response.request.method = QStringLiteral("POST");
        response.request.body = QByteArray(3000, 'y');
        QVERIFY(history.append(response));
        const HistoryEntry entry = *history.entry(0);
        QVERIFY(entry.requestTruncated);
        QCOMPARE(entry.requestBody, QByteArray(1024, 'y'));
        QVERIFY(!entry.responseTruncated);
    }

    void binaryBodiesRoundTrip()
    {
        RequestHistory history(path(QStringLiteral("binary.jsonl")));
        const QByteArray binary("\x00\xff\xfe\x01 png", 8);
        QVERIFY(history.append(exchange(200, QString(), QStringLiteral("alice"), binary)));
        QCOMPARE(history.entry(0)->responseBody, binary);
    }

    // A 401 answered before the token was renewed and the request sent again keeps its mark
    // through the file and a reload; other entries carry no such key.
    void aRenewedAndRetriedExchangeKeepsItsMark()
    {
        const QString file = path(QStringLiteral("retried.jsonl"));
        RequestHistory history(file);
        ApiResponse refused = exchange(401, QStringLiteral("me"), QStringLiteral("alice"), "{}");
        refused.renewedAndRetried = true;
        QVERIFY(history.append(refused));
        QVERIFY(history.append(exchange(200, QStringLiteral("me"), QStringLiteral("alice"))));
        const QList<QByteArray> lines = fileContent(file).split('\n');
        QVERIFY(lines.at(0).contains("\"renewedAndRetried\":true"));
        QVERIFY(!lines.at(1).contains("renewedAndRetried"));
        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.count(), 2);
        QVERIFY(reopened.summaries().at(0).renewedAndRetried);
        QVERIFY(!reopened.summaries().at(1).renewedAndRetried);
        QVERIFY(reopened.entry(0)->renewedAndRetried);
        QVERIFY(!reopened.entry(1)->renewedAndRetried);
    }

    void oldestEntriesAreDroppedWhenOverTheBound()
    {
        const QString file = path(QStringLiteral("bounded.jsonl"));
        RequestHistory history(file);
        history.setMaxFileBytes(20000);
        QSignalSpy reset(&history, &RequestHistory::reset);
        for (int i = 0; i < 100; ++i)
            QVERIFY(history.append(exchange(200, QStringLiteral("n%1").arg(i), QStringLiteral("alice"))));
        QVERIFY(reset.count() > 0);
        QVERIFY(QFileInfo(file).size() <= 20000);
        QVERIFY(history.count() < 100);
        QCOMPARE(history.summaries().last().endpointId, QStringLiteral("n99"));
        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.count(), history.count());
        QCOMPARE(reopened.entry(0)->endpointId, history.summaries().first().endpointId);
    }

    // Compaction drops only what it must: the newest entries that fit in three quarters of the
    // bound stay, whole, and one more would not have fitted.
    void compactionKeepsTheNewestThreeQuartersBySize()
    {
        const QString file = path(QStringLiteral("quarters.jsonl"));
        RequestHistory history(file);
        constexpr qint64 Bound = 20000;
        history.setMaxFileBytes(Bound);
        QSignalSpy reset(&history, &RequestHistory::reset);
        int appended = 0;
        while (reset.isEmpty()) {
            QVERIFY(history.append(exchange(
                200, QStringLiteral("e%1").arg(appended, 4, 10, QLatin1Char('0')), QStringLiteral("alice"))));
            ++appended;
        }
        const qint64 lineSize = history.summaries().last().length + 1; // every line is as long
        const qint64 kept = QFileInfo(file).size();
        QCOMPARE(kept, history.count() * lineSize);
        QVERIFY(kept <= Bound * 3 / 4);
        QVERIFY(kept + lineSize > Bound * 3 / 4);
        QCOMPARE(history.summaries().last().endpointId,
            QStringLiteral("e%1").arg(appended - 1, 4, 10, QLatin1Char('0')));
        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.skippedLines(), 0);
        QCOMPARE(reopened.count(), history.count());
    }

    // appendLater() writes on the history's worker thread; the entries are indexed from the event
    // loop, in the order they were queued.
    void appendLaterWritesInOrderOffTheCallersPath()
    {
        const QString file = path(QStringLiteral("later.jsonl"));
        RequestHistory history(file);
        QVERIFY(history.load());
        QSignalSpy appended(&history, &RequestHistory::entryAppended);
        for (int i = 0; i < 50; ++i)
            history.appendLater(exchange(200, QStringLiteral("l%1").arg(i), QStringLiteral("alice")));
        QCOMPARE(history.count(), 0); // nothing is indexed before the event loop runs
        history.flush();
        QCOMPARE(history.count(), 50);
        QCOMPARE(appended.count(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(history.summaries().at(i).endpointId, QStringLiteral("l%1").arg(i));
        QVERIFY(!fileContent(file).contains(token.toUtf8()));
        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.count(), 50);
        QCOMPARE(reopened.entry(49)->endpointId, QStringLiteral("l49"));
    }

    // The console and lofty-console-cli write the same profile's file.
    void anotherWritersEntriesAndCompactionAreRespected()
    {
        const QString file = path(QStringLiteral("shared.jsonl"));
        RequestHistory console(file);
        RequestHistory cli(file);
        console.setMaxFileBytes(20000);
        cli.setMaxFileBytes(20000);
        QVERIFY(console.load());
        QVERIFY(cli.load());
        for (int i = 0; i < 60; ++i) {
            RequestHistory& writer = i % 3 == 0 ? cli : console;
            QVERIFY(writer.append(exchange(200, QStringLiteral("e%1").arg(i), QStringLiteral("alice"))));
        }
        QVERIFY(QFileInfo(file).size() <= 20000);
        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.skippedLines(), 0);
        QCOMPARE(reopened.summaries().last().endpointId, QStringLiteral("e59"));
        QCOMPARE(console.count(), reopened.count());
        for (int i = 0; i < reopened.count(); ++i)
            QCOMPARE(console.entry(i)->endpointId, reopened.summaries().at(i).endpointId);
    }

    void tornLastLineIsSkippedAndTheNextAppendIsIntact()
    {
        const QString file = path(QStringLiteral("torn.jsonl"));
        {
            RequestHistory history(file);
            QVERIFY(history.append(exchange(200, QStringLiteral("a"), QStringLiteral("alice"))));
        }
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"v\":1,\"time\":\"2026-"); // a crash mid-write
        }
        RequestHistory history(file);
        QVERIFY(history.load());
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.skippedLines(), 1);
        QVERIFY(history.append(exchange(200, QStringLiteral("b"), QStringLiteral("alice"))));
        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.count(), 2);
        QCOMPARE(reopened.entry(1)->endpointId, QStringLiteral("b"));
    }

    void searchesByEndpointStatusAccountAndText()
    {
        RequestHistory history(path(QStringLiteral("search.jsonl")));
        history.append(
            exchange(200, QStringLiteral("leads.list"), QStringLiteral("alice"), "name: Zo\xc3\xab \"Q\""));
        history.append(
            exchange(403, QStringLiteral("listings.search"), QStringLiteral("bob"), "{\"code\":200100}"));
        history.append(exchange(
            404, QStringLiteral("leads.get"), QStringLiteral("alice"), "{\"code\":\"LEAD_NOT_EXIST\"}"));
        RequestHistory::Query query;
        query.endpointId = QStringLiteral("leads.list");
        QCOMPARE(history.search(query), QList<int> {0});
        query = {};
        query.status = 4;
        QCOMPARE(history.search(query), (QList<int> {1, 2}));
        query.status = 403;
        QCOMPARE(history.search(query), QList<int> {1});
        query = {};
        query.accountId = QStringLiteral("alice");
        QCOMPARE(history.search(query), (QList<int> {0, 2}));
        query.text = QStringLiteral("lead_not_exist");
        QCOMPARE(history.search(query), QList<int> {2});
        query = {};
        query.text = QStringLiteral("Zoë \"q\"");
        QCOMPARE(history.search(query), QList<int> {0});
    }

    void resendGivesTheRequestWithoutTheMaskedCredentials()
    {
        RequestHistory history(path(QStringLiteral("resend.jsonl")));
        ApiResponse response = exchange(200, QStringLiteral("leads.create"), QStringLiteral("alice"));
        response.request.method = QStringLiteral("POST");
        response.request.body = "{\"firstName\":\"Ann\"}";
        history.append(response);
        const ApiRequest request = history.resendRequest(0);
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.url, QUrl(QStringLiteral("http://127.0.0.1:9/v1.0/leads?limit=10")));
        QCOMPARE(request.endpointId, QStringLiteral("leads.create"));
        QCOMPARE(request.body, QByteArray("{\"firstName\":\"Ann\"}"));
        QVERIFY(!request.hasHeader("Authorization"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    }

    // Every entry of a long history is indexed at its own offset and read back as itself. (How
    // fast is tests/bench's business, not an assertion here.)
    void indexesAHundredThousandEntriesExactly()
    {
        const QString file = path(QStringLiteral("big.jsonl"));
        constexpr int Count = 100000;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < Count; ++i) {
                const QString account = QStringLiteral("account-%1").arg(i, 6, 10, QLatin1Char('0'));
                f.write(HistoryEntry::fromResponse(exchange(200, QStringLiteral("leads.list"), account), 1024)
                            .toJsonLine()
                    + '\n');
            }
        }
        RequestHistory history(file);
        history.setMaxFileBytes(1LL << 30);
        QVERIFY(history.load());
        QCOMPARE(history.count(), Count);
        QCOMPARE(history.skippedLines(), 0);
        for (int i : {0, 1, 4242, 77777, Count - 1}) {
            const QString account = QStringLiteral("account-%1").arg(i, 6, 10, QLatin1Char('0'));
            QCOMPARE(history.summaries().at(i).accountId, account);
            const std::optional<HistoryEntry> entry = history.entry(i);
            QVERIFY(entry.has_value());
            QCOMPARE(entry->accountId, account);
            QCOMPARE(entry->responseBody, QByteArray("{\"leadId\":18446744073709551615}"));
            RequestHistory::Query query;
            query.accountId = account;
            QCOMPARE(history.search(query), QList<int> {i});
        }
    }

    void filesArePrivate()
    {
        const QString folder = dir.filePath(QStringLiteral("private"));
        const QString file = folder + QStringLiteral("/history.jsonl");
        RequestHistory history(file);
        QVERIFY(history.append(exchange(200, QStringLiteral("leads.list"), QStringLiteral("alice"))));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(modeOf(file), owner);
        QCOMPARE(modeOf(folder), owner | QFileDevice::ExeOwner);
        QVERIFY(history.clear()); // rewritten through a temporary file
        QCOMPARE(modeOf(file), owner);
    }

    void worldReadableHistoryIsTightenedOnLoad()
    {
        const QString file = path(QStringLiteral("old.jsonl"));
        {
            RequestHistory history(file);
            QVERIFY(history.append(exchange(200, QStringLiteral("leads.list"), QStringLiteral("alice"))));
        }
        QVERIFY(QFile::setPermissions(file,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        RequestHistory history(file);
        QVERIFY(history.load());
        QCOMPARE(modeOf(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestRequestHistory)
#include "tst_requesthistory.moc"
