#include "LogCapture.h"
#include "TestBrowser.h"
#include "api/ApiReply.h"
#include "api/ApiResponse.h"
#include "api/RequestHistory.h"
#include "catalog/EndpointCatalog.h"
#include "profiles/InMemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "util/SecretMasker.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

// The console's and the CLI's glue, end to end against the in-process sandbox: profile
// activation, every grant, tokens kept in the SecretStore (never in files), API calls, history,
// registration edits that reach the sandbox, forgetting an account.
class tst_ConsoleSession : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<ProfileStore> profiles;
        std::unique_ptr<InMemorySecretStore> secrets;
        std::unique_ptr<ConsoleSession> session;
    };

    QTemporaryDir m_dir;
    QStringList m_secretsSeen;

    Fixture makeSession(InMemorySecretStore* sharedSecrets = nullptr)
    {
        Fixture f;
        f.profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("config")));
        f.profiles->load();
        if (!sharedSecrets)
            f.secrets = std::make_unique<InMemorySecretStore>();
        f.session = std::make_unique<ConsoleSession>(f.profiles.get(),
            sharedSecrets ? sharedSecrets : f.secrets.get(), m_dir.filePath(QStringLiteral("history")));
        return f;
    }

    // Plays the user's browser: approves as alice on the sandbox's consent page.
    static void approveInBrowser(ConsoleSession* session, TestBrowser* browser)
    {
        connect(session->authorization(), &AuthorizationService::openBrowserRequested, browser,
            [browser](const QUrl& url) { browser->open(url, QStringLiteral("alice")); });
    }

    static QString authorizeWith(ConsoleSession* session, const AuthorizationRequest& request)
    {
        QSignalSpy finished(session->authorization(), &AuthorizationService::finished);
        if (!session->authorization()->authorize(request))
            return QString();
        if (!finished.wait(15000))
            return QString();
        const QList<QVariant> args = finished.takeFirst();
        if (!args.at(0).toBool())
            qWarning() << "authorization failed:" << args.at(2).toString();
        return args.at(0).toBool() ? args.at(1).toString() : QString();
    }

    static ApiResponse call(ConsoleSession* session, const QString& path)
    {
        std::unique_ptr<ApiReply> reply(
            session->requests()->send(session->requests()->requestFor(QStringLiteral("GET"), path)));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 15000))
            return ApiResponse();
        return reply->response();
    }

    // A first run of the console: opens the Sandbox profile with `secrets`, authorizes alice with
    // `grant`, waits until the console knows who she is, then lets `beforeStop` act on the session
    // before it ends. The account's id and its token, or an empty id.
    QString authorizeInAnEarlierRun(InMemorySecretStore* secrets, TokenSet::Grant grant, TokenSet* token,
        const std::function<void(ConsoleSession*)>& beforeStop = {})
    {
        Fixture first = makeSession(secrets);
        if (!first.session->activateProfile(QStringLiteral("Sandbox")))
            return QString();
        TestBrowser browser;
        approveInBrowser(first.session.get(), &browser);
        AuthorizationRequest request;
        request.grant = grant;
        const QString accountId = authorizeWith(first.session.get(), request);
        const auto identityKnown = [&] {
            const AccountRecord* account = first.session->profile().account(accountId);
            return account && account->identity.isKnown();
        };
        if (accountId.isEmpty() || !QTest::qWaitFor(identityKnown, 15000))
            return QString();
        *token = first.session->accounts()->token(accountId);
        noteSecrets(*token);
        if (beforeStop)
            beforeStop(first.session.get());
        return accountId;
    }

    // The next run: a new session over the same files and secrets, the account selected and its
    // token loaded (check token(accountId).isValid()).
    Fixture reopen(InMemorySecretStore* secrets, const QString& accountId)
    {
        Fixture next = makeSession(secrets);
        if (next.session->activateProfile(QStringLiteral("Sandbox"))) {
            next.session->accounts()->select(accountId);
            (void)QTest::qWaitFor(
                [&] { return next.session->accounts()->token(accountId).isValid(); }, 15000);
        }
        return next;
    }

    void noteSecrets(const TokenSet& token) { m_secretsSeen << token.accessToken << token.refreshToken; }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void activatesTheBuiltInSandboxByName()
    {
        Fixture f = makeSession();
        QString error;
        QVERIFY2(f.session->activateProfile(QStringLiteral("sandbox"), &error), qPrintable(error));
        QVERIFY(f.session->backend()->isSandbox());
        QVERIFY(f.session->sandbox() && f.session->sandbox()->isListening());
        QCOMPARE(f.session->profile().apiBaseUrl, f.session->sandbox()->baseUrl());
        QCOMPARE(f.profiles->currentProfileId(), f.session->profile().id);
    }

    void refusesAnUnknownProfileWithTheKnownNames()
    {
        Fixture f = makeSession();
        QString error;
        QVERIFY(!f.session->activateProfile(QStringLiteral("Nope"), &error));
        QVERIFY2(error.contains(QStringLiteral("Nope")) && error.contains(QStringLiteral("Sandbox")),
            qPrintable(error));
    }

    void pkceGrantCreatesAnAccountAndCallsTheApi()
    {
        Fixture f = makeSession();
        QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
        TestBrowser browser;
        approveInBrowser(f.session.get(), &browser);
        AuthorizationRequest request;
        request.grant = TokenSet::Grant::AuthorizationCodePkce;
        request.label = QStringLiteral("alice via PKCE");
        const QString accountId = authorizeWith(f.session.get(), request);
        QVERIFY(!accountId.isEmpty());
        QCOMPARE(f.session->accounts()->currentId(), accountId);
        const TokenSet token = f.session->accounts()->token(accountId);
        QVERIFY(token.isValid());
        QVERIFY(token.hasRefreshToken());
        noteSecrets(token);

        const ApiResponse me = call(f.session.get(), QStringLiteral("/v1.0/me"));
        QCOMPARE(me.httpStatus, 200);
        QTRY_VERIFY(f.session->profile().account(accountId)->identity.isKnown());
        QCOMPARE(f.profiles->find(f.session->profile().id)->account(accountId)->label,
            QStringLiteral("alice via PKCE"));
        QTRY_COMPARE(f.session->requests()->history()->count(), 2); // the identity call and this one
        QVERIFY(f.secrets->contains(
            SecretStore::key(f.session->profile().id, accountId, SecretStore::Kind::TokenSet)));
    }

    void aNewSessionLoadsTheAccountFromTheSecretStore()
    {
        InMemorySecretStore secrets;
        TokenSet original;
        const QString accountId
            = authorizeInAnEarlierRun(&secrets, TokenSet::Grant::AuthorizationCode, &original);
        QVERIFY(!accountId.isEmpty());
        Fixture second = reopen(&secrets, accountId);
        QVERIFY(second.session->accounts()->token(accountId).isValid());
        QCOMPARE(second.session->accounts()->token(accountId).accessToken, original.accessToken);
        QCOMPARE(second.session->accounts()->token(accountId).refreshToken, original.refreshToken);
    }

    // The built-in sandbox starts empty in every run; the account's tokens, kept by the console,
    // still work in the next run: the API answers, and the refresh token is honoured and rotates.
    void aSandboxAccountStillWorksAfterARestart()
    {
        InMemorySecretStore secrets;
        TokenSet original;
        const QString accountId
            = authorizeInAnEarlierRun(&secrets, TokenSet::Grant::AuthorizationCodePkce, &original);
        QVERIFY(!accountId.isEmpty());
        Fixture second = reopen(&secrets, accountId);
        QVERIFY(second.session->accounts()->token(accountId).isValid());
        QCOMPARE(call(second.session.get(), QStringLiteral("/v1.0/me")).httpStatus, 200);

        QSignalSpy changed(second.session.get()->accounts(), &AccountRegistry::tokenChanged);
        QSignalSpy reauthorize(second.session.get()->accounts(), &AccountRegistry::reauthorizationRequired);
        second.session->accounts()->current()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 15000);
        const TokenSet refreshed = second.session->accounts()->token(accountId);
        noteSecrets(refreshed);
        QVERIFY(refreshed.accessToken != original.accessToken);
        QVERIFY(refreshed.refreshToken != original.refreshToken);
        QCOMPARE(reauthorize.size(), 0);
        QCOMPARE(call(second.session.get(), QStringLiteral("/v1.0/me")).httpStatus, 200);
    }

    void clientCredentialsAndApiKeyGrants()
    {
        Fixture f = makeSession();
        QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
        const QString customerKey
            = f.session->sandbox()->config().account(QStringLiteral("bob"))->customerKey;
        m_secretsSeen << customerKey;

        AuthorizationRequest credentials;
        credentials.grant = TokenSet::Grant::ClientCredentials;
        credentials.customerKey = customerKey;
        const QString serviceAccount = authorizeWith(f.session.get(), credentials);
        QVERIFY(!serviceAccount.isEmpty());
        noteSecrets(f.session->accounts()->token(serviceAccount));
        QCOMPARE(call(f.session.get(), QStringLiteral("/v1.0/me")).httpStatus, 200);
        QVERIFY(f.secrets->contains(
            SecretStore::key(f.session->profile().id, serviceAccount, SecretStore::Kind::CustomerKey)));

        AuthorizationRequest apiKey;
        apiKey.grant = TokenSet::Grant::ApiKey;
        apiKey.apiKey = customerKey; // a Lofty customer key is the user's API key
        const QString keyAccount = authorizeWith(f.session.get(), apiKey);
        QVERIFY(!keyAccount.isEmpty());
        QCOMPARE(f.session->accounts()->token(keyAccount).kind, TokenSet::Kind::ApiKey);
        QCOMPARE(call(f.session.get(), QStringLiteral("/v1.0/me")).httpStatus, 200);
    }

    void grantingAnApiReachesTheSandboxAndInvalidatesTokens()
    {
        Fixture f = makeSession();
        QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
        TestBrowser browser;
        approveInBrowser(f.session.get(), &browser);
        AuthorizationRequest request;
        request.grant = TokenSet::Grant::AuthorizationCodePkce;
        QVERIFY(!authorizeWith(f.session.get(), request).isEmpty());
        noteSecrets(f.session->accounts()->token(f.session->accounts()->currentId()));
        const QString clientId = f.session->profile().registration.clientId;

        const ApiResponse refused = call(f.session.get(), QStringLiteral("/v1.0/webhooks"));
        QCOMPARE(refused.httpStatus, 403);

        Profile edited = f.session->profile();
        QVERIFY(!edited.registration.grantedApis.contains(QStringLiteral("Webhooks")));
        edited.registration.grantedApis << QStringLiteral("Webhooks");
        QVERIFY(f.session->updateProfile(edited));
        QTRY_VERIFY(
            f.session->sandbox()->config().app(clientId)->grantedApis.contains(QStringLiteral("Webhooks")));
        const ApiResponse afterGrant = call(f.session.get(), QStringLiteral("/v1.0/me"));
        // The old token stops working: the sandbox answers 401, as Lofty does.
        QCOMPARE(afterGrant.httpStatus, 401);
        QCOMPARE(afterGrant.error.kind(), LoftyError::Kind::Unauthorized);

        // Stored, so the next run starts the sandbox with the same grants.
        QVERIFY(f.profiles->find(edited.id)->registration.grantedApis.contains(QStringLiteral("Webhooks")));
    }

    // Lofty's rule survives a restart: adding an API revoked the tokens, so the next run's
    // sandbox does not take them back and the account must be authorized again.
    void tokensRevokedByAnAddedApiStayDeadAfterARestart()
    {
        InMemorySecretStore secrets;
        TokenSet original;
        const auto grantAnotherApi = [](ConsoleSession* session) {
            Profile edited = session->profile();
            QString added;
            for (const QString& api : EndpointCatalog::builtIn().apis()) {
                if (added.isEmpty() && !edited.registration.grants(api))
                    added = api;
            }
            QVERIFY(!added.isEmpty());
            edited.registration.grantedApis << added;
            QVERIFY(session->updateProfile(edited));
            QVERIFY(session->profile().registration.apisAddedAt.isValid());
            QTRY_VERIFY(
                session->sandbox()->config().app(edited.registration.clientId)->grantedApis.contains(added));
        };
        const QString accountId = authorizeInAnEarlierRun(
            &secrets, TokenSet::Grant::AuthorizationCodePkce, &original, grantAnotherApi);
        QVERIFY(!accountId.isEmpty());
        Fixture second = reopen(&secrets, accountId);
        QVERIFY(second.session->profile().registration.apisAddedAt.isValid()); // kept in profiles.json
        QVERIFY(second.session->accounts()->token(accountId).isValid());
        QSignalSpy reauthorize(second.session.get()->accounts(), &AccountRegistry::reauthorizationRequired);
        const ApiResponse me = call(second.session.get(), QStringLiteral("/v1.0/me"));
        QCOMPARE(me.httpStatus, 401); // a revoked token does not work again
        QCOMPARE(me.error.kind(), LoftyError::Kind::Unauthorized);
        second.session->accounts()->current()->refresh(); // the refresh token died too
        QTRY_VERIFY_WITH_TIMEOUT(reauthorize.size() == 1, 15000);
    }

    void forgettingAnAccountRemovesItsSecrets()
    {
        Fixture f = makeSession();
        QVERIFY(f.session->activateProfile(QStringLiteral("Sandbox")));
        AuthorizationRequest request;
        request.grant = TokenSet::Grant::ClientCredentials;
        request.customerKey = f.session->sandbox()->config().account(QStringLiteral("alice"))->customerKey;
        const QString accountId = authorizeWith(f.session.get(), request);
        QVERIFY(!accountId.isEmpty());
        const QString profileId = f.session->profile().id;
        QTRY_VERIFY(f.secrets->contains(SecretStore::key(profileId, accountId, SecretStore::Kind::TokenSet)));
        f.session->accounts()->forget(accountId);
        QVERIFY(!f.session->profile().account(accountId));
        QTRY_VERIFY(
            !f.secrets->contains(SecretStore::key(profileId, accountId, SecretStore::Kind::TokenSet)));
        QTRY_VERIFY(
            !f.secrets->contains(SecretStore::key(profileId, accountId, SecretStore::Kind::CustomerKey)));
        QVERIFY(!f.profiles->find(profileId)->account(accountId));
    }

    // Issue 5's rule: after real flows, no file the session wrote holds a secret in any of its
    // usual encodings. Runs last, over everything the earlier tests wrote.
    void noFileHoldsASecret()
    {
        m_secretsSeen << QStringLiteral("sbx-secret/web+key=1");
        m_secretsSeen.removeAll(QString());
        QVERIFY(m_secretsSeen.size() >= 8);
        QStringList needles;
        for (const QString& secret : std::as_const(m_secretsSeen)) {
            needles << secret << QString::fromLatin1(QUrl::toPercentEncoding(secret))
                    << QString::fromLatin1(secret.toUtf8().toBase64())
                    << QString::fromLatin1(secret.toUtf8().toBase64(
                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        }
        int filesRead = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(file.readAll());
            ++filesRead;
            for (const QString& needle : std::as_const(needles))
                QVERIFY2(!content.contains(needle),
                    qPrintable(file.fileName() + QStringLiteral(" holds a secret")));
        }
        QVERIFY2(filesRead >= 2, "the profile file and a history file were expected");
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleSession)
#include "tst_consolesession.moc"
