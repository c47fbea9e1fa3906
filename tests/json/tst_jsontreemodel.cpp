#include "TestData.h"
#include "json/JsonReader.h"
#include "json/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private:
    static QByteArray testData(const char* name)
    {
        return readTestData(QStringLiteral("json/") + QLatin1String(name));
    }

    static QString text(const QModelIndex& index, int column)
    {
        return index.siblingAtColumn(column).data().toString();
    }

    static QModelIndex child(const QAbstractItemModel& model, const QModelIndex& parent, const QString& key)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == key)
                return index;
        }
        return {};
    }

private slots:
    void passesTheModelTester_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("leads page") << testData("leads-page.json");
        QTest::newRow("nested arrays") << QByteArray("[1,[2,[3]],{},[]]");
        QTest::newRow("scalar") << QByteArray("7");
    }

    // The tester is attached after setRoot(): Qt 6.4's tester runs its checks (which call
    // fetchMore) from its modelReset slot before it marks the reset finished, so a lazy model
    // that inserts rows in fetchMore cannot be reset while a tester watches it.
    void passesTheModelTester()
    {
        QFETCH(QByteArray, json);
        JsonTreeModel model;
        model.setBatchSize(2);
        model.setRoot(JsonReader::parse(json, nullptr));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QModelIndex> pending = {QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeLast();
            while (model.canFetchMore(parent))
                model.fetchMore(parent);
            for (int row = 0; row < model.rowCount(parent); ++row)
                pending << model.index(row, 0, parent);
        }
    }

    void topLevelRowsAreRootMembersInOrder()
    {
        JsonTreeModel model;
        model.setRoot(JsonReader::parse(testData("ordered-duplicates.json"), nullptr));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QStringList keys;
        for (int row = 0; row < 4; ++row)
            keys << text(model.index(row, 0), JsonTreeModel::KeyColumn);
        QCOMPARE(keys, QStringList({"zeta", "alpha", "mid", "alpha"})); // order and duplicates kept
        QCOMPARE(text(model.index(3, 0), JsonTreeModel::ValueColumn), QStringLiteral("3"));
        QCOMPARE(
            model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
    }

    void numbersShowTheirExactText()
    {
        JsonTreeModel model;
        model.setRoot(JsonReader::parse(testData("leads-page.json"), nullptr));
        const QModelIndex lead = model.index(0, 0, child(model, {}, "leads"));
        const QList<std::pair<QString, QString>> expected = {{"leadId", "9007199254740993"},
            {"assignedUserId", "18446744073709551615"}, {"teamId", "-9223372036854775808"}, {"score", "0.1"}};
        for (const auto& [key, value] : expected) {
            const QModelIndex index = child(model, lead, key);
            QVERIFY2(index.isValid(), qPrintable(key));
            QCOMPARE(text(index, JsonTreeModel::ValueColumn), value);
            QCOMPARE(text(index, JsonTreeModel::TypeColumn), QStringLiteral("Number"));
            QCOMPARE(index.data(JsonTreeModel::RawJsonRole).toByteArray(), value.toLatin1());
        }
        model.setRoot(JsonReader::parse("[1e400]", nullptr));
        QCOMPARE(text(model.index(0, 0), JsonTreeModel::ValueColumn), QStringLiteral("1e400"));
    }

    void valuesAndTypesOfEveryKind()
    {
        JsonTreeModel model;
        model.setRoot(JsonReader::parse(
            "{\"s\":\"caf\\u00e9\",\"b\":true,\"n\":null,\"a\":[1,2],\"o\":{\"x\":1}}", nullptr));
        const QStringList values = {"café", "true", "null", "[2 element(s)]", "{1 member(s)}"};
        const QStringList types = {"String", "Bool", "Null", "Array", "Object"};
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(text(model.index(row, 0), JsonTreeModel::ValueColumn), values[row]);
            QCOMPARE(text(model.index(row, 0), JsonTreeModel::TypeColumn), types[row]);
        }
        QCOMPARE(model.index(3, 0).data(JsonTreeModel::KindRole).toInt(), int(JsonNode::Kind::Array));
        QVERIFY(model.hasChildren(model.index(3, 0)));
        QVERIFY(!model.hasChildren(model.index(0, 0)));
        QCOMPARE(text(model.index(1, 0, model.index(3, 0)), JsonTreeModel::KeyColumn), QStringLiteral("[1]"));
    }

    void parentsResolveAcrossLevels()
    {
        JsonTreeModel model;
        model.setRoot(JsonReader::parse(R"({"a":[{"b":[10,20]}]})", nullptr));
        const QModelIndex a = model.index(0, 0);
        const QModelIndex first = model.index(0, 0, a);
        const QModelIndex b = model.index(0, 0, first);
        const QModelIndex twenty = model.index(1, 2, b);
        QCOMPARE(text(twenty, JsonTreeModel::ValueColumn), QStringLiteral("20"));
        QCOMPARE(twenty.parent(), b);
        QCOMPARE(b.parent(), first);
        QCOMPARE(first.parent(), a);
        QCOMPARE(a.parent(), QModelIndex());
    }

    void pathRoleNamesTheValue()
    {
        JsonTreeModel model;
        model.setRoot(JsonReader::parse("{\"leads\":[{\"leadId\":1}],\"a b\":{\"x\\\"y\":0}}", nullptr));
        const QModelIndex leadId = model.index(0, 1, model.index(0, 0, model.index(0, 0)));
        QCOMPARE(leadId.data(JsonTreeModel::PathRole).toString(), QStringLiteral("$.leads[0].leadId"));
        const QModelIndex odd = model.index(0, 0, model.index(1, 0));
        QCOMPARE(model.pathOf(odd), QStringLiteral("$[\"a b\"][\"x\\\"y\"]"));
    }

    void scalarRootIsOneRow()
    {
        JsonTreeModel model;
        model.setRoot(JsonReader::parse("18446744073709551615", nullptr));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model.index(0, 0), JsonTreeModel::KeyColumn), QStringLiteral("(root)"));
        QCOMPARE(text(model.index(0, 0), JsonTreeModel::ValueColumn), QStringLiteral("18446744073709551615"));
        QCOMPARE(model.index(0, 0).parent(), QModelIndex());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void hugeArraysArriveInBatches()
    {
        QByteArray json = "[";
        for (int i = 0; i < 2500; ++i)
            json += QByteArray::number(Q_INT64_C(9007199254740993) + i) + ',';
        json.back() = ']';
        JsonTreeModel model;
        model.setRoot(JsonReader::parse(json, nullptr));
        QCOMPARE(model.rowCount(), JsonTreeModel::DefaultBatchSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2000);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2000);
        QCOMPARE(inserted.at(1).at(2).toInt(), 2499);
        QCOMPARE(text(model.index(2499, 0), JsonTreeModel::ValueColumn), QStringLiteral("9007199254743492"));
    }

    void longStringsAreCutForDisplayOnly()
    {
        JsonTreeModel model;
        const QByteArray longText(JsonTreeModel::MaxDisplayLength * 2, 'x');
        model.setRoot(JsonReader::parse("[\"" + longText + "\"]", nullptr));
        QCOMPARE(
            text(model.index(0, 0), JsonTreeModel::ValueColumn).size(), JsonTreeModel::MaxDisplayLength + 1);
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString().size(), longText.size());
        QCOMPARE(model.index(0, 1).data(JsonTreeModel::RawJsonRole).toByteArray(), '"' + longText + '"');
    }

    void emptyModelHasNoRows()
    {
        JsonTreeModel model;
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasChildren());
        QVERIFY(!model.index(0, 0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
