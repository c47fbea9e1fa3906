#include "collections/CollectionFiles.h"
#include "collections/CollectionStore.h"
#include "collections/CollectionWatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// CollectionWatcher (debounced, re-armed after atomic replaces, hidden folders left out) and the
// refusals of CollectionFiles.
class tst_CollectionWatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;

    bool save(const QString& relative, const QString& name)
    {
        CollectionRequest request;
        request.name = name;
        request.url = QStringLiteral("/v1.0/me");
        QString error;
        return CollectionStore::saveRequest(m_root, relative, request, &error);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->filePath(QStringLiteral("crm"));
        QString error;
        QVERIFY(CollectionStore::create(m_root, QStringLiteral("CRM"), &error));
        QVERIFY(save(QStringLiteral("01-me.json"), QStringLiteral("Me")));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/.git/objects")));
    }

    void cleanup() { m_dir.reset(); }

    void watchesFoldersAndRequestFilesButNotHiddenOnes()
    {
        CollectionWatcher watcher;
        watcher.watch(m_root);
        QStringList watched = watcher.watchedPaths();
        watched.sort();
        QCOMPARE(watched,
            QStringList({m_root, m_root + QStringLiteral("/01-me.json"),
                m_root + QStringLiteral("/collection.json")}));
        watcher.watch(QString());
        QCOMPARE(watcher.watchedPaths(), QStringList());
    }

    void aBurstOfChangesIsOneSignal()
    {
        CollectionWatcher watcher;
        watcher.setQuietInterval(300);
        watcher.watch(m_root);
        QSignalSpy changed(&watcher, &CollectionWatcher::changed);
        QVERIFY(save(QStringLiteral("02-a.json"), QStringLiteral("A")));
        QVERIFY(save(QStringLiteral("03-b.json"), QStringLiteral("B")));
        QVERIFY(save(QStringLiteral("01-me.json"), QStringLiteral("Me again")));
        QVERIFY(changed.wait(5000));
        QTest::qWait(600); // nothing more comes for the same burst
        QCOMPARE(changed.count(), 1);
    }

    void atomicReplacesAndNewFoldersKeepBeingSeen()
    {
        CollectionWatcher watcher;
        watcher.setQuietInterval(50);
        watcher.watch(m_root);
        QSignalSpy changed(&watcher, &CollectionWatcher::changed);
        for (int round = 1; round <= 3; ++round) {
            QVERIFY(save(QStringLiteral("01-me.json"), QStringLiteral("Me %1").arg(round))); // rename over
            QTRY_COMPARE(changed.count(), round);
        }
        QVERIFY(save(QStringLiteral("leads/01-list.json"), QStringLiteral("List")));
        QTRY_COMPARE(changed.count(), 4);
        QTRY_VERIFY(watcher.watchedPaths().contains(m_root + QStringLiteral("/leads/01-list.json")));
        QVERIFY(save(QStringLiteral("leads/01-list.json"), QStringLiteral("List 2")));
        QTRY_COMPARE(changed.count(), 5);
    }

    void fileOperationsRefusePathsOutsideTheRequests()
    {
        QString moved;
        QString error;
        QVERIFY(!CollectionFiles::move(
            m_root, QStringLiteral("01-me.json"), QStringLiteral("../elsewhere"), &moved, &error));
        QCOMPARE(error, QStringLiteral("\"../elsewhere\" is not a folder name inside the collection."));
        QVERIFY(!CollectionFiles::move(
            m_root, QStringLiteral("01-me.json"), QStringLiteral("environments"), &moved, &error));
        QCOMPARE(error, QStringLiteral("\"environments\" is not a folder name inside the collection."));
        QVERIFY(!CollectionFiles::remove(m_root, QStringLiteral("collection.json"), &error));
        QCOMPARE(error, QStringLiteral("\"collection.json\" is not a request file of the collection."));
        QVERIFY(QFile::exists(m_root + QStringLiteral("/collection.json")));
        QVERIFY(!CollectionFiles::rename(
            m_root, QStringLiteral("01-me.json"), QStringLiteral("  "), &moved, &error));
        QCOMPARE(error, QStringLiteral("A request needs a name."));
        QVERIFY(save(QStringLiteral("sub/01-me.json"), QStringLiteral("Other")));
        QVERIFY(!CollectionFiles::move(
            m_root, QStringLiteral("01-me.json"), QStringLiteral("sub"), &moved, &error));
        QCOMPARE(error, QStringLiteral("sub/01-me.json already exists; rename one of the two first."));
        QVERIFY(QFile::exists(m_root + QStringLiteral("/01-me.json")));
    }
};

QTEST_MAIN(tst_CollectionWatcher)
#include "tst_collectionwatcher.moc"
