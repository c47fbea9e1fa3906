#include "collections/CollectionStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

CollectionRequest requestNamed(const QString& name, const QString& url)
{
    CollectionRequest request;
    request.name = name;
    request.url = url;
    return request;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CollectionStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    int m_count = 0;

private slots:
    void init()
    {
        m_root = m_dir.path() + QStringLiteral("/c%1").arg(++m_count);
        QString error;
        QVERIFY2(CollectionStore::create(m_root, QStringLiteral("Leads"), &error), qPrintable(error));
    }

    void loadsRequestsInFileNameOrderAcrossFolders()
    {
        QString error;
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("02-note.json"),
            requestNamed(QStringLiteral("Note"), QStringLiteral("/v1.0/notes")), &error));
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("01-create.json"),
            requestNamed(QStringLiteral("Create"), QStringLiteral("/v1.0/leads")), &error));
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("03-paging/01-all.json"),
            requestNamed(QStringLiteral("All"), QStringLiteral("/v1.0/leads")), &error));
        Collection collection;
        QString relative;
        QVERIFY2(CollectionStore::load(m_root, &collection, &relative, &error), qPrintable(error));
        QCOMPARE(collection.name, QStringLiteral("Leads"));
        QCOMPARE(relative, QString());
        QStringList order;
        for (const auto& item : std::as_const(collection.items))
            order << item.relativePath;
        QCOMPARE(order,
            QStringList({QStringLiteral("01-create.json"), QStringLiteral("02-note.json"),
                QStringLiteral("03-paging/01-all.json")}));
        QCOMPARE(collection.problems, QStringList());
    }

    void aSubfolderSelectsItsRequests()
    {
        QString error;
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("a.json"),
            requestNamed(QStringLiteral("A"), QStringLiteral("/a")), &error));
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("sub/b.json"),
            requestNamed(QStringLiteral("B"), QStringLiteral("/b")), &error));
        Collection collection;
        QString relative;
        QVERIFY(CollectionStore::load(m_root + QStringLiteral("/sub"), &collection, &relative, &error));
        QCOMPARE(collection.rootPath, QDir(m_root).absolutePath());
        QCOMPARE(relative, QStringLiteral("sub"));
        const auto items = collection.itemsUnder(relative);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().request.name, QStringLiteral("B"));
        QVERIFY(CollectionStore::load(m_root + QStringLiteral("/a.json"), &collection, &relative, &error));
        QCOMPARE(collection.itemsUnder(relative).constFirst().request.name, QStringLiteral("A"));
    }

    void brokenFilesAreReportedNotFatal()
    {
        QFile broken(m_root + QStringLiteral("/bad.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"lofty-console-request\": 1, \"method\": \"GET\"}");
        broken.close();
        Collection collection;
        QString error;
        QVERIFY(CollectionStore::load(m_root, &collection, nullptr, &error));
        QCOMPARE(collection.items.size(), 0);
        QCOMPARE(collection.problems.size(), 1);
        QVERIFY2(collection.problems.constFirst().startsWith(QStringLiteral("bad.json: ")),
            qPrintable(collection.problems.constFirst()));
    }

    void filesArePrivate()
    {
        QString error;
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("f/x.json"),
            requestNamed(QStringLiteral("X"), QStringLiteral("/x")), &error));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        const auto file = QFile::permissions(m_root + QStringLiteral("/f/x.json"));
        QCOMPARE(file & others, QFileDevice::Permissions());
        QCOMPARE(file & QFileDevice::ExeOwner, QFileDevice::Permissions());
        const auto folder = QFile::permissions(m_root + QStringLiteral("/f"));
        QCOMPARE(folder & others, QFileDevice::Permissions());
        QVERIFY(folder.testFlag(QFileDevice::ExeOwner));
    }

    void refusesSecretsAndUnsafePaths()
    {
        CollectionRequest request = requestNamed(QStringLiteral("S"), QStringLiteral("/v1.0/me"));
        request.headers = {{QStringLiteral("X-Api-Key"), QStringLiteral("live-key-1")}};
        QString error;
        QVERIFY(!CollectionStore::saveRequest(m_root, QStringLiteral("s.json"), request, &error));
        QVERIFY2(error.contains(QStringLiteral("X-Api-Key")), qPrintable(error));
        QVERIFY(!QFile::exists(m_root + QStringLiteral("/s.json")));
        const CollectionRequest plain = requestNamed(QStringLiteral("P"), QStringLiteral("/p"));
        for (const char* bad :
            {"../out.json", "/tmp/abs.json", "x.txt", "environments/e.json", "collection.json"}) {
            QVERIFY2(!CollectionStore::saveRequest(m_root, QString::fromUtf8(bad), plain, &error), bad);
            QVERIFY2(error.contains(QStringLiteral("not a request file name")), qPrintable(error));
        }
    }

    void environmentsKeepSecretNamesOnly()
    {
        CollectionEnvironment environment;
        environment.name = QStringLiteral("sandbox");
        environment.variables = {{QStringLiteral("firstName"), QStringLiteral("Ann")}};
        environment.secretVariables = {QStringLiteral("partnerKey")};
        QString error;
        QVERIFY2(CollectionStore::saveEnvironment(m_root, environment, &error), qPrintable(error));
        QCOMPARE(CollectionStore::environmentNames(m_root), QStringList({QStringLiteral("sandbox")}));
        CollectionEnvironment loaded;
        QVERIFY2(CollectionStore::loadEnvironment(m_root, QStringLiteral("sandbox"), &loaded, &error),
            qPrintable(error));
        QCOMPARE(loaded.variables, environment.variables);
        QCOMPARE(loaded.secretVariables, environment.secretVariables);
        QVERIFY(!CollectionStore::loadEnvironment(m_root, QStringLiteral("prod"), &loaded, &error));
        QVERIFY2(error.contains(QStringLiteral("it has: sandbox")), qPrintable(error));
        environment.name = QStringLiteral("../x");
        QVERIFY(!CollectionStore::saveEnvironment(m_root, environment, &error));
        // Environments are not requests.
        Collection collection;
        QVERIFY(CollectionStore::load(m_root, &collection, nullptr, &error));
        QCOMPARE(collection.items.size(), 0);
        QCOMPARE(collection.problems, QStringList());
    }

    void noMachinePathInAnyFile()
    {
        QString error;
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("a.json"),
            requestNamed(QStringLiteral("A"), QStringLiteral("/v1.0/me")), &error));
        for (const char* file : {"/a.json", "/collection.json"})
            QVERIFY(!readAll(m_root + QString::fromUtf8(file)).contains(m_dir.path().toUtf8()));
    }

    void outsideACollectionIsAnError()
    {
        Collection collection;
        QString error;
        QVERIFY(!CollectionStore::load(QDir::rootPath(), &collection, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("not inside a collection")), qPrintable(error));
        QVERIFY(!CollectionStore::load(m_root + QStringLiteral("/none"), &collection, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!CollectionStore::create(m_root, QStringLiteral("again"), &error));
    }

    void fileNamesFromRequestNames()
    {
        QCOMPARE(CollectionStore::fileNameFor(QStringLiteral("Create lead (v1)")),
            QStringLiteral("create-lead-v1.json"));
        QCOMPARE(CollectionStore::fileNameFor(QStringLiteral("***")), QStringLiteral("request.json"));
    }
};

QTEST_GUILESS_MAIN(tst_CollectionStore)
#include "tst_collectionstore.moc"
