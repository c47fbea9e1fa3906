// SessionHistory: what panels list, search and resend is the active profile's history, and it
// follows another profile when one is activated.
#include "api/ApiResponse.h"
#include "api/RequestHistory.h"
#include "profiles/Profile.h"
#include "session/RequestService.h"
#include "session/SessionHistory.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Profile profileNamed(const QString& id)
{
    Profile profile;
    profile.id = id;
    profile.name = id;
    profile.apiBaseUrl = QUrl(QStringLiteral("https://api.example.test"));
    profile.registration.clientId = id + QStringLiteral("-client");
    return profile;
}

ApiResponse exchange(const QString& path, int status)
{
    ApiResponse response;
    response.request
        = ApiRequest::fromUrl(QStringLiteral("GET"), QUrl(QStringLiteral("https://api.example.test") + path));
    response.accountId = QStringLiteral("a1");
    response.httpStatus = status;
    response.body = "{}";
    return response;
}

} // namespace

class tst_SessionHistory : public QObject
{
    Q_OBJECT

private slots:
    void showsTheActiveProfilesHistoryAndFollowsAnother()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QNetworkAccessManager network;
        RequestService requests(&network, folder.path());
        SessionHistory history(&requests);
        QVERIFY(!history.hasProfile());
        QCOMPARE(history.count(), 0);
        QCOMPARE(history.folder(), QString());

        QVERIFY(requests.setProfile(profileNamed(QStringLiteral("p1"))));
        QSignalSpy appended(&history, &SessionHistory::entryAppended);
        QVERIFY(requests.history()->append(exchange(QStringLiteral("/v1.0/me"), 200)));
        QVERIFY(requests.history()->append(exchange(QStringLiteral("/v1.0/leads"), 403)));
        QCOMPARE(appended.count(), 2);
        QCOMPARE(history.count(), 2);
        QCOMPARE(history.filePath(), RequestService::historyFilePath(folder.path(), QStringLiteral("p1")));
        QCOMPARE(history.folder(), QDir(folder.path()).absolutePath());
        QCOMPARE(history.summaries().at(1).status, 403);
        QCOMPARE(history.resendRequest(1).url, QUrl(QStringLiteral("https://api.example.test/v1.0/leads")));

        HistoryQuery refused;
        refused.status = 4;
        QCOMPARE(SessionHistory::search(history.summaries(), history.filePath(), refused), QList<int> {1});

        QSignalSpy reset(&history, &SessionHistory::reset);
        QVERIFY(requests.setProfile(profileNamed(QStringLiteral("p2"))));
        QCOMPARE(reset.count(), 2); // bound to p2's history, then its index loaded
        QCOMPARE(history.count(), 0);
        QCOMPARE(history.filePath(), RequestService::historyFilePath(folder.path(), QStringLiteral("p2")));
    }
};

QTEST_GUILESS_MAIN(tst_SessionHistory)
#include "tst_sessionhistory.moc"
