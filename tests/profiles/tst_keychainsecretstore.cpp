#include "profiles/KeychainSecretStore.h"

#include "PrivateHome.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString TestService = QStringLiteral("lofty-console-test");

// name=value lines printed by lofty_keychain_helper.
QHash<QString, QString> parseHelperOutput(const QByteArray& output)
{
    QHash<QString, QString> values;
    for (const QByteArray& line : output.split('\n')) {
        const int equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return values;
}

QHash<QString, QString> runHelper(
    const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        qWarning("helper did not finish: %s", process.readAllStandardError().constData());
        return {};
    }
    return parseHelperOutput(process.readAllStandardOutput());
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()).startsWith("realKeychain")
            && !PrivateHome::haveSessionBus())
            QSKIP("no session bus: run inside dbus-run-session with an unlocked gnome-keyring-daemon");
    }

    void realKeychainProbeSucceeds()
    {
        KeychainSecretStore store(nullptr, TestService);
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        store.probe();
        QTRY_COMPARE_WITH_TIMEOUT(availability.size(), 1, 30000);
        QCOMPARE(availability.at(0).at(0).toBool(), true);
        QVERIFY(store.isPersistent());
    }

    void realKeychainRoundTripsEveryKind_data()
    {
        QTest::addColumn<SecretStore::Kind>("kind");
        QTest::addColumn<QString>("accountId");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("client secret")
            << SecretStore::Kind::ClientSecret << QString() << QByteArray("sbx-secret/web+key=1");
        QTest::newRow("customer key")
            << SecretStore::Kind::CustomerKey << QStringLiteral("alice")
            << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoiYWxpY2UifQ.c2lnbmF0dXJl");
        QTest::newRow("api key") << SecretStore::Kind::ApiKey << QStringLiteral("bob")
                                 << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJrZXkiOjF9.YXBp");
        QTest::newRow("token set") << SecretStore::Kind::TokenSet << QStringLiteral("carol")
                                   << QByteArray(
                                          "{\"accessToken\":\"at/+=%\",\"refreshToken\":\"rt-\\u00e9\"}");
    }
    void realKeychainRoundTripsEveryKind()
    {
        QFETCH(SecretStore::Kind, kind);
        QFETCH(QString, accountId);
        QFETCH(QByteArray, value);
        const QString key = SecretStore::key(QStringLiteral("roundtrip"), accountId, kind);
        {
            KeychainSecretStore writer(nullptr, TestService);
            QCOMPARE(call([&](auto done) { writer.write(key, value, this, done); }).status,
                SecretStore::Status::Ok);
        }
        KeychainSecretStore reader(nullptr, TestService); // a fresh store: the value comes from the keychain
        const auto read = call([&](auto done) { reader.read(key, this, done); });
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.data, value);
        QCOMPARE(call([&](auto done) { reader.remove(key, this, done); }).status, SecretStore::Status::Ok);
        QCOMPARE(
            call([&](auto done) { reader.read(key, this, done); }).status, SecretStore::Status::NotFound);
    }

    void realKeychainSaysNotFoundForAMissingKey()
    {
        KeychainSecretStore store(nullptr, TestService);
        const auto result = call([&](auto done) { store.read(QStringLiteral("never/written"), this, done); });
        QCOMPARE(result.status, SecretStore::Status::NotFound);
    }

    void realKeychainRunsOperationsInOrder()
    {
        KeychainSecretStore store(nullptr, TestService);
        const QString key = QStringLiteral("order/test");
        QStringList answers;
        store.write(key, "first", this, [&](const SecretStore::Result& r) {
            answers << (r.status == SecretStore::Status::Ok ? "w1" : "w1!");
        });
        store.write(key, "second", this, [&](const SecretStore::Result& r) {
            answers << (r.status == SecretStore::Status::Ok ? "w2" : "w2!");
        });
        store.read(key, this, [&](const SecretStore::Result& r) { answers << QString::fromUtf8(r.data); });
        store.remove(key, this, [&](const SecretStore::Result& r) {
            answers << (r.status == SecretStore::Status::Ok ? "rm" : "rm!");
        });
        store.read(key, this, [&](const SecretStore::Result& r) {
            answers << (r.status == SecretStore::Status::NotFound ? "gone" : "there");
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 5, 30000);
        QCOMPARE(answers, (QStringList {"w1", "w2", "second", "rm", "gone"}));
    }

    void realKeychainRemovesAProfilesSecrets()
    {
        KeychainSecretStore store(nullptr, TestService);
        const QStringList accounts {QStringLiteral("a1"), QStringLiteral("a2")};
        const QStringList keys = SecretStore::keysOfProfile(QStringLiteral("doomed"), accounts);
        const QString survivor
            = SecretStore::key(QStringLiteral("kept"), QString(), SecretStore::Kind::ClientSecret);
        for (const QString& key : keys + QStringList {survivor})
            QCOMPARE(call([&](auto done) { store.write(key, "secret-" + key.toUtf8(), this, done); }).status,
                SecretStore::Status::Ok);
        QCOMPARE(
            call([&](auto done) { store.removeAll(QStringLiteral("doomed"), accounts, this, done); }).status,
            SecretStore::Status::Ok);
        KeychainSecretStore fresh(nullptr, TestService);
        for (const QString& key : keys)
            QCOMPARE(
                call([&](auto done) { fresh.read(key, this, done); }).status, SecretStore::Status::NotFound);
        QCOMPARE(call([&](auto done) { fresh.read(survivor, this, done); }).status, SecretStore::Status::Ok);
        call([&](auto done) { fresh.remove(survivor, this, done); });
    }

    void realKeychainRemovesOneAccountsSecrets()
    {
        KeychainSecretStore store(nullptr, TestService);
        const QStringList keys
            = SecretStore::keysOfProfile(QStringLiteral("p"), {QStringLiteral("a1"), QStringLiteral("a2")});
        for (const QString& key : keys)
            call([&](auto done) { store.write(key, "secret-" + key.toUtf8(), this, done); });
        QCOMPARE(call([&](auto done) {
            store.removeAccount(QStringLiteral("p"), QStringLiteral("a1"), this, done);
        }).status,
            SecretStore::Status::Ok);
        KeychainSecretStore fresh(nullptr, TestService);
        for (const QString& key : keys) {
            const auto expected = key.contains(QLatin1String("/account/a1/")) ? SecretStore::Status::NotFound
                                                                              : SecretStore::Status::Ok;
            QCOMPARE(call([&](auto done) { fresh.read(key, this, done); }).status, expected);
        }
        call([&](auto done) { fresh.removeAll(QStringLiteral("p"), {QStringLiteral("a2")}, this, done); });
    }

    void realKeychainJobThatNeverFinishesTimesOut()
    {
        // With QT_NO_GLIB, libsecret's callbacks never run, so qtkeychain's job never finishes.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
        const auto answers = runHelper(QStringLiteral(LOFTY_KEYCHAIN_HELPER),
            {QStringLiteral("--timeout-ms"), QStringLiteral("1500")}, environment);
        QCOMPARE(answers.value(QStringLiteral("write")), QStringLiteral("Unavailable"));
        QVERIFY2(answers.value(QStringLiteral("message")).contains(QLatin1String("did not answer")),
            qPrintable(answers.value(QStringLiteral("message"))));
        QCOMPARE(answers.value(QStringLiteral("read")), QStringLiteral("Ok"));
        QCOMPARE(answers.value(QStringLiteral("readMatches")), QStringLiteral("1"));
        QCOMPARE(answers.value(QStringLiteral("persistent")), QStringLiteral("0"));
    }

    void withoutSessionBusTheStoreIsUnavailableAndKeepsSecretsInMemory()
    {
        const PrivateHome root;
        QVERIFY(root.isValid());
        const auto answers = runHelper(QStringLiteral(LOFTY_KEYCHAIN_HELPER), {}, root.isolatedEnvironment());
        QCOMPARE(answers.value(QStringLiteral("write")), QStringLiteral("Unavailable"));
        QVERIFY2(answers.value(QStringLiteral("writeMessage")).contains(QLatin1String("D-Bus")),
            qPrintable(answers.value(QStringLiteral("writeMessage"))));
        QVERIFY(
            answers.value(QStringLiteral("writeMessage")).contains(QLatin1String("memory for this session")));
        QCOMPARE(answers.value(QStringLiteral("read")), QStringLiteral("Ok"));
        QCOMPARE(answers.value(QStringLiteral("readMatches")), QStringLiteral("1"));
        QCOMPARE(answers.value(QStringLiteral("remove")), QStringLiteral("Unavailable"));
        // After removal the store cannot know whether the keychain holds the key: never NotFound.
        QCOMPARE(answers.value(QStringLiteral("reread")), QStringLiteral("Unavailable"));
        QCOMPARE(answers.value(QStringLiteral("persistent")), QStringLiteral("0"));
        QVERIFY(noFileHolds(root.root(), "helper-secret-value"));
    }

    void lockedKeyringIsUnavailableNotEmpty()
    {
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (dbusRunSession.isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
        // A private bus where gnome-keyring is started by D-Bus activation but never unlocked.
        const PrivateHome root;
        QVERIFY(root.isValid());
        const auto answers = runHelper(dbusRunSession,
            {QStringLiteral("--"), QStringLiteral(LOFTY_KEYCHAIN_HELPER)}, root.isolatedEnvironment());
        QCOMPARE(answers.value(QStringLiteral("write")), QStringLiteral("Unavailable"));
        QVERIFY2(answers.value(QStringLiteral("message")).contains(QLatin1String("locked")),
            qPrintable(answers.value(QStringLiteral("message"))));
        QCOMPARE(answers.value(QStringLiteral("persistent")), QStringLiteral("0"));
        // qtkeychain says EntryNotFound here; the store must not pass that on as a real absence.
        QCOMPARE(answers.value(QStringLiteral("reread")), QStringLiteral("Unavailable"));
        QVERIFY(noFileHolds(root.root(), "helper-secret-value"));
    }

private:
    template<typename Start>
    SecretStore::Result call(Start start)
    {
        std::optional<SecretStore::Result> result;
        start([&](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return {SecretStore::Status::Failed, QStringLiteral("no answer"), {}};
        return *result;
    }

    // Plain text fallback check: no file under `root` contains the value or its base64.
    static bool noFileHolds(const QString& root, const QByteArray& value)
    {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            if (content.contains(value) || content.contains(value.toBase64()))
                return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
