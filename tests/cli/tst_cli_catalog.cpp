// `lofty-console-cli catalog list|update` as a real process: the Lofty profile lists every
// operation of Lofty's API; an update from a file changes the profile's list and is kept in a
// private file; a malformed document exits with the usage status and changes nothing.
#include "CliTestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
// Exit statuses as documented in `lofty-console-cli --help` and README.md.
constexpr int ExitOk = 0;
constexpr int ExitUsage = 2;
} // namespace

class TestCliCatalog : public QObject
{
    Q_OBJECT

private:
    CliTestEnvironment m_env;

    QJsonArray listJson(const QString& profile)
    {
        const CliRun run = m_env.run({QStringLiteral("catalog"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("--profile"), profile});
        if (run.exitCode != ExitOk)
            qWarning().noquote() << run.describe();
        return QJsonDocument::fromJson(run.out).array();
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_env.root() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    QString catalogFolder() const
    {
        return QFileInfo(m_env.historyFolder()).absolutePath() + QStringLiteral("/catalogs");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliTestEnvironment::program()), qPrintable(CliTestEnvironment::program()));
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
    }

    void listsEveryLoftyOperation()
    {
        const QJsonArray operations = listJson(QStringLiteral("lofty"));
        QVERIFY(operations.size() >= 123);
        bool found = false;
        for (const QJsonValue& value : operations) {
            const QJsonObject operation = value.toObject();
            if (operation.value(QLatin1String("method")).toString() == QLatin1String("DELETE")
                && operation.value(QLatin1String("path")).toString()
                    == QLatin1String("/v1.0/leads/{leadId}")) {
                QCOMPARE(operation.value(QLatin1String("api")).toString(), QStringLiteral("Leads"));
                QCOMPARE(operation.value(QLatin1String("summary")).toString(), QStringLiteral("Delete Lead"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void updateFromAFileChangesTheList()
    {
        QFile document(qEnvironmentVariable("LOFTY_SOURCE_DIR")
            + QStringLiteral("/tests/data/catalog/two-operations.openapi.json"));
        QVERIFY(document.open(QIODevice::ReadOnly));
        const QString path = writeFile(QStringLiteral("pets.json"), document.readAll());
        const CliRun run = m_env.run({QStringLiteral("catalog"), QStringLiteral("update"), path,
            QStringLiteral("--profile"), QStringLiteral("sandbox")});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QLatin1String("2 added")), qPrintable(run.errText()));
        const QJsonArray operations = listJson(QStringLiteral("sandbox"));
        QCOMPARE(operations.size(), 2);
        QCOMPARE(
            operations.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/v1/pets"));
        QCOMPARE(operations.at(0).toObject().value(QLatin1String("api")).toString(), QStringLiteral("Pets"));
        QCOMPARE(
            operations.at(1).toObject().value(QLatin1String("method")).toString(), QStringLiteral("DELETE"));
        QCOMPARE(listJson(QStringLiteral("lofty")).size(), 123); // other profiles keep theirs

        const QFileInfo kept(catalogFolder() + QStringLiteral("/sandbox.json"));
        QVERIFY(kept.exists());
        QCOMPARE(kept.permissions() & 0x0FFF,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser);
        QCOMPARE(QFileInfo(catalogFolder()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    }

    void malformedFileExitsWithUsageAndChangesNothing()
    {
        const QString path
            = writeFile(QStringLiteral("broken.json"), "{\"openapi\": \"3.0.1\", \"paths\": {");
        const CliRun run = m_env.run({QStringLiteral("catalog"), QStringLiteral("update"), path,
            QStringLiteral("--profile"), QStringLiteral("lofty")});
        QVERIFY2(run.exitCode == ExitUsage, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QLatin1String("not valid JSON")), qPrintable(run.errText()));
        QVERIFY(!QFile::exists(catalogFolder() + QStringLiteral("/lofty.json")));
        QCOMPARE(listJson(QStringLiteral("lofty")).size(), 123);
    }
};

QTEST_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
