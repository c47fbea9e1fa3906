// Kills a process that is writing profiles and history (crashsafety_writer) at random points
// with SIGKILL, then loads both as the next start would: every profile and every history entry
// that was reported saved before the kill is there and intact, the profile file is never torn,
// and the history loses at most the one line that was being written.
#include "api/RequestHistory.h"
#include "profiles/ProfileStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private:
    struct Confirmed
    {
        QSet<int> profiles;
        QSet<int> history;
        int highest = -1;
    };

    static QString writerPath()
    {
        return QString::fromLocal8Bit(qgetenv("LOFTY_BINARY_DIR"))
            + QStringLiteral("/tests/crashsafety/crashsafety_writer");
    }

    static void readConfirmations(QProcess& writer, Confirmed* confirmed)
    {
        static const QRegularExpression line(QStringLiteral("^(profile|history) (\\d+)$"));
        while (writer.canReadLine()) {
            const QRegularExpressionMatch match
                = line.match(QString::fromLatin1(writer.readLine()).trimmed());
            if (!match.hasMatch())
                continue;
            const int n = match.captured(2).toInt();
            (match.captured(1) == QLatin1String("profile") ? confirmed->profiles : confirmed->history)
                .insert(n);
            confirmed->highest = std::max(confirmed->highest, n);
        }
    }

    // Runs the writer until it has confirmed `writes` more saves, then kills it mid-stride.
    static void runAndKill(const QString& folder, int writes, Confirmed* confirmed)
    {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(writerPath(), {folder, QString::number(confirmed->highest + 1)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        const int target = int(confirmed->profiles.size() + confirmed->history.size()) + writes;
        while (int(confirmed->profiles.size() + confirmed->history.size()) < target) {
            QVERIFY2(writer.state() == QProcess::Running || writer.bytesAvailable() > 0,
                "the writer stopped by itself");
            writer.waitForReadyRead(10000);
            readConfirmations(writer, confirmed);
        }
        // A little more time, so that the kill lands anywhere in a write, not just after a print.
        const int extraMicroseconds = QRandomGenerator::global()->bounded(3000);
        QThread::usleep(static_cast<unsigned long>(extraMicroseconds));
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        readConfirmations(writer, confirmed);
    }

private slots:
    void killedWritesLoseNothingSaved()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY2(QFile::exists(writerPath()), qPrintable(writerPath()));
        Confirmed confirmed;
        int previousSkipped = 0;
        constexpr int Kills = 25;
        for (int round = 0; round < Kills; ++round) {
            runAndKill(folder.path(), 1 + QRandomGenerator::global()->bounded(40), &confirmed);
            if (QTest::currentTestFailed())
                return;

            ProfileStore store(folder.path());
            const ProfileStore::LoadReport report = store.load();
            QVERIFY2(report.outcome == ProfileStore::LoadOutcome::Loaded, qPrintable(report.message));
            for (const int n : std::as_const(confirmed.profiles)) {
                const Profile* profile = store.find(QStringLiteral("crash-%1").arg(n));
                QVERIFY2(
                    profile, qPrintable(QStringLiteral("profile %1 was lost in round %2").arg(n).arg(round)));
                QCOMPARE(profile->name, QStringLiteral("Crash test profile %1").arg(n));
                QCOMPARE(profile->registration.clientId, QStringLiteral("client-%1").arg(n));
            }

            RequestHistory history(folder.filePath(QStringLiteral("history.jsonl")));
            QVERIFY(history.load());
            QSet<int> found;
            for (int i = 0; i < history.count(); ++i) {
                const std::optional<HistoryEntry> entry = history.entry(i);
                QVERIFY2(entry, "an indexed entry cannot be read");
                found.insert(entry->url.section(QLatin1Char('='), -1).toInt());
                QVERIFY(entry->responseBody.endsWith("\"}]}"));
            }
            for (const int n : std::as_const(confirmed.history))
                QVERIFY2(found.contains(n), qPrintable(QStringLiteral("history entry %1 was lost").arg(n)));
            // At most the line being written when the process died is torn.
            QVERIFY(history.skippedLines() - previousSkipped <= 1);
            previousSkipped = history.skippedLines();
        }
        qInfo("%d kills; %lld profiles and %lld history entries confirmed; %d torn history lines skipped",
            Kills, static_cast<long long>(confirmed.profiles.size()),
            static_cast<long long>(confirmed.history.size()), previousSkipped);
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
