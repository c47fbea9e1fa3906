#include "api/ApiClient.h"
#include "api/RequestDefaults.h"
#include "catalog/CatalogEndpoint.h"
#include "collections/RequestResolver.h"
#include "collections/VariableScope.h"

#include <QTest>
#include <QUrlQuery>

class tst_VariableScope : public QObject
{
    Q_OBJECT

private slots:
    void laterLayersWin()
    {
        VariableScope scope;
        scope.set(VariableScope::Layer::Collection, QStringLiteral("a"), QStringLiteral("collection"));
        scope.set(VariableScope::Layer::Environment, QStringLiteral("a"), QStringLiteral("environment"));
        QCOMPARE(scope.value(QStringLiteral("a")), QStringLiteral("environment"));
        scope.set(VariableScope::Layer::Runtime, QStringLiteral("a"), QStringLiteral("captured"));
        QCOMPARE(scope.resolve(QStringLiteral("x={{a}}")), QStringLiteral("x=captured"));
        scope.clear(VariableScope::Layer::Runtime);
        QCOMPARE(scope.resolve(QStringLiteral("x={{ a }}")), QStringLiteral("x=environment"));
    }

    void unknownNamesAreListedOnceAndLeftInPlace()
    {
        VariableScope scope;
        scope.set(VariableScope::Layer::Collection, QStringLiteral("known"), QStringLiteral("k"));
        QStringList unknown;
        QCOMPARE(scope.resolve(QStringLiteral("{{x}}/{{known}}/{{y}}/{{x}}"), &unknown),
            QStringLiteral("{{x}}/k/{{y}}/{{x}}"));
        QCOMPARE(unknown, QStringList({QStringLiteral("x"), QStringLiteral("y")}));
    }

    void valuesAreNotExpandedAgain()
    {
        VariableScope scope;
        scope.set(VariableScope::Layer::Collection, QStringLiteral("loop"), QStringLiteral("{{loop}}"));
        QStringList unknown;
        QCOMPARE(scope.resolve(QStringLiteral("{{loop}}"), &unknown), QStringLiteral("{{loop}}"));
        QCOMPARE(unknown, QStringList());
    }

    void secretValuesAreKnownForMasking()
    {
        VariableScope scope;
        scope.setSecret(QStringLiteral("partnerKey"), QStringLiteral("pk-live-1"));
        scope.set(VariableScope::Layer::Collection, QStringLiteral("plain"), QStringLiteral("p"));
        QVERIFY(scope.isSecret(QStringLiteral("partnerKey")));
        QVERIFY(!scope.isSecret(QStringLiteral("plain")));
        QCOMPARE(scope.secretValues(), QStringList({QStringLiteral("pk-live-1")}));
    }

    void referencedNames()
    {
        QCOMPARE(VariableScope::referencedNames(QStringLiteral("{{a}}{{b.c}}{{a}} {{ not valid! }}")),
            QStringList({QStringLiteral("a"), QStringLiteral("b.c")}));
    }

    void resolvesUrlParamsHeadersAndBody()
    {
        VariableScope scope;
        scope.set(
            VariableScope::Layer::Runtime, QStringLiteral("leadId"), QStringLiteral("9007199254740993"));
        scope.set(VariableScope::Layer::Environment, QStringLiteral("limit"), QStringLiteral("5"));
        scope.set(VariableScope::Layer::Environment, QStringLiteral("trace"), QStringLiteral("t-1"));
        CollectionRequest saved;
        saved.method = QStringLiteral("post");
        saved.url = QStringLiteral("/v1.0/leads/{{leadId}}/notes?x=1");
        saved.params = {{QStringLiteral("limit"), QStringLiteral("{{limit}}")}};
        saved.headers = {{QStringLiteral("X-Trace"), QStringLiteral("{{trace}}")}};
        saved.body = QByteArrayLiteral("{\"leadId\": {{leadId}}}");
        saved.endpointId = QStringLiteral("notes.create");
        const auto result
            = RequestResolver::resolve(saved, scope, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        QCOMPARE(result.unknownVariables, QStringList());
        QCOMPARE(result.error, QString());
        QCOMPARE(result.request.method, QStringLiteral("POST"));
        QCOMPARE(result.request.url.toString(),
            QStringLiteral("http://127.0.0.1:8080/v1.0/leads/9007199254740993/notes?x=1&limit=5"));
        QCOMPARE(result.request.header("X-Trace"), QByteArray("t-1"));
        QCOMPARE(result.request.body, QByteArray("{\"leadId\": 9007199254740993}"));
        QCOMPARE(result.request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.request.endpointId, QStringLiteral("notes.create"));
    }

    // A saved request starts from the sender's builder, as a single request does: with the Lofty
    // style a DELETE without a body gets Content-Type: application/json, an XML feed its Accept;
    // a header saved in the request replaces the style's.
    void senderBuildsWithTheProfilesRequestStyle()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        RequestDefaults::setStyle(&client, RequestDefaults::Style::Lofty);
        const ApiSender sender = ApiSender::of(&client);
        CollectionRequest remove;
        remove.method = QStringLiteral("DELETE");
        remove.url = QStringLiteral("/v1.0/leads/{{leadId}}");
        VariableScope scope;
        scope.set(
            VariableScope::Layer::Runtime, QStringLiteral("leadId"), QStringLiteral("9007199254740993"));
        const auto removed = RequestResolver::resolve(remove, scope, sender);
        QCOMPARE(removed.request.url.toString(),
            QStringLiteral("http://127.0.0.1:8080/v1.0/leads/9007199254740993"));
        QCOMPARE(removed.request.headers, (HeaderList {{"Content-Type", "application/json"}}));
        QVERIFY(removed.request.body.isEmpty());
        // Without a builder (a bare sender) nothing is added.
        ApiSender bare;
        bare.baseUrl = sender.baseUrl;
        QVERIFY(RequestResolver::resolve(remove, scope, bare).request.headers.isEmpty());

        CatalogEndpoint feed;
        feed.id = QStringLiteral("listings.published");
        feed.method = QStringLiteral("GET");
        feed.pathTemplate = QStringLiteral("/v1.0/getPublishedListings");
        feed.responseMediaType = QStringLiteral("application/xml");
        CollectionRequest listings;
        listings.url = feed.pathTemplate;
        QCOMPARE(RequestResolver::resolve(listings, scope, sender, &feed).request.header("Accept"),
            QByteArray("application/xml"));
        listings.headers = {{QStringLiteral("Accept"), QStringLiteral("text/xml")},
            {QStringLiteral("Content-Type"), QStringLiteral("text/plain")}};
        const auto own = RequestResolver::resolve(listings, scope, sender, &feed);
        QCOMPARE(own.request.headers, (HeaderList {{"Accept", "text/xml"}, {"Content-Type", "text/plain"}}));
    }

    void unresolvedRequestReportsEveryUnknownName()
    {
        CollectionRequest saved;
        saved.url = QStringLiteral("{{host}}/v1.0/leads/{{leadId}}");
        saved.headers = {{QStringLiteral("X-A"), QStringLiteral("{{a}}")}};
        const auto result
            = RequestResolver::resolve(saved, VariableScope(), QUrl(QStringLiteral("http://h")));
        QCOMPARE(result.unknownVariables,
            QStringList({QStringLiteral("host"), QStringLiteral("leadId"), QStringLiteral("a")}));
    }
};

QTEST_GUILESS_MAIN(tst_VariableScope)
#include "tst_variablescope.moc"
