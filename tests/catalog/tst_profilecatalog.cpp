// ProfileCatalog: the catalog the active profile uses, kept per profile, and the signal that
// tells the panels when it is another one (switching profile, applying, resetting, the CLI).
#include "PrivateHome.h"
#include "catalog/CatalogUpdate.h"
#include "catalog/ProfileCatalog.h"
#include "catalog/ProfileCatalogStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray testFile(const QString& relative)
{
    QFile file(qEnvironmentVariable("LOFTY_TEST_DATA") + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

CatalogUpdate petsUpdate()
{
    QString error;
    CatalogUpdate update = CatalogUpdate::fromDocument(
        testFile(QStringLiteral("catalog/two-operations.openapi.json")), EndpointCatalog::builtIn(), &error);
    if (!update.isValid())
        qFatal("the pets document does not import: %s", qPrintable(error));
    return update;
}

QStringList ids(const EndpointCatalog& catalog)
{
    QStringList result;
    for (const CatalogEndpoint& endpoint : catalog.endpoints())
        result << endpoint.id;
    return result;
}

} // namespace

class TestProfileCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // The store lives under AppDataLocation: a private folder per test.
        m_home = std::make_unique<PrivateHome>(); // where the kept catalogs go
        QVERIFY(m_home->isValid());
        m_home->applyToThisProcess();
    }

    void startsWithTheBuiltInCatalog()
    {
        ProfileCatalog catalog;
        QSignalSpy changed(&catalog, &ProfileCatalog::catalogChanged);
        catalog.setProfileId(QStringLiteral("plain"));
        QCOMPARE(&catalog.catalog(), &EndpointCatalog::builtIn());
        QVERIFY(!catalog.isImported());
        QCOMPARE(changed.count(), 0);
    }

    void updateDiffIsAgainstTheCurrentCatalog()
    {
        const CatalogUpdate update = petsUpdate();
        QCOMPARE(ids(update.catalog),
            QStringList({QStringLiteral("pets.listPets"), QStringLiteral("pets.deletePet")}));
        QCOMPARE(update.diff.added.size(), 2);
        QCOMPARE(update.diff.removed.size(), EndpointCatalog::builtIn().endpoints().size());
        QCOMPARE(update.diff.changed.size(), 0);
        // Lofty's grantable APIs are not another API's: its tags are its APIs.
        QCOMPARE(update.catalog.apis(), QStringList({QStringLiteral("Pets")}));
    }

    void applyKeepsTheCatalogPerProfile()
    {
        ProfileCatalog catalog;
        catalog.setProfileId(QStringLiteral("first"));
        QSignalSpy changed(&catalog, &ProfileCatalog::catalogChanged);
        QString error;
        QVERIFY2(catalog.apply(petsUpdate(), &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(catalog.isImported());
        QCOMPARE(ids(catalog.catalog()),
            QStringList({QStringLiteral("pets.listPets"), QStringLiteral("pets.deletePet")}));

        const QFileInfo kept(ProfileCatalogStore().pathFor(QStringLiteral("first")));
        constexpr int OwnerGroupOther = 0x7077; // QFileDevice::Permission bits without "user"
        QCOMPARE(
            int(kept.permissions()) & OwnerGroupOther, int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(int(QFileInfo(kept.absolutePath()).permissions()) & OwnerGroupOther,
            int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        catalog.setProfileId(QStringLiteral("second")); // another profile: its own (built-in) catalog
        QCOMPARE(changed.count(), 2);
        QCOMPARE(&catalog.catalog(), &EndpointCatalog::builtIn());
        catalog.setProfileId(QStringLiteral("first"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(catalog.catalog().endpoints().size(), 2);
    }

    void unusableUpdateChangesNothing()
    {
        ProfileCatalog catalog;
        catalog.setProfileId(QStringLiteral("careful"));
        QSignalSpy changed(&catalog, &ProfileCatalog::catalogChanged);
        QString error;
        const CatalogUpdate update = CatalogUpdate::fromDocument(
            testFile(QStringLiteral("catalog/truncated.openapi.json")), catalog.catalog(), &error);
        QVERIFY(!update.isValid());
        QCOMPARE(error,
            QStringLiteral("The document is not valid JSON: line 3, column 1: unterminated object: expected "
                           "',' or '}'"));
        QVERIFY(!catalog.apply(update, &error));
        QCOMPARE(error, QStringLiteral("There is no usable catalog to keep."));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(&catalog.catalog(), &EndpointCatalog::builtIn());
        QVERIFY(!QFile::exists(ProfileCatalogStore().pathFor(QStringLiteral("careful"))));
    }

    void resetGoesBackToTheBuiltInCatalog()
    {
        ProfileCatalog catalog;
        catalog.setProfileId(QStringLiteral("resettable"));
        QString error;
        QVERIFY(catalog.apply(petsUpdate(), &error));
        QSignalSpy changed(&catalog, &ProfileCatalog::catalogChanged);
        QVERIFY(catalog.resetToBuiltIn(&error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(&catalog.catalog(), &EndpointCatalog::builtIn());
        QVERIFY(!QFile::exists(ProfileCatalogStore().pathFor(QStringLiteral("resettable"))));
    }

    // `lofty-console-cli catalog update` writes the same file; reload() picks it up.
    void reloadSeesWhatAnotherProcessKept()
    {
        ProfileCatalog catalog;
        catalog.setProfileId(QStringLiteral("shared"));
        QSignalSpy changed(&catalog, &ProfileCatalog::catalogChanged);
        QString error;
        QVERIFY(ProfileCatalogStore().save(QStringLiteral("shared"), petsUpdate().catalogJson, &error));
        QCOMPARE(changed.count(), 0);
        catalog.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(catalog.catalog().endpoints().size(), 2);
    }

private:
    std::unique_ptr<PrivateHome> m_home;
};

QTEST_GUILESS_MAIN(TestProfileCatalog)
#include "tst_profilecatalog.moc"
