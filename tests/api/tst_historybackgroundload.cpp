// RequestHistory::loadInBackground: the index is read on a worker thread and adopted from the
// event loop; a synchronous load meanwhile wins over the older background result.
#include "api/ApiResponse.h"
#include "api/LoftyError.h"
#include "api/RequestHistory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_HistoryBackgroundLoad : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void indexArrivesFromTheEventLoop();
    void synchronousLoadWinsOverAnOlderBackgroundResult();
    void missingFileIsAnEmptyHistory();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.jsonl")); }
    static ApiResponse exchange(int status)
    {
        ApiResponse response;
        response.request = ApiRequest::fromUrl(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/v1.0/leads")));
        response.request.endpointId = QStringLiteral("leads.list");
        response.httpStatus = status;
        response.body = "{\"leadId\":1}";
        response.error = LoftyError::fromHttp(status, response.body);
        return response;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryBackgroundLoad::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    RequestHistory writer(path());
    for (int i = 0; i < 250; ++i)
        QVERIFY(writer.append(exchange(i % 2 ? 200 : 404)));
}

void tst_HistoryBackgroundLoad::indexArrivesFromTheEventLoop()
{
    RequestHistory history(path());
    QSignalSpy loading(&history, &RequestHistory::loadingChanged);
    QSignalSpy reset(&history, &RequestHistory::reset);

    history.loadInBackground();

    // Nothing is adopted before the event loop runs.
    QVERIFY(history.isLoading());
    QCOMPARE(history.count(), 0);
    QCOMPARE(reset.count(), 0);
    QTRY_COMPARE(reset.count(), 1);
    QVERIFY(!history.isLoading());
    QCOMPARE(history.count(), 250);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    RequestHistory::Query notFound;
    notFound.status = 404;
    QCOMPARE(history.search(notFound).size(), 125);
    QCOMPARE(history.entry(249)->status, 200);
}

void tst_HistoryBackgroundLoad::synchronousLoadWinsOverAnOlderBackgroundResult()
{
    RequestHistory history(path());
    QSignalSpy reset(&history, &RequestHistory::reset);
    history.loadInBackground();
    QVERIFY(history.load());
    QCOMPARE(reset.count(), 1);
    QVERIFY(!history.isLoading());
    QVERIFY(history.append(exchange(201)));
    QCOMPARE(history.count(), 251);

    // The worker's older index (250 entries) arrives later and is dropped.
    QTest::qWait(500);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(history.count(), 251);
    QCOMPARE(history.entry(250)->status, 201);
}

void tst_HistoryBackgroundLoad::missingFileIsAnEmptyHistory()
{
    RequestHistory history(m_dir->filePath(QStringLiteral("none.jsonl")));
    QSignalSpy reset(&history, &RequestHistory::reset);
    history.loadInBackground();
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(history.count(), 0);
    QVERIFY(!history.isLoading());
}

QTEST_MAIN(tst_HistoryBackgroundLoad)
#include "tst_historybackgroundload.moc"
