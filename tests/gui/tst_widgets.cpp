// The reusable widgets of app/widgets: JsonView, ExpiryBar, FlowTimeline, KeyValueTable.
#include "ManualClock.h"
#include "widgets/ExpiryBar.h"
#include "widgets/FlowTimeline.h"
#include "widgets/JsonView.h"
#include "widgets/KeyValueTable.h"
#include "json/JsonTreeModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

class tst_Widgets : public QObject
{
    Q_OBJECT

private slots:
    void jsonViewKeepsIdsBeyond2To53Exact();
    void jsonViewPrettyTextKeepsNumbersVerbatim();
    void jsonViewShowsParseErrorForNonJson();
    void jsonViewLoadsBigBodyOffTheGuiThread();
    void jsonViewFillsTextTabsOnlyWhenShown();
    void jsonViewCapsLongTextAndSaysSo();
    void expiryBarCountsDown();
    void expiryBarSaysExpiredInWords();
    void expiryBarWithoutExpirySaysSo();
    void flowTimelineShowsFailureAsText();
    void keyValueTableRoundTripsPairsAndSkipsEmptyNames();
    void keyValueTableRemoveButtonRemovesSelectedRow();
    void keyValueTableReadOnlyHasNoButtonsAndNoEditing();
};

void tst_Widgets::jsonViewKeepsIdsBeyond2To53Exact()
{
    JsonView view;
    QSignalSpy loaded(&view, &JsonView::loaded);
    view.setJson(R"({"leads":[{"id":9007199254740993,"name":"A"}]})");
    QVERIFY(view.isLoading());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!view.isLoading());
    JsonTreeModel* model = view.model();
    const QModelIndex leads = model->index(0, JsonTreeModel::KeyColumn);
    const QModelIndex first = model->index(0, 0, leads);
    const QModelIndex id = model->index(0, JsonTreeModel::ValueColumn, first);
    QCOMPARE(id.data().toString(), QStringLiteral("9007199254740993"));
}

void tst_Widgets::jsonViewPrettyTextKeepsNumbersVerbatim()
{
    JsonView view;
    QSignalSpy loaded(&view, &JsonView::loaded);
    view.setJson(R"({"id":12345678901234567890,"x":0.1})");
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(view.prettyText().contains(QStringLiteral("12345678901234567890")));
    QVERIFY(view.prettyText().contains(QLatin1Char('\n')));
}

void tst_Widgets::jsonViewShowsParseErrorForNonJson()
{
    JsonView view;
    QSignalSpy loaded(&view, &JsonView::loaded);
    view.setJson("<html>Bad Gateway</html>");
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!view.parseError().isEmpty());
    auto* status = view.findChild<QLabel*>(QStringLiteral("jsonStatus"));
    QVERIFY(status->text().contains(view.parseError()));
    QCOMPARE(view.rawJson(), QByteArray("<html>Bad Gateway</html>"));
}

void tst_Widgets::jsonViewLoadsBigBodyOffTheGuiThread()
{
    QByteArray big = "[";
    for (int i = 0; i < 200000; ++i)
        big += "{\"id\":" + QByteArray::number(9007199254740993LL + i) + ",\"n\":\"x\"},";
    big.chop(1);
    big += "]";
    JsonView view;
    QSignalSpy loaded(&view, &JsonView::loaded);
    view.setJson(big);
    // setJson() returns before the parse is done: the busy indicator shows meanwhile.
    QVERIFY(view.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QVERIFY(view.model()->rowCount() > 0);
}

void tst_Widgets::jsonViewFillsTextTabsOnlyWhenShown()
{
    JsonView view;
    QSignalSpy loaded(&view, &JsonView::loaded);
    const QByteArray body = R"({"id":9007199254740993})";
    view.setJson(body);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(view.shownRawText().isEmpty());
    QVERIFY(view.shownPrettyText().isEmpty());
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("jsonTabs"));
    tabs->setCurrentIndex(2);
    QCOMPARE(view.shownRawText(), QString::fromUtf8(body));
    tabs->setCurrentIndex(1);
    QCOMPARE(view.shownPrettyText(), view.prettyText());
    QVERIFY(view.shownPrettyText().contains(QStringLiteral("9007199254740993")));
}

void tst_Widgets::jsonViewCapsLongTextAndSaysSo()
{
    QByteArray big = "[";
    while (big.size() < 2 * JsonView::MaxTextBytes)
        big += "{\"id\":9007199254740993,\"n\":\"\xc3\xa9t\xc3\xa9\"},";
    big.chop(1);
    big += "]";
    JsonView view;
    QSignalSpy loaded(&view, &JsonView::loaded);
    view.setJson(big);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("jsonTabs"));
    tabs->setCurrentIndex(2);
    const QByteArray shown = view.shownRawText().toUtf8();
    QVERIFY(shown.size() <= JsonView::MaxTextBytes);
    QVERIFY(big.startsWith(shown)); // cut between characters, never inside one
    auto* note = view.findChild<QWidget*>(QStringLiteral("jsonRawNote"));
    QVERIFY(note && !note->isHidden());
    QVERIFY(note->findChild<QLabel*>()->text().contains(QStringLiteral("MiB")));
    QCOMPARE(view.rawJson(), big); // the whole body stays available to Save… and Copy all
}

void tst_Widgets::expiryBarCountsDown()
{
    ManualClock clock;
    ExpiryBar bar;
    bar.setClock(&clock);
    bar.setTimes(clock.nowUtc(), clock.nowUtc().addSecs(3600));
    QCOMPARE(bar.secondsLeft(), 3600);
    QVERIFY(bar.text().contains(QStringLiteral("1:00:00")));
    clock.advance(48);
    bar.refresh();
    QCOMPARE(bar.secondsLeft(), 3552);
    QVERIFY(bar.text().contains(QStringLiteral("59:12")));
    QVERIFY(!bar.isExpired());
}

void tst_Widgets::expiryBarSaysExpiredInWords()
{
    ManualClock clock;
    ExpiryBar bar;
    bar.setClock(&clock);
    QSignalSpy expired(&bar, &ExpiryBar::expired);
    bar.setTimes(clock.nowUtc(), clock.nowUtc().addSecs(60));
    clock.advance(180);
    bar.refresh();
    QVERIFY(bar.isExpired());
    QVERIFY(bar.text().contains(QStringLiteral("Expired")));
    QCOMPARE(expired.count(), 1);
}

void tst_Widgets::expiryBarWithoutExpirySaysSo()
{
    ExpiryBar bar;
    bar.setTimes(QDateTime::currentDateTimeUtc(), QDateTime());
    QVERIFY(bar.text().contains(QStringLiteral("Does not expire")));
    QVERIFY(!bar.isExpired());
}

void tst_Widgets::flowTimelineShowsFailureAsText()
{
    FlowTimeline timeline;
    timeline.addStep(
        FlowStep::make(FlowStep::Kind::Started, QStringLiteral("Started"), QStringLiteral("PKCE"), nullptr));
    timeline.addStep(FlowStep::make(FlowStep::Kind::CallbackRefused, QStringLiteral("State mismatch"),
        QStringLiteral("state=abc"), nullptr, true));
    QCOMPARE(timeline.stepCount(), 2);
    QVERIFY(!timeline.stepIsFailure(0));
    QVERIFY(timeline.stepIsFailure(1));
    QVERIFY(timeline.stepText(1, FlowTimeline::StepColumn).startsWith(QStringLiteral("Failed")));
    QCOMPARE(timeline.stepText(1, FlowTimeline::DetailColumn), QStringLiteral("state=abc"));
}

void tst_Widgets::keyValueTableRoundTripsPairsAndSkipsEmptyNames()
{
    KeyValueTable table;
    table.setPairs({{"Accept", "application/json"}, {"", "ignored"}, {"X-Trace", "1"}});
    QCOMPARE(table.rowCount(), 3);
    const KeyValueTable::Pairs expected {{"Accept", "application/json"}, {"X-Trace", "1"}};
    QCOMPARE(table.pairs(), expected);
}

void tst_Widgets::keyValueTableRemoveButtonRemovesSelectedRow()
{
    KeyValueTable table;
    table.setPairs({{"A", "1"}, {"B", "2"}});
    table.table()->selectRow(0);
    table.findChild<QPushButton*>(QStringLiteral("keyValueRemove"))->click();
    const KeyValueTable::Pairs expected {{"B", "2"}};
    QCOMPARE(table.pairs(), expected);
}

void tst_Widgets::keyValueTableReadOnlyHasNoButtonsAndNoEditing()
{
    KeyValueTable table;
    table.setPairs({{"Content-Type", "application/json"}});
    table.setReadOnly(true);
    table.setPairs({{"Content-Type", "application/json"}, {"X-Trace", "1"}});
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QVERIFY(!table.findChild<QPushButton*>(QStringLiteral("keyValueAdd"))->isVisible());
    QVERIFY(!table.findChild<QPushButton*>(QStringLiteral("keyValueRemove"))->isVisible());
    QCOMPARE(table.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 2; ++column)
            QVERIFY(!(table.table()->item(row, column)->flags() & Qt::ItemIsEditable));
    }
    // Typing on a selected cell changes nothing.
    table.table()->setCurrentCell(1, 1);
    table.table()->setFocus();
    QTest::keyClicks(table.table(), QStringLiteral("zz"));
    QTest::keyClick(table.table(), Qt::Key_F2);
    QVERIFY(table.table()->findChildren<QLineEdit*>().isEmpty()); // no cell editor opened
    const KeyValueTable::Pairs expected {{"Content-Type", "application/json"}, {"X-Trace", "1"}};
    QCOMPARE(table.pairs(), expected);

    table.setReadOnly(false);
    QVERIFY(table.findChild<QPushButton*>(QStringLiteral("keyValueAdd"))->isVisible());
    QVERIFY(table.table()->item(0, 0)->flags() & Qt::ItemIsEditable);
}

QTEST_MAIN(tst_Widgets)
#include "tst_widgets.moc"
