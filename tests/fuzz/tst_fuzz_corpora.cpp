// Replays every fuzz seed and every regression input (a crash the fuzzers once found) through
// the fuzz targets' own entry points, so that the normal and sanitizer suites keep them fixed.
// A target signals a broken property with __builtin_trap(), which fails this test loudly.
#include "profiles/ProfileExchange.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

#define LOFTY_FUZZ_TARGETS(X)                                                                                \
    X(token_response)                                                                                        \
    X(jwt)                                                                                                   \
    X(direct_credentials)                                                                                    \
    X(callback_query)                                                                                        \
    X(lofty_error)                                                                                           \
    X(request_history)                                                                                       \
    X(profile_store)                                                                                         \
    X(profile_import)                                                                                        \
    X(catalog)                                                                                               \
    X(json_reader)                                                                                           \
    X(openapi)                                                                                               \
    X(http_request)                                                                                          \
    X(webhook_delivery)

using FuzzEntry = int (*)(const uint8_t*, size_t);
#define LOFTY_DECLARE(name) extern "C" int fuzz_##name##_one_input(const uint8_t* data, size_t size);
LOFTY_FUZZ_TARGETS(LOFTY_DECLARE)

class tst_FuzzCorpora : public QObject
{
    Q_OBJECT

private:
    static FuzzEntry entryOf(const QString& target)
    {
#define LOFTY_ENTRY(name)                                                                                    \
    if (target == QLatin1String(#name))                                                                      \
        return &fuzz_##name##_one_input;
        LOFTY_FUZZ_TARGETS(LOFTY_ENTRY)
        return nullptr;
    }

    static void addInputs(const QString& root, const QString& kind)
    {
        const QDir folder(root);
        const QStringList targets = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& target : targets) {
            const QDir inputs(folder.filePath(target));
            for (const QString& name : inputs.entryList(QDir::Files | QDir::Hidden, QDir::Name))
                QTest::addRow("%s %s/%s", qPrintable(kind), qPrintable(target), qPrintable(name))
                    << target << inputs.filePath(name);
        }
    }

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        addInputs(QStringLiteral(LOFTY_FUZZ_SEEDS), QStringLiteral("seed"));
        addInputs(QStringLiteral(LOFTY_FUZZ_REGRESSIONS), QStringLiteral("regression"));
        QTest::addRow("seed catalog/endpoints.json")
            << QStringLiteral("catalog") << QStringLiteral(LOFTY_FUZZ_BUILTIN_CATALOG);
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const FuzzEntry entry = entryOf(target);
        QVERIFY2(entry, qPrintable(QStringLiteral("no fuzz target named %1").arg(target)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QCOMPARE(entry(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size())), 0);
    }

    // regressions/profile_import/version-1e24: the version was cast to int (undefined behaviour).
    void profileImportRefusesAVersionBeyondInt()
    {
        const ProfileExchange::ImportResult result = ProfileExchange::importProfile(
            R"({"format":"lofty-console-profile","version":1e24,"profile":{}})");
        bool versionProblem = false;
        for (const auto& problem : result.problems)
            versionProblem = versionProblem || problem.path == QLatin1String("version");
        QVERIFY(versionProblem);
    }
};

QTEST_GUILESS_MAIN(tst_FuzzCorpora)
#include "tst_fuzz_corpora.moc"
