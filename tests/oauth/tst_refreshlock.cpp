#include "oauth/RefreshLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// RefreshLock: exclusive across lock objects (as across processes), waits without blocking the
// event loop, takes over a lock whose holder died, and says so when it cannot lock at all.
class tst_RefreshLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

    QString lockPath() const { return m_folder.filePath(QStringLiteral("locks/one.refresh.lock")); }

private slots:
    void init() { QVERIFY(m_folder.isValid()); }

    void theSecondHolderWaitsForTheFirstToRelease()
    {
        RefreshLock first(lockPath());
        RefreshLock second(lockPath());
        QStringList order;
        first.acquire([&](bool locked) { order << QStringLiteral("first %1").arg(locked); });
        QCOMPARE(order, QStringList {QStringLiteral("first 1")});
        second.acquire([&](bool locked) { order << QStringLiteral("second %1").arg(locked); });
        QTest::qWait(5 * RefreshLock::RetryIntervalMs); // retried meanwhile, still refused
        QCOMPARE(order, QStringList {QStringLiteral("first 1")});
        first.release();
        QTRY_COMPARE(order, (QStringList {QStringLiteral("first 1"), QStringLiteral("second 1")}));
        QVERIFY(second.isHeld());
        QVERIFY(!first.isHeld());
    }

    void theLockFolderIsPrivate()
    {
        RefreshLock lock(lockPath());
        bool held = false;
        lock.acquire([&](bool locked) { held = locked; });
        QVERIFY(held);
        QCOMPARE(QFileInfo(QFileInfo(lockPath()).absolutePath()).permissions() & 0x0077,
            QFileDevice::Permissions());
    }

    // A holder that died (a PID that is not running) leaves a lock file that is taken over.
    void aDeadHoldersLockIsTakenOver()
    {
        QVERIFY(QDir().mkpath(QFileInfo(lockPath()).absolutePath()));
        QFile stale(lockPath());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        // QLockFile's format: PID, application name, host name; PID 2^22+1 is above Linux's pid_max.
        stale.write(
            QByteArrayLiteral("4194305\nlofty-console-cli\n") + QSysInfo::machineHostName().toUtf8() + '\n');
        stale.close();
        RefreshLock lock(lockPath());
        bool called = false;
        bool held = false;
        lock.acquire([&](bool locked) {
            called = true;
            held = locked;
        });
        QTRY_VERIFY(called);
        QVERIFY(held);
    }

    void aLockThatCannotBeCreatedLetsTheRefreshGoOnUnlocked()
    {
        QFile blocker(m_folder.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RefreshLock lock(m_folder.filePath(QStringLiteral("not-a-folder/one.refresh.lock")));
        bool called = false;
        bool held = true;
        lock.acquire([&](bool locked) {
            called = true;
            held = locked;
        });
        QVERIFY(called); // at once, not after the wait limit
        QVERIFY(!held);
    }
};

QTEST_GUILESS_MAIN(tst_RefreshLock)
#include "tst_refreshlock.moc"
