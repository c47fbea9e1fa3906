// File > Profiles…: create from a preset, duplicate, rename, delete (keychain entries too),
// export and import, driven by object names on a fresh console window per slot.
#include "ConsoleWindowFixture.h"
#include "MainWindow.h"
#include "ProfilesDialog.h"
#include "profiles/InMemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "session/ConsoleSession.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class tst_ProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAProfileFromEachPreset_data();
    void createsAProfileFromEachPreset();
    void duplicatesWithoutAccounts();
    void deletesAProfileWithItsKeychainEntries();
    void cancelledDeleteKeepsTheProfile();
    void profileInUseCannotBeDeleted();
    void renameRefusesATakenName();
    void exportHasNoSecretsAndImportsBack();
    void importNeverReplacesAProfileOrItsAccounts();
    void renameKeepsAnAccountTheCliAddedMeanwhile();
    void registrationSaveKeepsAnAccountTheCliAddedMeanwhile();

private:
    ProfilesDialog* dialog() const { return m_console->window()->findChild<ProfilesDialog*>(); }
    ProfileStore* store() const { return m_console->profileStore(); }
    SecretStore* secrets() const { return m_console->secretStore(); }
    template<typename T>
    T* find(const QString& name) const
    {
        return dialog()->findChild<T*>(name);
    }
    void click(const QString& name) { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }
    QString createFrom(const QString& presetId, const QString& name);
    QByteArray readSecret(const QString& key, SecretStore::Status* status);
    // lofty-console-cli adding an account: another ProfileStore on the console's folder.
    void addAccountAsTheCli(const QString& profileId, const QString& accountId);

    std::unique_ptr<ConsoleWindowFixture> m_console;
};

void tst_ProfilesDialog::init()
{
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_profilesdialog"), &error), qPrintable(error));
    auto* action = m_console->window()->findChild<QAction*>(QStringLiteral("profilesAction"));
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
}

void tst_ProfilesDialog::cleanup()
{
    m_console.reset();
}

QString tst_ProfilesDialog::createFrom(const QString& presetId, const QString& name)
{
    auto* preset = find<QComboBox>(QStringLiteral("presetCombo"));
    preset->setCurrentIndex(preset->findData(presetId));
    find<QLineEdit>(QStringLiteral("profileNameEdit"))->setText(name);
    click(QStringLiteral("newProfileButton"));
    const Profile* created = store()->findByIdOrName(name);
    return created ? created->id : QString();
}

QByteArray tst_ProfilesDialog::readSecret(const QString& key, SecretStore::Status* status)
{
    bool done = false;
    QByteArray data;
    secrets()->read(key, this, [&](const SecretStore::Result& result) {
        *status = result.status;
        data = result.data;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        *status = SecretStore::Status::Unavailable;
    return data;
}

void tst_ProfilesDialog::createsAProfileFromEachPreset_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("tokenUrl");
    QTest::addColumn<int>("clientAuth");
    QTest::addColumn<bool>("sandbox");
    QTest::newRow("lofty") << QStringLiteral("lofty") << QStringLiteral("https://api.lofty.com/oauth/token")
                           << int(OAuthClientConfig::ClientAuthMethod::RequestBody) << false;
    QTest::newRow("help center") << QStringLiteral("lofty-help-center")
                                 << QStringLiteral("https://crm.lofty.com/api/user-web/oauth/token")
                                 << int(OAuthClientConfig::ClientAuthMethod::HttpBasic) << false;
    QTest::newRow("sandbox") << QStringLiteral("sandbox") << QString()
                             << int(OAuthClientConfig::ClientAuthMethod::RequestBody) << true;
    QTest::newRow("generic") << QStringLiteral("oauth2")
                             << QStringLiteral("https://auth.example.com/oauth/token")
                             << int(OAuthClientConfig::ClientAuthMethod::RequestBody) << false;
}

void tst_ProfilesDialog::createsAProfileFromEachPreset()
{
    QFETCH(QString, preset);
    QFETCH(QString, tokenUrl);
    QFETCH(int, clientAuth);
    QFETCH(bool, sandbox);
    const int before = int(store()->profiles().size());
    const QString id = createFrom(preset, QStringLiteral("From %1").arg(preset));
    QVERIFY2(!id.isEmpty(), qPrintable(dialog()->status()));
    QCOMPARE(int(store()->profiles().size()), before + 1);
    const Profile* created = store()->find(id);
    QCOMPARE(created->tokenUrl.toString(), tokenUrl);
    QCOMPARE(int(created->clientAuthMethod), clientAuth);
    QCOMPARE(created->isBuiltInSandbox, sandbox);
    QVERIFY(created->accounts.isEmpty());
    QCOMPARE(dialog()->selectedProfileId(), id);
    // Lofty's presets register the loopback URI without a port (it matches any port).
    if (preset.startsWith(QLatin1String("lofty")))
        QCOMPARE(
            created->registration.redirectUris, QStringList {QStringLiteral("http://127.0.0.1/callback")});
}

void tst_ProfilesDialog::duplicatesWithoutAccounts()
{
    const QString sandboxId = m_console->session()->profile().id;
    AccountRecord account;
    account.id = QStringLiteral("acc-1");
    account.label = QStringLiteral("alice");
    QVERIFY(store()->saveAccount(sandboxId, account));
    QVERIFY(dialog()->selectProfile(sandboxId));
    click(QStringLiteral("duplicateProfileButton"));
    const QString copyId = dialog()->selectedProfileId();
    QVERIFY(copyId != sandboxId);
    const Profile* copy = store()->find(copyId);
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("%1 copy").arg(store()->find(sandboxId)->name));
    QVERIFY(copy->accounts.isEmpty());
    QCOMPARE(copy->registration, store()->find(sandboxId)->registration);
    click(QStringLiteral("duplicateProfileButton"));
    QCOMPARE(store()->find(dialog()->selectedProfileId())->name,
        QStringLiteral("%1 copy copy").arg(store()->find(sandboxId)->name));
}

void tst_ProfilesDialog::deletesAProfileWithItsKeychainEntries()
{
    const QString id = createFrom(QStringLiteral("lofty"), QStringLiteral("To delete"));
    QVERIFY(!id.isEmpty());
    AccountRecord account;
    account.id = QStringLiteral("acc-9");
    account.label = QStringLiteral("bob");
    QVERIFY(store()->saveAccount(id, account));
    const QString secretKey = SecretStore::key(id, QString(), SecretStore::Kind::ClientSecret);
    const QString tokenKey = SecretStore::key(id, account.id, SecretStore::accountKinds().constFirst());
    for (const QString& key : {secretKey, tokenKey}) {
        bool written = false;
        secrets()->write(
            key, "s3cret-value", this, [&written](const SecretStore::Result&) { written = true; });
        QTRY_VERIFY(written);
    }
    SecretStore::Status status = SecretStore::Status::NotFound;
    QCOMPARE(readSecret(secretKey, &status), QByteArray("s3cret-value"));

    QSignalSpy removed(dialog(), &ProfilesDialog::secretsRemoved);
    QVERIFY(dialog()->selectProfile(id));
    click(QStringLiteral("deleteProfileButton"));
    QMessageBox* confirmation = dialog()->openConfirmation();
    QVERIFY(confirmation);
    QVERIFY(confirmation->text().contains(QStringLiteral("\"To delete\" with its 1 account(s)")));
    QVERIFY(store()->find(id)); // nothing happens before the answer
    confirmation->button(QMessageBox::Yes)->click();
    QVERIFY(!store()->find(id));
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toString(), id);
    QCOMPARE(removed.first().at(1).toString(), QString());
    for (const QString& key : {secretKey, tokenKey}) {
        readSecret(key, &status);
        QCOMPARE(status, SecretStore::Status::NotFound);
    }
}

void tst_ProfilesDialog::cancelledDeleteKeepsTheProfile()
{
    const QString id = createFrom(QStringLiteral("oauth2"), QStringLiteral("Keep me"));
    QVERIFY(dialog()->selectProfile(id));
    click(QStringLiteral("deleteProfileButton"));
    QMessageBox* confirmation = dialog()->openConfirmation();
    QVERIFY(confirmation);
    confirmation->button(QMessageBox::Cancel)->click();
    QVERIFY(store()->find(id));
}

void tst_ProfilesDialog::profileInUseCannotBeDeleted()
{
    QVERIFY(dialog()->selectProfile(m_console->session()->profile().id));
    QVERIFY(!find<QPushButton>(QStringLiteral("deleteProfileButton"))->isEnabled());
}

void tst_ProfilesDialog::renameRefusesATakenName()
{
    const QString id = createFrom(QStringLiteral("lofty"), QStringLiteral("First"));
    createFrom(QStringLiteral("lofty"), QStringLiteral("Second"));
    QVERIFY(dialog()->selectProfile(id));
    find<QLineEdit>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("second"));
    click(QStringLiteral("renameProfileButton"));
    QCOMPARE(store()->find(id)->name, QStringLiteral("First"));
    QCOMPARE(dialog()->status(), QStringLiteral("There is already a profile named \"second\"."));
    find<QLineEdit>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("Renamed"));
    click(QStringLiteral("renameProfileButton"));
    QCOMPARE(store()->find(id)->name, QStringLiteral("Renamed"));
}

void tst_ProfilesDialog::exportHasNoSecretsAndImportsBack()
{
    const QString id = createFrom(QStringLiteral("lofty-help-center"), QStringLiteral("Shared"));
    Profile profile = *store()->find(id);
    profile.registration.clientId = QStringLiteral("client-shared");
    QVERIFY(store()->saveProfile(profile));
    QVERIFY(dialog()->selectProfile(id));
    const QString path = m_console->folderPath(QStringLiteral("shared.json"));
    QVERIFY2(dialog()->exportTo(path), qPrintable(dialog()->status()));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("client-shared"));
    QVERIFY(!json.contains("clientSecret"));
    QVERIFY(!json.contains("accounts"));

    QVERIFY2(dialog()->importFrom(path), qPrintable(dialog()->status()));
    const Profile* imported = store()->find(dialog()->selectedProfileId());
    QVERIFY(imported->id != id);
    QCOMPARE(imported->name, QStringLiteral("Shared 2"));
    QCOMPARE(imported->tokenUrl, profile.tokenUrl);
    QCOMPARE(imported->registration.clientId, QStringLiteral("client-shared"));

    QFile bad(m_console->folderPath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"something else\"}");
    bad.close();
    QVERIFY(!dialog()->importFrom(bad.fileName()));
    QVERIFY(dialog()->status().contains(QStringLiteral("format")));
}

void tst_ProfilesDialog::addAccountAsTheCli(const QString& profileId, const QString& accountId)
{
    ProfileStore cli(store()->folder());
    cli.load();
    AccountRecord account;
    account.id = accountId;
    account.label = QStringLiteral("added by the CLI");
    QVERIFY(cli.saveAccount(profileId, account));
}

void tst_ProfilesDialog::importNeverReplacesAProfileOrItsAccounts()
{
    const QString id = createFrom(QStringLiteral("lofty"), QStringLiteral("Team"));
    AccountRecord account;
    account.id = QStringLiteral("acc-team");
    account.label = QStringLiteral("carol");
    QVERIFY(store()->saveAccount(id, account));
    QVERIFY(dialog()->selectProfile(id));
    const QString path = m_console->folderPath(QStringLiteral("team.json"));
    QVERIFY2(dialog()->exportTo(path), qPrintable(dialog()->status()));

    QVERIFY2(dialog()->importFrom(path), qPrintable(dialog()->status()));
    const QString importedId = dialog()->selectedProfileId();
    QVERIFY(importedId != id);
    QCOMPARE(store()->find(importedId)->name, QStringLiteral("Team 2"));
    QVERIFY(store()->find(importedId)->accounts.isEmpty());
    QCOMPARE(store()->find(id)->name, QStringLiteral("Team"));
    QCOMPARE(store()->find(id)->accountIds(), QStringList {QStringLiteral("acc-team")});
    ProfileStore reread(store()->folder());
    reread.load();
    QCOMPARE(reread.find(id)->accountIds(), QStringList {QStringLiteral("acc-team")});
}

// The dialog saves from the console's copy; the CLI wrote an account after the console read the
// file (no event loop turn in between, so the console has not reloaded yet).
void tst_ProfilesDialog::renameKeepsAnAccountTheCliAddedMeanwhile()
{
    const QString id = createFrom(QStringLiteral("lofty"), QStringLiteral("Shared team"));
    QVERIFY(dialog()->selectProfile(id));
    addAccountAsTheCli(id, QStringLiteral("acc-cli"));
    QVERIFY(!store()->find(id)->account(QStringLiteral("acc-cli"))); // the console's copy is older
    find<QLineEdit>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("Renamed team"));
    click(QStringLiteral("renameProfileButton"));
    QCOMPARE(dialog()->status(), QStringLiteral("Renamed to \"Renamed team\"."));
    QCOMPARE(store()->find(id)->accountIds(), QStringList {QStringLiteral("acc-cli")});
    ProfileStore reread(store()->folder());
    reread.load();
    QCOMPARE(reread.find(id)->name, QStringLiteral("Renamed team"));
    QCOMPARE(reread.find(id)->accountIds(), QStringList {QStringLiteral("acc-cli")});
}

// Registration > Save goes through ConsoleSession::updateProfile() with the panel's copy.
void tst_ProfilesDialog::registrationSaveKeepsAnAccountTheCliAddedMeanwhile()
{
    dialog()->close();
    m_console->window()->showPanel(MainWindow::Panel::Registration);
    const QString id = m_console->session()->profile().id;
    auto* appName = m_console->find<QLineEdit>(QStringLiteral("appNameEdit"));
    QVERIFY(appName);
    appName->setText(QStringLiteral("Renamed while the CLI works"));
    addAccountAsTheCli(id, QStringLiteral("acc-cli"));
    QVERIFY(!m_console->session()->profile().account(QStringLiteral("acc-cli")));
    QTest::mouseClick(m_console->find<QPushButton>(QStringLiteral("saveRegistrationButton")), Qt::LeftButton);
    QCOMPARE(
        m_console->session()->profile().registration.name, QStringLiteral("Renamed while the CLI works"));
    QVERIFY(m_console->session()->profile().account(QStringLiteral("acc-cli")));
    ProfileStore reread(store()->folder());
    reread.load();
    QCOMPARE(reread.find(id)->registration.name, QStringLiteral("Renamed while the CLI works"));
    QCOMPARE(reread.find(id)->accountIds(), QStringList {QStringLiteral("acc-cli")});
}

QTEST_MAIN(tst_ProfilesDialog)
#include "tst_profilesdialog.moc"
