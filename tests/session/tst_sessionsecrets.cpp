// The session's registry of secret values: rotated and removed values are forgotten, values
// still held by another owner stay masked.
#include "session/SessionSecrets.h"
#include "util/SecretMasker.h"

#include <QTest>

namespace {

const QString Access1 = QStringLiteral("access-token-one-0123456789");
const QString Access2 = QStringLiteral("access-token-two-0123456789");
const QString Refresh = QStringLiteral("refresh-token-0123456789");

bool masks(const SecretMasker& masker, const QString& value)
{
    return !masker.redact(QStringLiteral("value=") + value).contains(value);
}

} // namespace

class tst_SessionSecrets : public QObject
{
    Q_OBJECT

private slots:
    void aSetValueIsMaskedInEveryOutput()
    {
        SecretMasker masker;
        SessionSecrets secrets(&masker);
        secrets.set(SessionSecrets::accountOwner(QStringLiteral("a1"), QStringLiteral("access")), Access1);
        QVERIFY(masks(masker, Access1));
        QCOMPARE(masker.redact(Access1), SecretMasker::mask(Access1));
        QCOMPARE(secrets.count(), 1);
    }

    void aRotatedValueIsForgotten()
    {
        SecretMasker masker;
        SessionSecrets secrets(&masker);
        const QString owner = SessionSecrets::accountOwner(QStringLiteral("a1"), QStringLiteral("access"));
        secrets.set(owner, Access1);
        secrets.set(owner, Access2);
        QCOMPARE(masker.redact(Access1), Access1);
        QCOMPARE(masker.redact(Access2), SecretMasker::mask(Access2));
        QCOMPARE(secrets.value(owner), Access2);
        QCOMPARE(masker.knownCount(), 1);
    }

    void aRemovedAccountsValuesAreForgotten()
    {
        SecretMasker masker;
        SessionSecrets secrets(&masker);
        secrets.set(SessionSecrets::accountOwner(QStringLiteral("a1"), QStringLiteral("access")), Access1);
        secrets.set(SessionSecrets::accountOwner(QStringLiteral("a1"), QStringLiteral("refresh")), Refresh);
        secrets.set(SessionSecrets::accountOwner(QStringLiteral("a2"), QStringLiteral("access")), Access2);
        secrets.removeWithPrefix(QStringLiteral("account/a1/"));
        QCOMPARE(masker.redact(Access1), Access1);
        QCOMPARE(masker.redact(Refresh), Refresh);
        QCOMPARE(masker.redact(Access2), SecretMasker::mask(Access2));
        QCOMPARE(secrets.count(), 1);
    }

    void aValueHeldByAnotherOwnerStaysMasked()
    {
        SecretMasker masker;
        SessionSecrets secrets(&masker);
        masker.remember(Access1, QStringLiteral("elsewhere"));
        secrets.set(QStringLiteral("client-secret"), Access1);
        secrets.remove(QStringLiteral("client-secret"));
        QCOMPARE(masker.redact(Access1), SecretMasker::mask(Access1));
    }

    void twoSessionsDoNotForgetEachOthersValues()
    {
        SecretMasker masker;
        SessionSecrets first(&masker);
        SessionSecrets second(&masker);
        first.set(QStringLiteral("client-secret"), Access1);
        second.set(QStringLiteral("client-secret"), Access1);
        first.remove(QStringLiteral("client-secret"));
        QCOMPARE(masker.redact(Access1), SecretMasker::mask(Access1));
    }

    void anEmptyValueRemovesTheOwner()
    {
        SecretMasker masker;
        SessionSecrets secrets(&masker);
        secrets.set(QStringLiteral("client-secret"), Access1);
        secrets.set(QStringLiteral("client-secret"), QString());
        QCOMPARE(secrets.count(), 0);
        QCOMPARE(masker.redact(Access1), Access1);
    }

    void destroyingTheSessionForgetsItsValues()
    {
        SecretMasker masker;
        {
            SessionSecrets secrets(&masker);
            secrets.set(QStringLiteral("client-secret"), Access1);
        }
        QCOMPARE(masker.knownCount(), 0);
        QCOMPARE(masker.redact(Access1), Access1);
    }
};

QTEST_GUILESS_MAIN(tst_SessionSecrets)
#include "tst_sessionsecrets.moc"
