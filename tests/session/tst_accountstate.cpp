#include "ManualClock.h"
#include "TestBrowser.h"
#include "api/ApiClient.h"
#include "api/ApiResponse.h"
#include "api/HistoryEntry.h"
#include "api/RequestHistory.h"
#include "catalog/EndpointCatalog.h"
#include "oauth/TokenRefresher.h"
#include "profiles/InMemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Account state that tells the truth, end to end against the in-process sandbox: a refused token
// is renewed once and the request retried; a token the server revoked marks the account "needs
// re-authorization", also after a restart; re-authorizing renews the same account; the selected
// account is remembered; an API key is checked with one identity call.
class tst_AccountState : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<ProfileStore> profiles;
        std::unique_ptr<ConsoleSession> session;
        std::unique_ptr<TestBrowser> browser;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    InMemorySecretStore* m_secrets = nullptr;

    Fixture open()
    {
        Fixture f;
        f.profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("config")));
        f.profiles->load();
        f.session = std::make_unique<ConsoleSession>(
            f.profiles.get(), m_secrets, m_dir->filePath(QStringLiteral("history")));
        f.browser = std::make_unique<TestBrowser>();
        TestBrowser* browser = f.browser.get();
        connect(f.session->authorization(), &AuthorizationService::openBrowserRequested, browser,
            [browser](const QUrl& url) { browser->open(url, QStringLiteral("alice")); });
        return f;
    }

    static QString authorize(ConsoleSession* session, const AuthorizationRequest& request)
    {
        QSignalSpy finished(session->authorization(), &AuthorizationService::finished);
        if (!session->authorization()->authorize(request) || !finished.wait(15000))
            return QString();
        const QList<QVariant> args = finished.takeFirst();
        if (!args.at(0).toBool())
            qWarning() << "authorization failed:" << args.at(2).toString();
        return args.at(0).toBool() ? args.at(1).toString() : QString();
    }

    static QString authorizePkce(ConsoleSession* session, const QString& label, const QString& accountId = {})
    {
        AuthorizationRequest request;
        request.grant = TokenSet::Grant::AuthorizationCodePkce;
        request.label = label;
        request.accountId = accountId;
        return authorize(session, request);
    }

    static ApiResponse call(ConsoleSession* session, const QString& path)
    {
        std::unique_ptr<ApiReply> reply(
            session->requests()->send(session->requests()->requestFor(QStringLiteral("GET"), path)));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
            return ApiResponse();
        return reply->response();
    }

    static QList<int> retriedEntries(const RequestHistory* history)
    {
        QList<int> indexes;
        for (int i = 0; i < history->count(); ++i) {
            if (history->summaries().at(i).renewedAndRetried)
                indexes << i;
        }
        return indexes;
    }

    static void addAnApi(ConsoleSession* session)
    {
        Profile edited = session->profile();
        for (const QString& api : EndpointCatalog::builtIn().apis()) {
            if (!edited.registration.grants(api)) {
                edited.registration.grantedApis << api;
                break;
            }
        }
        QVERIFY(session->updateProfile(edited));
    }

private slots:
    void initTestCase() { qRegisterMetaType<ApiReply*>(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_secrets = new InMemorySecretStore(this);
    }

    void cleanup()
    {
        delete m_secrets;
        m_secrets = nullptr;
    }

    // The sandbox's clock runs two hours ahead: the console still believes the access token valid
    // and sends it, the API answers 401, one refresh follows and the request goes out again.
    void aRefusedTokenIsRenewedOnceAndTheRequestRetried()
    {
        Fixture f = open();
        QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
        ManualClock consoleClock(QDateTime::currentDateTimeUtc());
        f.session->setClock(&consoleClock);
        const QString accountId = authorizePkce(f.session.get(), QStringLiteral("alice"));
        QVERIFY(!accountId.isEmpty());
        // The identity call after the grant is over before the clocks part.
        QTRY_VERIFY(f.session->profile().account(accountId)->identity.isKnown());
        f.session->requests()->flushHistory();
        const RequestHistory* history = f.session->requests()->history();
        const int before = history->count();
        const TokenSet first = f.session->accounts()->token(accountId);
        QVERIFY(first.expiresAt.isValid());
        ManualClock sandboxClock(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
        f.session->sandbox()->setClock(&sandboxClock);

        auto* refresher
            = qobject_cast<TokenRefresher*>(f.session->accounts()->account(accountId)->credentials());
        QVERIFY(refresher);
        QCOMPARE(refresher->requestCount(), 0);
        const ApiResponse me = call(f.session.get(), QStringLiteral("/v1.0/me"));
        QCOMPARE(me.httpStatus, 200);
        QCOMPARE(refresher->requestCount(), 1);
        QVERIFY(f.session->accounts()->token(accountId).accessToken != first.accessToken);
        QCOMPARE(f.session->accounts()->status(accountId).state(), AccountStatus::State::Valid);
        f.session->sandbox()->setClock(nullptr);

        // History keeps both exchanges: the refused one marked, then the retry's answer.
        f.session->requests()->flushHistory();
        QCOMPARE(history->count(), before + 2);
        const RequestHistory::Summary refused = history->summaries().at(before);
        const RequestHistory::Summary retried = history->summaries().at(before + 1);
        QCOMPARE(QUrl(refused.url).path(), QStringLiteral("/v1.0/me"));
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.renewedAndRetried);
        QCOMPARE(retried.url, refused.url);
        QCOMPARE(retried.status, 200);
        QVERIFY(!retried.renewedAndRetried);
        QCOMPARE(retriedEntries(history), QList<int> {before});
        const std::optional<HistoryEntry> stored = history->entry(before);
        QVERIFY(stored);
        QVERIFY(stored->renewedAndRetried); // read back from the file
        QCOMPARE(stored->status, 401);
    }

    void aRevokedAccountNeedsReauthorizationAlsoAfterARestart()
    {
        QString accountId;
        {
            Fixture f = open();
            QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
            accountId = authorizePkce(f.session.get(), QStringLiteral("alice at work"));
            QVERIFY(!accountId.isEmpty());
            QCOMPARE(f.session->accounts()->status(accountId).state(), AccountStatus::State::Valid);
            addAnApi(f.session.get()); // Development mode: the app's tokens die at once

            QSignalSpy reauthorize(f.session->accounts(), &AccountRegistry::reauthorizationRequired);
            QSignalSpy stateChanged(f.session->accounts(), &AccountRegistry::accountStateChanged);
            const ApiResponse me = call(f.session.get(), QStringLiteral("/v1.0/me"));
            QCOMPARE(me.httpStatus, 401);
            // The renewal failed, so nothing was sent again: the 401 is the final answer, unmarked.
            f.session->requests()->flushHistory();
            QCOMPARE(f.session->requests()->history()->summaries().constLast().status, 401);
            QCOMPARE(retriedEntries(f.session->requests()->history()), QList<int>());
            auto* refresher
                = qobject_cast<TokenRefresher*>(f.session->accounts()->account(accountId)->credentials());
            QCOMPARE(refresher->requestCount(), 1); // one refresh, which answered invalid_grant
            QCOMPARE(reauthorize.size(), 1);
            QCOMPARE(stateChanged.size(), 1);
            QCOMPARE(
                f.session->accounts()->status(accountId).state(), AccountStatus::State::NeedsReauthorization);
            // Later requests fail at once, without another refresh.
            QCOMPARE(call(f.session.get(), QStringLiteral("/v1.0/me")).error.kind(),
                LoftyError::Kind::NoCredentials);
            QCOMPARE(refresher->requestCount(), 1);
        }
        ProfileStore onDisk(m_dir->filePath(QStringLiteral("config")));
        onDisk.load();
        const AccountRecord* stored
            = onDisk.find(QString::fromLatin1(Profile::SandboxPresetId))->account(accountId);
        QVERIFY(stored);
        QVERIFY(!stored->refusedReason.isEmpty());

        Fixture next = open();
        QVERIFY(next.session->activateProfile(QStringLiteral("Sandbox")));
        QCOMPARE(next.session->accounts()->currentId(), accountId);
        QTRY_VERIFY(next.session->accounts()->token(accountId).isValid());
        QCOMPARE(
            next.session->accounts()->status(accountId).state(), AccountStatus::State::NeedsReauthorization);

        // Re-authorize in place: the same account, its label kept, no second account.
        QCOMPARE(authorizePkce(next.session.get(), QString(), accountId), accountId);
        QCOMPARE(next.session->profile().accounts.size(), 1);
        QCOMPARE(next.session->profile().account(accountId)->label, QStringLiteral("alice at work"));
        QCOMPARE(next.session->accounts()->status(accountId).state(), AccountStatus::State::Valid);
        QCOMPARE(call(next.session.get(), QStringLiteral("/v1.0/me")).httpStatus, 200);
        ProfileStore after(m_dir->filePath(QStringLiteral("config")));
        after.load();
        const Profile* sandbox = after.find(QString::fromLatin1(Profile::SandboxPresetId));
        QCOMPARE(sandbox->accounts.size(), 1);
        QVERIFY(sandbox->account(accountId)->refusedReason.isEmpty());
    }

    void theSelectedAccountIsRememberedPerProfile()
    {
        QString first;
        {
            Fixture f = open();
            QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
            first = authorizePkce(f.session.get(), QStringLiteral("first"));
            const QString second = authorizePkce(f.session.get(), QStringLiteral("second"));
            QVERIFY(!first.isEmpty() && !second.isEmpty());
            QCOMPARE(f.session->accounts()->currentId(), second);
            f.session->accounts()->select(first);
        }
        Fixture next = open();
        QVERIFY(next.session->activateProfile(QStringLiteral("Sandbox")));
        QCOMPARE(next.session->accounts()->currentId(), first);
    }

    void anApiKeyIsCheckedWithOneIdentityCall()
    {
        Fixture f = open();
        QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
        AuthorizationRequest good;
        good.grant = TokenSet::Grant::ApiKey;
        good.apiKey = f.session->sandbox()->config().account(QStringLiteral("bob"))->customerKey;
        QSignalSpy lookups(f.session->authorization(), &AuthorizationService::identityLookupStarted);
        const QString goodAccount = authorize(f.session.get(), good);
        QVERIFY(!goodAccount.isEmpty());
        QTRY_VERIFY(f.session->profile().account(goodAccount)->identity.isKnown());
        QCOMPARE(f.session->accounts()->status(goodAccount).state(), AccountStatus::State::Valid);

        AuthorizationRequest bad;
        bad.grant = TokenSet::Grant::ApiKey;
        bad.apiKey = QStringLiteral("not-a-key-the-sandbox-knows");
        const QString badAccount = authorize(f.session.get(), bad);
        QVERIFY(!badAccount.isEmpty());
        QTRY_COMPARE(f.session->accounts()->status(badAccount).state(), AccountStatus::State::Unverified);
        QCOMPARE(lookups.size(), 2); // one identity call per key
        QCOMPARE(f.session->accounts()->status(goodAccount).state(), AccountStatus::State::Valid);
    }
};

QTEST_GUILESS_MAIN(tst_AccountState)
#include "tst_accountstate.moc"
