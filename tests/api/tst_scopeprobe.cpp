#include "api/ApiClient.h"
#include "api/LoftyError.h"
#include "api/RequestHistory.h"
#include "catalog/EndpointCatalog.h"
#include "session/ScopeProbe.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestScopeProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    static HistoryEntry entry(const QString& endpointId, const QString& method, const QString& url,
        int status, LoftyError::Kind kind, const QString& account = QStringLiteral("alice"))
    {
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.accountId = account;
        e.endpointId = endpointId;
        e.method = method;
        e.url = url;
        e.status = status;
        e.errorKind = LoftyError::kindName(kind);
        return e;
    }

    static const ScopeProbe::ApiStatus& statusOf(const ScopeProbe& probe, const QString& api)
    {
        for (const ScopeProbe::ApiStatus& status : probe.statuses()) {
            if (status.api == api)
                return status;
        }
        qFatal("no API %s", qPrintable(api));
    }

private slots:
    void everyCatalogApiHasARow()
    {
        ScopeProbe probe(EndpointCatalog::builtIn());
        QCOMPARE(probe.statuses().size(), EndpointCatalog::builtIn().apis().size());
        QVERIFY(!statusOf(probe, QStringLiteral("Current User")).probeEndpointId.isEmpty());
    }

    void historyCountsAllowedAndRefusedAndMatchesFreeUrls()
    {
        RequestHistory history(dir.filePath(QStringLiteral("h.jsonl")));
        history.append(entry(QStringLiteral("leads.list"), QStringLiteral("GET"),
            QStringLiteral("http://h/v1.0/leads"), 200, LoftyError::Kind::None));
        history.append(entry(QString(), QStringLiteral("GET"), QStringLiteral("http://h/v1.0/me?x=1"), 200,
            LoftyError::Kind::None));
        history.append(entry(QStringLiteral("leads.get"), QStringLiteral("GET"),
            QStringLiteral("http://h/v1.0/leads/5"), 404, LoftyError::Kind::NotFound));
        const CatalogEndpoint listing
            = EndpointCatalog::builtIn().endpointsOfApi(QStringLiteral("Listings")).first();
        history.append(entry(listing.id, listing.method, QStringLiteral("http://h") + listing.pathTemplate,
            403, LoftyError::Kind::ApiNotGranted));
        history.append(entry(QStringLiteral("leads.list"), QStringLiteral("GET"),
            QStringLiteral("http://h/v1.0/leads"), 401, LoftyError::Kind::Unauthorized));
        history.append(entry(QStringLiteral("leads.list"), QStringLiteral("GET"),
            QStringLiteral("http://h/v1.0/leads"), 200, LoftyError::Kind::None, QStringLiteral("bob")));

        ScopeProbe probe(EndpointCatalog::builtIn());
        probe.setGrantedApis(
            {QStringLiteral("Leads"), QStringLiteral("Current User"), QStringLiteral("Tasks")});
        probe.learnFromHistory(history.summaries(), QStringLiteral("alice"));
        QCOMPARE(statusOf(probe, QStringLiteral("Leads")).seenAllowed, 2); // 200 and 404; not the 401
        QCOMPARE(statusOf(probe, QStringLiteral("Current User")).seenAllowed, 1);
        QCOMPARE(statusOf(probe, QStringLiteral("Listings")).seenRefused, 1);
        QVERIFY(!statusOf(probe, QStringLiteral("Listings")).effectivelyAllowed());
        QCOMPARE(probe.grantedButUnused(), QStringList {QStringLiteral("Tasks")});
        QCOMPARE(probe.usedButNotGranted(), QStringList {QStringLiteral("Listings")});
        QVERIFY(probe.costOfAdding(probe.usedButNotGranted()).contains(QLatin1String("Listings")));
    }

    void probeWithoutProbeableApisFinishesAtOnce()
    {
        QString error;
        const EndpointCatalog catalog = EndpointCatalog::fromJson("{\"apis\":[],\"endpoints\":[]}", &error);
        ScopeProbe probe(catalog);
        ApiClient client;
        QSignalSpy finished(&probe, &ScopeProbe::finished);
        probe.probe(&client);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!probe.isProbing());
    }
};

QTEST_GUILESS_MAIN(TestScopeProbe)
#include "tst_scopeprobe.moc"
