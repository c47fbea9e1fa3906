#include "TestData.h"
#include "profiles/InMemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "util/UtcTime.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {

QByteArray testData(const QString& name)
{
    return readTestData(QStringLiteral("profiles/") + name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AccountRecord account(const QString& id)
{
    AccountRecord record;
    record.id = id;
    record.label = id;
    record.grant = TokenSet::Grant::AuthorizationCodePkce;
    record.authorizedAt = UtcTime::make(QDate(2026, 2, 3), QTime(4, 5, 6));
    record.identity = {QStringLiteral("9007199254740993"), QStringLiteral("Alice Owner"),
        QStringLiteral("alice@example.com")};
    return record;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void noFileGivesThePresets()
    {
        ProfileStore store(m_dir->path());
        const auto report = store.load();
        QCOMPARE(report.outcome, ProfileStore::LoadOutcome::CreatedDefaults);
        QVERIFY(report.message.isEmpty());
        QVERIFY(store.find(QStringLiteral("sandbox"))->isBuiltInSandbox);
        QVERIFY(store.find(QStringLiteral("lofty")));
        QCOMPARE(store.currentProfileId(), QStringLiteral("sandbox"));
    }

    void savedProfilesRoundTrip()
    {
        Profile profile = Profile::lofty();
        profile.id = QStringLiteral("p1");
        profile.name = QStringLiteral("Team app");
        profile.registration.clientId = QStringLiteral("client-1");
        profile.registration.grantedApis = {QStringLiteral("Leads")};
        profile.upsertAccount(account(QStringLiteral("a1")));
        profile.upsertAccount(account(QStringLiteral("a2")));
        {
            ProfileStore store(m_dir->path());
            store.load();
            QVERIFY(store.saveProfile(profile));
            QVERIFY(store.setCurrentProfileId(QStringLiteral("p1")));
        }
        ProfileStore reread(m_dir->path());
        QCOMPARE(reread.load().outcome, ProfileStore::LoadOutcome::Loaded);
        QCOMPARE(*reread.find(QStringLiteral("p1")), profile);
        QCOMPARE(reread.currentProfileId(), QStringLiteral("p1"));
        QCOMPARE(reread.profiles().size(), 3);
    }

    void aSecretNamedExtraParameterIsNeverWritten()
    {
        ProfileStore store(m_dir->path());
        store.load();
        Profile profile = Profile::lofty();
        profile.extraTokenParameters
            = {{QStringLiteral("Client-Secret"), QStringLiteral("do-not-store-me-42")}};
        QVERIFY(!store.saveProfile(profile));
        QVERIFY2(store.lastError().contains(QStringLiteral("Client-Secret")), qPrintable(store.lastError()));
        QFile file(store.filePath());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("do-not-store-me-42"));
    }

    void theSandboxsRuntimeUrlsAreNotStored()
    {
        ProfileStore store(m_dir->path());
        store.load();
        QVERIFY(store.saveProfile(
            Profile::sandbox().withSandboxBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:4444")))));
        QVERIFY(!readFile(store.filePath()).contains("4444"));
    }

    void thePreviousGoodFileIsKeptAsBackup()
    {
        ProfileStore store(m_dir->path());
        store.load();
        QVERIFY(store.save());
        const QByteArray first = readFile(store.filePath());
        Profile renamed = *store.find(QStringLiteral("lofty"));
        renamed.name = QStringLiteral("Renamed");
        QVERIFY(store.saveProfile(renamed));
        QCOMPARE(readFile(store.backupPath()), first);
        QVERIFY(readFile(store.filePath()).contains("Renamed"));
    }

    void validFileIsLoaded()
    {
        writeFile(filePath(), testData(QStringLiteral("valid.json")));
        ProfileStore store(m_dir->path());
        QCOMPARE(store.load().outcome, ProfileStore::LoadOutcome::Loaded);
        const Profile* team = store.find(QStringLiteral("team-app"));
        QVERIFY(team);
        QCOMPARE(team->registration.mode, AppRegistration::Mode::Production);
        QCOMPARE(team->clientAuthMethod, OAuthClientConfig::ClientAuthMethod::HttpBasic);
        QCOMPARE(team->accounts.constFirst().identity.id, QStringLiteral("9007199254740993"));
        QCOMPARE(team->accounts.constFirst().grant, TokenSet::Grant::AuthorizationCode);
        QCOMPARE(store.currentProfileId(), QStringLiteral("team-app"));
    }

    void unusableFileIsSetAsideWithASpecificMessage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<ProfileStore::FileProblem>("problem");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("tag");
        QTest::newRow("empty") << QByteArray() << ProfileStore::FileProblem::Empty
                               << QStringLiteral("is empty") << QStringLiteral(".empty-");
        QTest::newRow("truncated") << testData(QStringLiteral("truncated.json"))
                                   << ProfileStore::FileProblem::Truncated << QStringLiteral("ends too early")
                                   << QStringLiteral(".truncated-");
        QTest::newRow("corrupt") << testData(QStringLiteral("corrupt.json"))
                                 << ProfileStore::FileProblem::NotJson << QStringLiteral("is not valid JSON")
                                 << QStringLiteral(".corrupt-");
        QTest::newRow("wrong type") << testData(QStringLiteral("wrong-type.json"))
                                    << ProfileStore::FileProblem::WrongType
                                    << QStringLiteral("profiles[1].registration.mode: must be a string")
                                    << QStringLiteral(".wrong-type-");
        QTest::newRow("newer version")
            << testData(QStringLiteral("newer-version.json")) << ProfileStore::FileProblem::NewerVersion
            << QStringLiteral("newer version of the console (file format 7")
            << QStringLiteral(".newer-version-");
    }
    void unusableFileIsSetAsideWithASpecificMessage()
    {
        QFETCH(QByteArray, content);
        QFETCH(ProfileStore::FileProblem, problem);
        QFETCH(QString, messagePart);
        QFETCH(QString, tag);
        writeFile(filePath(), content);
        ProfileStore store(m_dir->path());
        const auto report = store.load();
        QCOMPARE(report.problem, problem);
        QCOMPARE(report.outcome, ProfileStore::LoadOutcome::SetAside);
        QVERIFY2(report.message.contains(messagePart), qPrintable(report.message));
        QVERIFY2(report.setAsidePath.contains(tag), qPrintable(report.setAsidePath));
        QVERIFY(report.message.contains(report.setAsidePath));
        QCOMPARE(readFile(report.setAsidePath), content);
        QVERIFY(!QFile::exists(filePath()));
        QVERIFY(store.find(QStringLiteral("sandbox")));
    }

    void setAsideFileIsNeverOverwrittenBySaving()
    {
        const QByteArray corrupt = testData(QStringLiteral("corrupt.json"));
        writeFile(filePath(), corrupt);
        ProfileStore store(m_dir->path());
        const auto report = store.load();
        QVERIFY(store.save());
        QVERIFY(store.save());
        QCOMPARE(readFile(report.setAsidePath), corrupt);
        QCOMPARE(ProfileStore(m_dir->path()).load().outcome, ProfileStore::LoadOutcome::Loaded);
    }

    void twoSetAsideFilesGetDistinctNames()
    {
        writeFile(filePath(), "{");
        const QString first = ProfileStore(m_dir->path()).load().setAsidePath;
        writeFile(filePath(), "[");
        const QString second = ProfileStore(m_dir->path()).load().setAsidePath;
        QVERIFY(first != second);
        QCOMPARE(readFile(first), QByteArray("{"));
        QCOMPARE(readFile(second), QByteArray("["));
    }

    void wrongTypedFileReportsEveryFieldAndKeepsTheReadableProfiles()
    {
        writeFile(filePath(), testData(QStringLiteral("wrong-type.json")));
        ProfileStore store(m_dir->path());
        const auto report = store.load();
        QStringList paths;
        for (const FieldProblem& problem : report.fieldProblems)
            paths << problem.path;
        QVERIFY(paths.contains(QStringLiteral("profiles[1].registration.mode")));
        QVERIFY(paths.contains(QStringLiteral("profiles[1].registration.grantedApis")));
        QVERIFY(paths.contains(QStringLiteral("profiles[1].accounts[0].authorizedAt")));
        QVERIFY(store.find(QStringLiteral("sandbox")));
        QVERIFY(!store.find(QStringLiteral("team-app")));
    }

    void corruptFileIsReplacedByTheBackupWhenItIsGood()
    {
        const QByteArray valid = testData(QStringLiteral("valid.json"));
        writeFile(filePath() + QStringLiteral(".bak"), valid);
        writeFile(filePath(), testData(QStringLiteral("truncated.json")));
        ProfileStore store(m_dir->path());
        const auto report = store.load();
        QCOMPARE(report.outcome, ProfileStore::LoadOutcome::RestoredFromBackup);
        QVERIFY(report.message.contains(QLatin1String("ends too early")));
        QVERIFY(report.message.contains(QLatin1String("restored from the backup")));
        QVERIFY(store.find(QStringLiteral("team-app")));
        QVERIFY(store.save());
        QCOMPARE(readFile(store.backupPath()), valid); // a bad file never becomes the backup
    }

    void missingFileIsRestoredFromTheBackup()
    {
        writeFile(filePath() + QStringLiteral(".bak"), testData(QStringLiteral("valid.json")));
        ProfileStore store(m_dir->path());
        const auto report = store.load();
        QCOMPARE(report.outcome, ProfileStore::LoadOutcome::RestoredFromBackup);
        QVERIFY(report.message.contains(QLatin1String("was missing")));
        QVERIFY(store.find(QStringLiteral("team-app")));
    }

    void fileSpoiledAfterLoadingIsSetAsideBeforeSaving()
    {
        ProfileStore store(m_dir->path());
        store.load();
        QVERIFY(store.save());
        writeFile(filePath(), "{\"format\": ");
        QVERIFY(store.save());
        const QStringList leftovers
            = QDir(m_dir->path()).entryList({QStringLiteral("profiles.json.truncated-*")});
        QCOMPARE(leftovers.size(), 1);
        QCOMPARE(readFile(QDir(m_dir->path()).filePath(leftovers.constFirst())), QByteArray("{\"format\": "));
    }

    void removingAProfileRemovesItsSecrets()
    {
        InMemorySecretStore secrets;
        ProfileStore store(m_dir->path());
        store.load();
        Profile profile = Profile::lofty();
        profile.id = QStringLiteral("p1");
        profile.upsertAccount(account(QStringLiteral("a1")));
        profile.upsertAccount(account(QStringLiteral("a2")));
        QVERIFY(store.saveProfile(profile));
        const QStringList keys = SecretStore::keysOfProfile(QStringLiteral("p1"), profile.accountIds());
        const QString otherKey
            = SecretStore::key(QStringLiteral("lofty"), QString(), SecretStore::Kind::ClientSecret);
        for (const QString& key : keys + QStringList {otherKey})
            secrets.write(key, "value-" + key.toUtf8(), this, nullptr);

        QSignalSpy done(this, &TestProfileStore::finished);
        QVERIFY(store.removeProfile(
            QStringLiteral("p1"), &secrets, this, [this](const SecretStore::Result& result) {
                emit finished(result.status == SecretStore::Status::Ok);
            }));
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QCOMPARE(secrets.keys(), QStringList {otherKey});
        QVERIFY(!ProfileStore(m_dir->path()).find(QStringLiteral("p1")));
        ProfileStore reread(m_dir->path());
        reread.load();
        QVERIFY(!reread.find(QStringLiteral("p1")));
    }

    void removingAnAccountRemovesOnlyItsSecrets()
    {
        InMemorySecretStore secrets;
        ProfileStore store(m_dir->path());
        store.load();
        Profile profile = Profile::lofty();
        // Accounts of a stored profile change only through saveAccount().
        QVERIFY(store.saveAccount(profile.id, account(QStringLiteral("a1"))));
        QVERIFY(store.saveAccount(profile.id, account(QStringLiteral("a2"))));
        const QStringList keys = SecretStore::keysOfProfile(profile.id, store.find(profile.id)->accountIds());
        QCOMPARE(
            store.find(profile.id)->accountIds(), (QStringList {QStringLiteral("a1"), QStringLiteral("a2")}));
        for (const QString& key : keys)
            secrets.write(key, "value-" + key.toUtf8(), this, nullptr);

        QSignalSpy done(this, &TestProfileStore::finished);
        QVERIFY(store.removeAccount(
            profile.id, QStringLiteral("a1"), &secrets, this, [this](const SecretStore::Result& result) {
                emit finished(result.status == SecretStore::Status::Ok);
            }));
        QTRY_COMPARE(done.size(), 1);
        QStringList expected = SecretStore::keysOfProfile(profile.id, {QStringLiteral("a2")});
        QStringList remaining = secrets.keys();
        expected.sort();
        remaining.sort();
        QCOMPARE(remaining, expected);
        QCOMPARE(store.find(profile.id)->accountIds(), QStringList {QStringLiteral("a2")});
    }

    // The console holds a copy of its profile; lofty-console-cli (another ProfileStore on the same
    // folder) adds an account; then the console saves a settings change from its older copy.
    void aSettingsSaveKeepsAnAccountAnotherProcessAdded()
    {
        ProfileStore console(m_dir->path());
        console.load();
        QVERIFY(console.saveAccount(QStringLiteral("lofty"), account(QStringLiteral("console-1"))));
        Profile edited = *console.find(QStringLiteral("lofty"));

        ProfileStore cli(m_dir->path());
        cli.load();
        QVERIFY(cli.saveAccount(QStringLiteral("lofty"), account(QStringLiteral("cli-1"))));

        edited.name = QStringLiteral("Edited in the console");
        QVERIFY(console.saveProfile(edited));
        const QStringList expected {QStringLiteral("console-1"), QStringLiteral("cli-1")};
        QCOMPARE(console.find(QStringLiteral("lofty"))->accountIds(), expected);
        ProfileStore reread(m_dir->path());
        reread.load();
        QCOMPARE(reread.find(QStringLiteral("lofty"))->name, QStringLiteral("Edited in the console"));
        QCOMPARE(reread.find(QStringLiteral("lofty"))->accountIds(), expected);
    }

    void aSettingsSaveDoesNotBringBackARemovedAccount()
    {
        ProfileStore console(m_dir->path());
        console.load();
        QVERIFY(console.saveAccount(QStringLiteral("lofty"), account(QStringLiteral("a1"))));
        QVERIFY(console.saveAccount(QStringLiteral("lofty"), account(QStringLiteral("a2"))));
        QVERIFY(console.setSelectedAccountId(QStringLiteral("lofty"), QStringLiteral("a2")));
        Profile edited = *console.find(QStringLiteral("lofty"));

        ProfileStore cli(m_dir->path());
        cli.load();
        QVERIFY(cli.removeAccount(QStringLiteral("lofty"), QStringLiteral("a1"), nullptr, this, nullptr));

        edited.scope = QStringLiteral("leads");
        edited.selectedAccountId = QStringLiteral("a1");
        QVERIFY(console.saveProfile(edited));
        ProfileStore reread(m_dir->path());
        reread.load();
        const Profile* stored = reread.find(QStringLiteral("lofty"));
        QCOMPARE(stored->scope, QStringLiteral("leads"));
        QCOMPARE(stored->accountIds(), QStringList {QStringLiteral("a2")});
        QCOMPARE(stored->selectedAccountId, QStringLiteral("a2"));
    }

    void addingAProfileWithATakenIdIsRefusedAndChangesNothing()
    {
        ProfileStore store(m_dir->path());
        store.load();
        QVERIFY(store.saveAccount(QStringLiteral("lofty"), account(QStringLiteral("a1"))));
        const QByteArray before = readFile(store.filePath());
        Profile intruder = Profile::lofty();
        intruder.name = QStringLiteral("Imported over Lofty");
        QVERIFY(!store.addProfile(intruder));
        QCOMPARE(store.lastError(),
            QStringLiteral(
                "There is already a profile with the id lofty (\"Lofty\"); it was left as it is."));
        QCOMPARE(readFile(store.filePath()), before);
        QCOMPARE(store.find(QStringLiteral("lofty"))->accountIds(), QStringList {QStringLiteral("a1")});
    }

    void theBuiltInSandboxCannotBeRemoved()
    {
        ProfileStore store(m_dir->path());
        store.load();
        QVERIFY(!store.removeProfile(QStringLiteral("sandbox"), nullptr, this, nullptr));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.find(QStringLiteral("sandbox")));
    }

    void secretFieldsInTheFileAreRefused()
    {
        QByteArray content = testData(QStringLiteral("valid.json"));
        content.replace("\"scope\": \"\",", "\"scope\": \"\", \"clientSecret\": \"leaked-secret-value\",");
        writeFile(filePath(), content);
        ProfileStore store(m_dir->path());
        const auto report = store.load();
        QCOMPARE(report.problem, ProfileStore::FileProblem::WrongType);
        QVERIFY2(
            report.message.contains(QLatin1String("profiles[1].clientSecret")), qPrintable(report.message));
    }

    void aProfileWithoutAnAbsoluteApiBaseUrlIsRefused_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << QStringLiteral("needs an API base URL");
        QTest::newRow("relative") << QStringLiteral("/v1.0")
                                  << QStringLiteral("is not an absolute http(s) URL");
        QTest::newRow("no host") << QStringLiteral("https:")
                                 << QStringLiteral("is not an absolute http(s) URL");
        QTest::newRow("ftp") << QStringLiteral("ftp://api.example.test")
                             << QStringLiteral("is not an absolute http(s) URL");
    }

    void aProfileWithoutAnAbsoluteApiBaseUrlIsRefused()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, messagePart);
        ProfileStore store(m_dir->path());
        store.load();
        Profile profile = Profile::lofty();
        profile.id = QStringLiteral("no-base");
        profile.apiBaseUrl = QUrl(baseUrl);
        QVERIFY(!store.saveProfile(profile));
        QVERIFY2(store.lastError().contains(messagePart), qPrintable(store.lastError()));
        QVERIFY(!store.find(QStringLiteral("no-base")));
    }

    void filesArePrivateAndOldOnesAreTightened()
    {
        const QString folder = m_dir->filePath(QStringLiteral("config"));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        {
            ProfileStore store(folder);
            store.load();
            QVERIFY(store.save());
            QVERIFY(store.save()); // and the backup
            QCOMPARE(modeOf(store.filePath()), owner);
            QCOMPARE(modeOf(store.backupPath()), owner);
            QCOMPARE(modeOf(folder), owner | QFileDevice::ExeOwner);
            QVERIFY(QFile::setPermissions(
                store.filePath(), owner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
            QVERIFY(QFile::setPermissions(
                folder, owner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
        }
        ProfileStore reopened(folder);
        QCOMPARE(reopened.load().outcome, ProfileStore::LoadOutcome::Loaded);
        QCOMPARE(modeOf(reopened.filePath()), owner);
        QCOMPARE(modeOf(folder), owner | QFileDevice::ExeOwner);
    }

    // Two writers (threads here; the console and the CLI in real life) add accounts to the same
    // profile at the same time: the lock and the re-read keep every one.
    void concurrentWritersLoseNothing()
    {
        {
            ProfileStore store(m_dir->path());
            store.load();
            QVERIFY(store.save());
        }
        constexpr int PerWriter = 15;
        const auto writer = [this](const QString& prefix, bool* ok) {
            ProfileStore store(m_dir->path());
            store.load();
            *ok = true;
            for (int i = 0; i < PerWriter; ++i)
                *ok = store.saveAccount(QStringLiteral("lofty"), account(prefix + QString::number(i))) && *ok;
        };
        bool firstOk = false;
        bool secondOk = false;
        std::thread first(writer, QStringLiteral("first-"), &firstOk);
        std::thread second(writer, QStringLiteral("second-"), &secondOk);
        first.join();
        second.join();
        QVERIFY(firstOk);
        QVERIFY(secondOk);
        ProfileStore reread(m_dir->path());
        QCOMPARE(reread.load().outcome, ProfileStore::LoadOutcome::Loaded);
        QCOMPARE(reread.find(QStringLiteral("lofty"))->accounts.size(), 2 * PerWriter);
    }

    void anotherProcesssChangeIsReloaded()
    {
        ProfileStore console(m_dir->path());
        console.load();
        QVERIFY(console.save());
        QSignalSpy changed(&console, &ProfileStore::changedOnDisk);
        for (int round = 0; round < 2; ++round) { // the watch survives the atomic rename
            ProfileStore cli(m_dir->path());
            cli.load();
            QVERIFY(cli.saveAccount(QStringLiteral("lofty"), account(QStringLiteral("cli-%1").arg(round))));
            QTRY_COMPARE(changed.size(), round + 1);
            QVERIFY(console.find(QStringLiteral("lofty"))->account(QStringLiteral("cli-%1").arg(round)));
        }
    }

private:
    // Owner, group and other bits (the "user" bits repeat the owner's for the current user).
    static QFileDevice::Permissions modeOf(const QString& path)
    {
        return QFile::permissions(path)
            & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }

    QString filePath() const { return QDir(m_dir->path()).filePath(QStringLiteral("profiles.json")); }

signals:
    void finished(bool ok);

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
