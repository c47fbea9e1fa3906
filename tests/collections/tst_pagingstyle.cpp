#include "catalog/EndpointCatalog.h"
#include "collections/PagingStyle.h"
#include "json/JsonReader.h"

#include <QTest>
#include <QUrlQuery>

namespace {

JsonNode json(const char* text)
{
    return JsonReader::parse(QByteArray(text).replace('\'', '"'), nullptr);
}

QUrl url(const char* text)
{
    return QUrl(QString::fromLatin1(text));
}

} // namespace

class tst_PagingStyle : public QObject
{
    Q_OBJECT

private slots:
    void detectsLoftysStylesFromTheCatalog_data()
    {
        QTest::addColumn<QString>("endpointId");
        QTest::addColumn<QString>("style");
        QTest::newRow("leads: scrollId") << "leads.list"
                                         << "scrollId";
        QTest::newRow("texts: currentId preferred") << "texts.list"
                                                    << "currentId";
        QTest::newRow("calls: offset") << "calls.list"
                                       << "offset/limit";
        QTest::newRow("transactions: pageNum") << "transactions.list"
                                               << "pageNum/pageSize";
        QTest::newRow("system logs: pageNumber") << "systemLogs.list"
                                                 << "pageNumber/pageSize";
        QTest::newRow("calendar: page") << "calendar.list"
                                        << "page/pageSize";
        QTest::newRow("me: none") << "me.get"
                                  << "none";
    }

    void detectsLoftysStylesFromTheCatalog()
    {
        QFETCH(QString, endpointId);
        QFETCH(QString, style);
        const CatalogEndpoint* endpoint = EndpointCatalog::builtIn().find(endpointId);
        QVERIFY2(endpoint, qPrintable(endpointId));
        QCOMPARE(PagingStyle::detect(
                     endpoint, QUrl(QStringLiteral("https://api.lofty.com") + endpoint->pathTemplate))
                     .name(),
            style);
    }

    void freeUrlPagesByItsOwnQuery()
    {
        QCOMPARE(PagingStyle::detect(nullptr, url("https://h/x?offset=0&limit=5")).kind(),
            PagingStyle::Kind::Offset);
        QCOMPARE(PagingStyle::detect(nullptr, url("https://h/x?limit=5")).kind(), PagingStyle::Kind::None);
    }

    void scrollIdFollowsTheCursorUntilItIsEmpty()
    {
        const PagingStyle style = PagingStyle::detect(nullptr, url("https://h/v1.0/leads?scrollId=&limit=2"));
        const QUrl next = style.nextPage(url("https://h/v1.0/leads?limit=2"),
            json("{'_metadata':{'collection':'leads','scrollId':'s-2'},'leads':[{'a':1},{'a':2}]}"));
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("scrollId")), QStringLiteral("s-2"));
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QVERIFY(
            style.nextPage(next, json("{'_metadata':{'collection':'leads','scrollId':''},'leads':[{'a':3}]}"))
                .isEmpty());
    }

    void offsetUsesTheTotalWhenTheServerCapsTheLimit()
    {
        const PagingStyle style = PagingStyle::detect(nullptr, url("https://h/c?offset=0&limit=100"));
        const QUrl first = url("https://h/c?offset=0&limit=100");
        const QUrl next = style.nextPage(first, json("{'_metadata':{'total':5},'calls':[{},{}]}"));
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("offset")), QStringLiteral("2"));
        QVERIFY(style
                    .nextPage(
                        url("https://h/c?offset=4&limit=100"), json("{'_metadata':{'total':5},'calls':[{}]}"))
                    .isEmpty());
        // Without a total, a short page is the last one.
        QVERIFY(style.nextPage(first, json("{'calls':[{},{}]}")).isEmpty());
    }

    void pageNumbersCountFromTheFirstPage()
    {
        const PagingStyle style = PagingStyle::detect(nullptr, url("https://h/t?pageNum=0&pageSize=2"));
        const QUrl next
            = style.nextPage(url("https://h/t?pageNum=0&pageSize=2"), json("{'pageData':[{},{}]}"));
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("pageNum")), QStringLiteral("1"));
        QVERIFY(style.nextPage(next, json("{'pageData':[{}]}")).isEmpty());
    }

    void hasMoreFalseEndsAnyStyle()
    {
        const PagingStyle style = PagingStyle::detect(nullptr, url("https://h/s?pageNumber=1&pageSize=1"));
        QVERIFY(
            !style
                 .nextPage(url("https://h/s?pageNumber=1&pageSize=1"), json("{'hasMore':1,'timeLines':[{}]}"))
                 .isEmpty());
        QVERIFY(
            style.nextPage(url("https://h/s?pageNumber=1&pageSize=1"), json("{'hasMore':0,'timeLines':[{}]}"))
                .isEmpty());
        QVERIFY(style
                    .nextPage(url("https://h/s?pageNumber=1&pageSize=1"),
                        json("{'data':{'hasMore':false,'items':[{}]}}"))
                    .isEmpty());
    }

    void currentIdTakesTheLastItemsExactId()
    {
        const PagingStyle style = PagingStyle::detect(nullptr, url("https://h/t?currentId=&limit=2"));
        const QUrl next = style.nextPage(
            url("https://h/t?limit=2"), json("{'texts':[{'id':1},{'id':9007199254740993}]}"));
        QCOMPARE(
            QUrlQuery(next).queryItemValue(QStringLiteral("currentId")), QStringLiteral("9007199254740993"));
        QVERIFY(style.nextPage(next, json("{'texts':[{'id':5}]}")).isEmpty());
    }

    void itemsAreFoundWhereLoftyPutsThem()
    {
        QCOMPARE(
            PagingStyle::itemsOf(json("{'_metadata':{'collection':'leads'},'x':[1],'leads':[1,2]}")).size(),
            2);
        QCOMPARE(PagingStyle::itemsOf(json("{'data':{'total':3,'items':[1,2,3]}}")).size(), 3);
        QCOMPARE(PagingStyle::itemsOf(json("[1]")).size(), 1);
        QVERIFY(!PagingStyle::itemsOf(json("{'a':1}")).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_PagingStyle)
#include "tst_pagingstyle.moc"
