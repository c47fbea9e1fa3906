#include "profiles/InMemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(SecretStore::Result)

class TestInMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writtenValueReadsBack()
    {
        InMemorySecretStore store;
        store.write(QStringLiteral("k"), "value", this, nullptr);
        const auto result = call([&](auto done) { store.read(QStringLiteral("k"), this, done); });
        QCOMPARE(result.status, SecretStore::Status::Ok);
        QCOMPARE(result.data, QByteArray("value"));
    }

    void missingValueIsNotFound()
    {
        InMemorySecretStore store;
        QCOMPARE(call([&](auto done) { store.read(QStringLiteral("k"), this, done); }).status,
            SecretStore::Status::NotFound);
    }

    void callbacksAreQueued()
    {
        InMemorySecretStore store;
        bool called = false;
        store.read(QStringLiteral("k"), this, [&](const SecretStore::Result&) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void noCallbackAfterTheContextIsGone()
    {
        InMemorySecretStore store;
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("k"), context, [&](const SecretStore::Result&) { called = true; });
        delete context;
        bool later = false;
        store.read(QStringLiteral("k"), this, [&](const SecretStore::Result&) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }

    void removeAllTakesTheProfileAndItsAccounts()
    {
        InMemorySecretStore store;
        const QStringList mine
            = SecretStore::keysOfProfile(QStringLiteral("p"), {QStringLiteral("a"), QStringLiteral("b")});
        const QString other
            = SecretStore::key(QStringLiteral("q"), QStringLiteral("a"), SecretStore::Kind::TokenSet);
        for (const QString& key : mine + QStringList {other})
            store.write(key, "x", this, nullptr);
        const auto result = call([&](auto done) {
            store.removeAll(QStringLiteral("p"), {QStringLiteral("a"), QStringLiteral("b")}, this, done);
        });
        QCOMPARE(result.status, SecretStore::Status::Ok);
        QCOMPARE(store.keys(), QStringList {other});
    }

    void keysSeparateProfilesAccountsAndKinds()
    {
        QSet<QString> keys;
        for (const QString& profile : {QStringLiteral("p"), QStringLiteral("q")}) {
            keys.insert(SecretStore::key(profile, QString(), SecretStore::Kind::ClientSecret));
            for (const QString& account : {QStringLiteral("a"), QStringLiteral("b")}) {
                for (SecretStore::Kind kind : SecretStore::accountKinds())
                    keys.insert(SecretStore::key(profile, account, kind));
            }
        }
        QCOMPARE(keys.size(), 2 + 2 * 2 * 3);
    }

    void unavailableModeKeepsValuesButSaysSo()
    {
        InMemorySecretStore store;
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        store.setUnavailable(QStringLiteral("locked"));
        QCOMPARE(availability.size(), 1);
        const auto written = call([&](auto done) { store.write(QStringLiteral("k"), "v", this, done); });
        QCOMPARE(written.status, SecretStore::Status::Unavailable);
        QCOMPARE(written.errorString, QStringLiteral("locked"));
        QCOMPARE(call([&](auto done) { store.read(QStringLiteral("k"), this, done); }).data, QByteArray("v"));
        QCOMPARE(call([&](auto done) { store.read(QStringLiteral("other"), this, done); }).status,
            SecretStore::Status::Unavailable);
    }

private:
    template<typename Start>
    SecretStore::Result call(Start start)
    {
        std::optional<SecretStore::Result> result;
        start([&](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return {SecretStore::Status::Failed, QStringLiteral("no answer"), {}};
        return *result;
    }
};

QTEST_GUILESS_MAIN(TestInMemorySecretStore)
#include "tst_inmemorysecretstore.moc"
