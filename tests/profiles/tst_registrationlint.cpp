#include "profiles/RegistrationLint.h"

#include <QTest>

namespace {

AppRegistration registeredApp()
{
    AppRegistration app;
    app.name = QStringLiteral("CRM sync");
    app.clientId = QStringLiteral("client-1");
    app.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    app.grantedApis = {QStringLiteral("Leads"), QStringLiteral("Current User")};
    return app;
}

bool hasFinding(const QList<RegistrationLint::Finding>& findings,
    RegistrationLint::Finding::Severity severity, const QString& field)
{
    for (const auto& finding : findings) {
        if (finding.severity == severity && finding.field == field)
            return true;
    }
    return false;
}

} // namespace

class TestRegistrationLint : public QObject
{
    Q_OBJECT

private slots:
    void loopbackRedirectMatchesAnyPort()
    {
        QVERIFY(RegistrationLint::isRedirectUriRegistered({QStringLiteral("http://127.0.0.1/callback")},
            QUrl(QStringLiteral("http://127.0.0.1:53124/callback"))));
        QVERIFY(RegistrationLint::isRedirectUriRegistered({QStringLiteral("http://localhost:8080/callback")},
            QUrl(QStringLiteral("http://localhost:9/callback"))));
    }

    void loopbackRedirectStillNeedsHostAndPath()
    {
        const QStringList registered {QStringLiteral("http://127.0.0.1/callback")};
        QVERIFY(!RegistrationLint::isRedirectUriRegistered(
            registered, QUrl(QStringLiteral("http://127.0.0.1:5/cb"))));
        QVERIFY(!RegistrationLint::isRedirectUriRegistered(
            registered, QUrl(QStringLiteral("http://localhost:5/callback"))));
    }

    void nonLoopbackRedirectMustMatchExactly()
    {
        const QStringList registered {QStringLiteral("https://app.example.com/callback")};
        QVERIFY(RegistrationLint::isRedirectUriRegistered(
            registered, QUrl(QStringLiteral("https://app.example.com/callback"))));
        QVERIFY(!RegistrationLint::isRedirectUriRegistered(
            registered, QUrl(QStringLiteral("https://app.example.com:8443/callback"))));
    }

    void unregisteredConsoleRedirectIsAnError()
    {
        AppRegistration app = registeredApp();
        app.redirectUris = {QStringLiteral("https://app.example.com/callback")};
        const auto findings
            = RegistrationLint::check(app, QUrl(QStringLiteral("http://127.0.0.1:4000/callback")));
        QVERIFY(
            hasFinding(findings, RegistrationLint::Finding::Severity::Error, QStringLiteral("redirectUris")));
    }

    void registeredConsoleRedirectIsNotReported()
    {
        const auto findings = RegistrationLint::check(
            registeredApp(), QUrl(QStringLiteral("http://127.0.0.1:4000/callback")));
        QVERIFY(!hasFinding(
            findings, RegistrationLint::Finding::Severity::Error, QStringLiteral("redirectUris")));
    }

    void missingClientIdIsAnError()
    {
        AppRegistration app = registeredApp();
        app.clientId.clear();
        QVERIFY(hasFinding(RegistrationLint::check(app, QUrl()), RegistrationLint::Finding::Severity::Error,
            QStringLiteral("clientId")));
    }

    void rateLimitOfTheModeIsStated()
    {
        AppRegistration app = registeredApp();
        app.mode = AppRegistration::Mode::Production;
        const auto findings = RegistrationLint::check(app, QUrl());
        bool stated = false;
        for (const auto& finding : findings)
            stated = stated
                || (finding.field == QLatin1String("rateLimit")
                    && finding.message.contains(QLatin1String("500")));
        QVERIFY(stated);
    }

    void observedRateLimitDifferentFromTheModeIsAWarning()
    {
        const auto findings = RegistrationLint::check(registeredApp(), QUrl(), 500);
        QVERIFY(
            hasFinding(findings, RegistrationLint::Finding::Severity::Warning, QStringLiteral("rateLimit")));
    }

    void addingAnApiIsBreaking()
    {
        AppRegistration after = registeredApp();
        after.grantedApis << QStringLiteral("Tasks");
        const auto edit = RegistrationLint::classifyEdit(registeredApp(), after);
        QVERIFY(edit.breaking);
        QCOMPARE(edit.addedApis, QStringList {QStringLiteral("Tasks")});
    }

    void removingAnApiIsNotBreaking()
    {
        AppRegistration after = registeredApp();
        after.grantedApis.removeAll(QStringLiteral("Leads"));
        const auto edit = RegistrationLint::classifyEdit(registeredApp(), after);
        QVERIFY(!edit.breaking);
        QCOMPARE(edit.removedApis, QStringList {QStringLiteral("Leads")});
        QCOMPARE(edit.changes.size(), 1);
    }

    void nameDescriptionAndRedirectEditsAreNotBreaking()
    {
        AppRegistration after = registeredApp();
        after.name = QStringLiteral("CRM sync 2");
        after.description = QStringLiteral("Syncs leads");
        after.redirectUris << QStringLiteral("https://app.example.com/callback");
        const auto edit = RegistrationLint::classifyEdit(registeredApp(), after);
        QVERIFY(!edit.breaking);
        QCOMPARE(edit.changes.size(), 3);
    }

    void productionEditsNeedReview()
    {
        AppRegistration before = registeredApp();
        before.mode = AppRegistration::Mode::Production;
        AppRegistration after = before;
        after.description = QStringLiteral("new");
        QVERIFY(RegistrationLint::classifyEdit(before, after).needsReview);
        QVERIFY(!RegistrationLint::classifyEdit(registeredApp(), registeredApp()).needsReview);
        QVERIFY(RegistrationLint::classifyEdit(registeredApp(), registeredApp()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistrationLint)
#include "tst_registrationlint.moc"
