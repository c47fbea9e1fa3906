#include "widgets/RateMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

class tst_RateMeter : public QObject
{
    Q_OBJECT

private slots:
    void startsWithNoKnownLimit();
    void showsUsedOfLimit();
    void clampsUsageIntoLimit();
    void tooltipTellsTimeToReset();
    void signalsEveryChange();
};

void tst_RateMeter::startsWithNoKnownLimit()
{
    RateMeter meter;
    QCOMPARE(meter.limit(), 0);
    QCOMPARE(meter.findChild<QProgressBar*>()->value(), 0);
    QVERIFY(!meter.findChild<QLabel*>()->text().isEmpty());
}

void tst_RateMeter::showsUsedOfLimit()
{
    RateMeter meter;
    meter.setUsage(42, 100, 30);
    QCOMPARE(
        meter.findChild<QLabel*>(QStringLiteral("rateMeterText"))->text(), QStringLiteral("Rate: 42/100"));
    auto* bar = meter.findChild<QProgressBar*>(QStringLiteral("rateMeterBar"));
    QCOMPARE(bar->maximum(), 100);
    QCOMPARE(bar->value(), 42);
}

void tst_RateMeter::clampsUsageIntoLimit()
{
    RateMeter meter;
    meter.setUsage(130, 100, 5);
    QCOMPARE(meter.used(), 100);
    meter.setUsage(-3, 100, 5);
    QCOMPARE(meter.used(), 0);
}

void tst_RateMeter::tooltipTellsTimeToReset()
{
    RateMeter meter;
    meter.setUsage(7, 500, 12);
    QVERIFY(meter.toolTip().contains(QStringLiteral("12 second")));
    QCOMPARE(meter.accessibleDescription(), meter.toolTip());
}

void tst_RateMeter::signalsEveryChange()
{
    RateMeter meter;
    QSignalSpy changed(&meter, &RateMeter::usageChanged);
    meter.setUsage(1, 100, 60);
    meter.setUsage(2, 100, 59);
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(tst_RateMeter)
#include "tst_ratemeter.moc"
