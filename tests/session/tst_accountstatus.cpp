#include "profiles/ProfileJson.h"
#include "session/AccountStatus.h"
#include "util/UtcTime.h"

#include <QTest>

// The account states from the token's expiry, the clock and what the server said; the record
// fields that carry them across runs.
class tst_AccountStatus : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = UtcTime::make(QDate(2026, 3, 1), QTime(9, 0));

    TokenSet bearer(qint64 secondsLeft, bool withRefreshToken) const
    {
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.grant = TokenSet::Grant::AuthorizationCodePkce;
        token.accessToken = QStringLiteral("at-1");
        token.refreshToken = withRefreshToken ? QStringLiteral("rt-1") : QString();
        token.obtainedAt = m_now.addSecs(-60);
        token.expiresAt = m_now.addSecs(secondsLeft);
        return token;
    }

private slots:
    void stateFromTheTokenAndTheClock_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<bool>("renewable");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("usable");
        QTest::newRow("an hour left") << qint64(3600) << true << QStringLiteral("valid") << true;
        QTest::newRow("one second past the margin")
            << qint64(AccountStatus::ExpiringSeconds + 1) << false << QStringLiteral("valid") << true;
        QTest::newRow("at the margin")
            << qint64(AccountStatus::ExpiringSeconds) << false << QStringLiteral("expiring") << true;
        QTest::newRow("one second left") << qint64(1) << true << QStringLiteral("expiring") << true;
        QTest::newRow("at the expiry") << qint64(0) << true << QStringLiteral("expired") << false;
        QTest::newRow("an hour ago") << qint64(-3600) << false << QStringLiteral("expired") << false;
    }

    void stateFromTheTokenAndTheClock()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(bool, renewable);
        QFETCH(QString, name);
        QFETCH(bool, usable);
        const AccountStatus status
            = AccountStatus::of(AccountRecord(), bearer(secondsLeft, renewable), m_now);
        QCOMPARE(status.name(), name);
        QCOMPARE(status.isUsable(), usable);
        QCOMPARE(status.isRenewable(), renewable);
        QCOMPARE(status.secondsLeft(), qMax<qint64>(0, secondsLeft));
    }

    void expiredSaysWhetherItRenewsItself()
    {
        const AccountStatus renews = AccountStatus::of(AccountRecord(), bearer(-10, true), m_now);
        QCOMPARE(renews.description(),
            QStringLiteral("The access token has expired; it is renewed on the next request."));
        const AccountStatus dead = AccountStatus::of(AccountRecord(), bearer(-10, false), m_now);
        QCOMPARE(dead.description(),
            QStringLiteral(
                "The access token has expired and cannot be renewed: authorize the account again."));
    }

    void aTokenWithoutExpiryIsValid()
    {
        TokenSet key;
        key.kind = TokenSet::Kind::ApiKey;
        key.grant = TokenSet::Grant::ApiKey;
        key.accessToken = QStringLiteral("key-1");
        const AccountStatus status = AccountStatus::of(AccountRecord(), key, m_now);
        QCOMPARE(status.state(), AccountStatus::State::Valid);
        QCOMPARE(status.secondsLeft(), qint64(-1));
        QCOMPARE(status.description(), QStringLiteral("The token does not say when it expires."));
    }

    void aRefusalWinsOverAValidExpiryUntilANewToken()
    {
        AccountRecord record;
        QVERIFY(AccountStatus::noteRefused(&record, QStringLiteral("invalid_grant: revoked"), m_now));
        QVERIFY(!AccountStatus::noteRefused(&record, QStringLiteral("invalid_grant: revoked"), m_now));
        QCOMPARE(record.refusedAt, m_now);
        const AccountStatus refused = AccountStatus::of(record, bearer(3600, true), m_now);
        QCOMPARE(refused.state(), AccountStatus::State::NeedsReauthorization);
        QCOMPARE(refused.name(), QStringLiteral("needs-reauthorization"));
        QCOMPARE(refused.title(), QStringLiteral("Needs re-authorization"));
        QVERIFY(refused.description().contains(QStringLiteral("(invalid_grant: revoked)")));
        QVERIFY(!refused.isUsable());

        QVERIFY(AccountStatus::noteToken(&record, bearer(1800, true)));
        QVERIFY(record.refusedReason.isEmpty());
        QVERIFY(!record.refusedAt.isValid());
        QCOMPARE(record.expiresAt, m_now.addSecs(1800));
        QVERIFY(record.renewable);
        QCOMPARE(AccountStatus::of(record, m_now).state(), AccountStatus::State::Valid);
        QVERIFY(!AccountStatus::noteToken(&record, bearer(1800, true)));
    }

    void aFailedApiKeyCheckIsUnverifiedNotRefused()
    {
        AccountRecord record;
        record.grant = TokenSet::Grant::ApiKey;
        AccountStatus::noteRefused(&record, QStringLiteral("401"), m_now);
        QVERIFY(AccountStatus::noteVerified(&record, false));
        QCOMPARE(AccountStatus::of(record, m_now).name(), QStringLiteral("unverified"));
        QVERIFY(record.refusedReason.isEmpty());
        QVERIFY(AccountStatus::noteVerified(&record, true));
        QCOMPARE(AccountStatus::of(record, m_now).name(), QStringLiteral("valid"));
        QVERIFY(!AccountStatus::noteVerified(&record, true));
    }

    void theRecordAloneGivesTheStateAfterARestart()
    {
        Profile profile = Profile::lofty();
        profile.id = QStringLiteral("p1");
        AccountRecord expiring;
        expiring.id = QStringLiteral("a1");
        AccountStatus::noteToken(&expiring, bearer(120, false));
        AccountRecord refused;
        refused.id = QStringLiteral("a2");
        AccountStatus::noteToken(&refused, bearer(3600, true));
        AccountStatus::noteRefused(&refused, QStringLiteral("The token was revoked"), m_now);
        AccountRecord unverified;
        unverified.id = QStringLiteral("a3");
        AccountStatus::noteVerified(&unverified, false);
        profile.accounts = {expiring, refused, unverified};
        profile.selectedAccountId = QStringLiteral("a2");

        FieldProblems problems;
        const Profile read = ProfileJson::fromJson(ProfileJson::toJson(profile, ProfileJson::Content::Stored),
            QStringLiteral("p"), ProfileJson::Content::Stored, &problems);
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.isEmpty() ? QString() : problems.constFirst().toString()));
        QCOMPARE(read.accounts, profile.accounts);
        QCOMPARE(read.selectedAccountId, QStringLiteral("a2"));
        QCOMPARE(AccountStatus::of(read.accounts.at(0), m_now).name(), QStringLiteral("expiring"));
        QCOMPARE(
            AccountStatus::of(read.accounts.at(1), m_now).name(), QStringLiteral("needs-reauthorization"));
        QCOMPARE(AccountStatus::of(read.accounts.at(2), m_now).name(), QStringLiteral("unverified"));
    }
};

QTEST_GUILESS_MAIN(tst_AccountStatus)
#include "tst_accountstatus.moc"
