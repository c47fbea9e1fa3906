#include "json/JsonLoader.h"

#include <QSignalSpy>
#include <QTest>

class TestJsonLoader : public QObject
{
    Q_OBJECT

private:
    static QByteArray bigArray(int elements)
    {
        QByteArray json = "[";
        json.reserve(elements * 60);
        for (int i = 0; i < elements; ++i)
            json += R"({"leadId":9007199254740993,"name":"Jamie Rivera","score":0.1},)";
        json.back() = ']';
        return json;
    }

private slots:
    void emitsLoadedWithTheDocument()
    {
        JsonLoader loader;
        QSignalSpy loaded(&loader, &JsonLoader::loaded);
        QSignalSpy failed(&loader, &JsonLoader::failed);
        loader.load(R"({"id":18446744073709551615})");
        QVERIFY(loader.isBusy());
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!loader.isBusy());
        const auto document = loaded.first().first().value<std::shared_ptr<const JsonDocumentData>>();
        QVERIFY(document);
        QCOMPARE(document->root().value(u"id").numberText(), QByteArray("18446744073709551615"));
    }

    void emitsFailedWithPosition()
    {
        JsonLoader loader;
        QSignalSpy loaded(&loader, &JsonLoader::loaded);
        QSignalSpy failed(&loader, &JsonLoader::failed);
        loader.load("{\n  \"a\": 01\n}");
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(loaded.count(), 0);
        QVERIFY2(failed.first().first().toString().startsWith("line 2, column 9: "),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(loader.lastError().line, 2);
    }

    void deepNestingFailsInsteadOfCrashing()
    {
        JsonLoader loader;
        QSignalSpy failed(&loader, &JsonLoader::failed);
        loader.load(QByteArray(100000, '['));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("nesting"));
    }

    void newLoadReplacesTheRunningOne()
    {
        JsonLoader loader;
        QSignalSpy loaded(&loader, &JsonLoader::loaded);
        QSignalSpy failed(&loader, &JsonLoader::failed);
        loader.load(bigArray(200000));
        loader.load("[42]");
        QTRY_COMPARE(loaded.count(), 1);
        const auto document = loaded.first().first().value<std::shared_ptr<const JsonDocumentData>>();
        QCOMPARE(document->root().at(0).numberText(), QByteArray("42"));
        QCOMPARE(failed.count(), 0);
    }

    void cancelledLoadDeliversNothing()
    {
        JsonLoader loader;
        QSignalSpy loaded(&loader, &JsonLoader::loaded);
        QSignalSpy failed(&loader, &JsonLoader::failed);
        loader.load(bigArray(200000));
        loader.cancel();
        QVERIFY(!loader.isBusy());
        loader.load("{\"after\":true}"); // the marker: its result comes after the cancelled one's
        QTRY_COMPARE(loaded.count(), 1);
        const auto document = loaded.first().first().value<std::shared_ptr<const JsonDocumentData>>();
        QVERIFY(document->root().value(u"after").toBool());
        QCOMPARE(failed.count(), 0);
    }

    void destroyingWhileBusyIsSafe()
    {
        auto* loader = new JsonLoader;
        loader->load(bigArray(200000));
        delete loader; // cancels and waits for the worker
        QCoreApplication::processEvents();
    }

    void largeDocumentLoads()
    {
        JsonLoader loader;
        QSignalSpy loaded(&loader, &JsonLoader::loaded);
        loader.load(bigArray(100000));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto document = loaded.first().first().value<std::shared_ptr<const JsonDocumentData>>();
        QCOMPARE(document->root().size(), 100000);
        QCOMPARE(document->root().at(99999).value(u"leadId").numberText(), QByteArray("9007199254740993"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLoader)
#include "tst_jsonloader.moc"
