#include "profiles/AppRegistration.h"
#include "profiles/ProfileJson.h"
#include "profiles/RegistrationLint.h"
#include "util/UtcTime.h"

#include <QTest>

namespace {

using Action = AppLifecycle::Action;
using Mode = AppRegistration::Mode;

const QDateTime Submitted = UtcTime::make(QDate(2026, 3, 1), QTime(9, 0));
const QDateTime Published = UtcTime::make(QDate(2026, 3, 4), QTime(15, 30));

AppRegistration app(Mode mode)
{
    AppRegistration registration;
    registration.name = QStringLiteral("CRM sync");
    registration.clientId = QStringLiteral("client-1");
    registration.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    registration.grantedApis = {QStringLiteral("Leads")};
    registration.mode = mode;
    return registration;
}

AppRegistration::Configuration withTasks(const AppRegistration& registration)
{
    AppRegistration::Configuration edit = registration.configuration();
    edit.grantedApis << QStringLiteral("Tasks");
    return edit;
}

// A Production app with an edit that adds Tasks under review.
AppRegistration productionUnderReview()
{
    AppRegistration registration = app(Mode::Production);
    registration.edit(withTasks(registration), Submitted);
    return registration;
}

} // namespace

class tst_AppLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void developmentEditAddingAnApiInvalidatesTokensAtOnce()
    {
        AppRegistration registration = app(Mode::Development);
        const AppRegistration::Outcome outcome = registration.edit(withTasks(registration), Submitted);
        QVERIFY(outcome.ok);
        QVERIFY(!outcome.pending);
        QVERIFY(outcome.tokensInvalidated);
        QCOMPARE(outcome.addedApis, QStringList {QStringLiteral("Tasks")});
        QCOMPARE(registration.grantedApis, (QStringList {QStringLiteral("Leads"), QStringLiteral("Tasks")}));
        QCOMPARE(registration.apisAddedAt, Submitted);
        QCOMPARE(registration.mode, Mode::Development);
        QCOMPARE(registration.rateLimitPerMinute(), 100);
    }

    void developmentEditRemovingAnApiKeepsTokens()
    {
        AppRegistration registration = app(Mode::Development);
        AppRegistration::Configuration edit = registration.configuration();
        edit.grantedApis.clear();
        const AppRegistration::Outcome outcome = registration.edit(edit, Submitted);
        QVERIFY(outcome.ok);
        QVERIFY(!outcome.tokensInvalidated);
        QVERIFY(!registration.apisAddedAt.isValid());
        QVERIFY(registration.grantedApis.isEmpty());
    }

    void productionEditWaitsForReviewOnTheApprovedConfiguration()
    {
        AppRegistration registration = app(Mode::Production);
        const AppRegistration::Outcome outcome = registration.edit(withTasks(registration), Submitted);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.pending);
        QVERIFY(!outcome.tokensInvalidated);
        QCOMPARE(registration.mode, Mode::UnderReview);
        QCOMPARE(registration.grantedApis, QStringList {QStringLiteral("Leads")});
        QVERIFY(registration.pendingEdit.has_value());
        QCOMPARE(registration.pendingEdit->grantedApis,
            (QStringList {QStringLiteral("Leads"), QStringLiteral("Tasks")}));
        QVERIFY(!registration.apisAddedAt.isValid());
        QCOMPARE(registration.rateLimitPerMinute(), 500); // not Development's 100
        QVERIFY(registration.editsLocked());
    }

    void editsAreLockedUnderReview()
    {
        AppRegistration registration = productionUnderReview();
        AppRegistration::Configuration edit = registration.configuration();
        edit.name = QStringLiteral("Renamed");
        const AppRegistration::Outcome outcome = registration.edit(edit, Published);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error, AppLifecycle::lockedMessage());
        QCOMPARE(registration.name, QStringLiteral("CRM sync"));
        QCOMPARE(registration.pendingEdit->name, QStringLiteral("CRM sync"));
    }

    void cancellingThePendingEditKeepsTheApprovedConfiguration()
    {
        AppRegistration registration = productionUnderReview();
        const AppRegistration::Outcome outcome = registration.act(Action::CancelPendingEdit, Published);
        QVERIFY(outcome.ok);
        QCOMPARE(registration.mode, Mode::Production);
        QVERIFY(!registration.pendingEdit.has_value());
        QCOMPARE(registration.grantedApis, QStringList {QStringLiteral("Leads")});
        QVERIFY(!registration.apisAddedAt.isValid());
        QCOMPARE(registration.rateLimitPerMinute(), 500);
        QVERIFY(!registration.editsLocked());
    }

    void publishingAppliesThePendingEditAndOnlyThenInvalidatesTokens()
    {
        AppRegistration registration = productionUnderReview();
        const AppRegistration::Outcome outcome = registration.act(Action::Publish, Published);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.tokensInvalidated);
        QCOMPARE(outcome.addedApis, QStringList {QStringLiteral("Tasks")});
        QCOMPARE(registration.mode, Mode::Production);
        QCOMPARE(registration.grantedApis, (QStringList {QStringLiteral("Leads"), QStringLiteral("Tasks")}));
        QCOMPARE(registration.apisAddedAt, Published);
        QVERIFY(!registration.pendingEdit.has_value());
        QCOMPARE(registration.rateLimitPerMinute(), 500);
    }

    void firstSubmissionKeepsDevelopmentLimitsUntilPublished()
    {
        AppRegistration registration = app(Mode::Development);
        QVERIFY(registration.act(Action::Submit, Submitted).ok);
        QCOMPARE(registration.mode, Mode::UnderReview);
        QCOMPARE(registration.rateLimitPerMinute(), 100);
        QVERIFY(registration.editsLocked());
        const AppRegistration::Outcome published = registration.act(Action::Publish, Published);
        QVERIFY(published.ok);
        QVERIFY(!published.tokensInvalidated);
        QCOMPARE(registration.mode, Mode::Production);
        QCOMPARE(registration.rateLimitPerMinute(), 500);
    }

    void declinedEditKeepsItsReasonAndIsResubmitted()
    {
        AppRegistration registration = productionUnderReview();
        QVERIFY(!registration.act(Action::Decline, Published).ok); // a reason is required
        const QString reason = QStringLiteral("The privacy policy link is broken.");
        QVERIFY(registration.act(Action::Decline, Published, reason).ok);
        QCOMPARE(registration.mode, Mode::Declined);
        QCOMPARE(registration.declineReason, reason);
        QCOMPARE(registration.rateLimitPerMinute(), 500); // the approved configuration still runs
        QVERIFY(registration.pendingEdit.has_value());
        QVERIFY(!registration.editsLocked());

        // Editing a declined edit changes what will be resubmitted, not what is in force.
        AppRegistration::Configuration fixed = *registration.pendingEdit;
        fixed.website = QStringLiteral("https://example.com/privacy");
        const AppRegistration::Outcome edited = registration.edit(fixed, Published);
        QVERIFY(edited.ok);
        QVERIFY(edited.pending);
        QCOMPARE(registration.website, QString());
        QCOMPARE(registration.pendingEdit->website, QStringLiteral("https://example.com/privacy"));

        QVERIFY(registration.act(Action::Submit, Published).ok);
        QCOMPARE(registration.mode, Mode::UnderReview);
        QVERIFY(registration.declineReason.isEmpty());
        QVERIFY(registration.pendingEdit.has_value());
    }

    void declinedFirstSubmissionIsEditedAtOnce()
    {
        AppRegistration registration = app(Mode::Development);
        registration.act(Action::Submit, Submitted);
        QVERIFY(registration.act(Action::Decline, Submitted, QStringLiteral("No description.")).ok);
        QCOMPARE(registration.rateLimitPerMinute(), 100);
        const AppRegistration::Outcome outcome = registration.edit(withTasks(registration), Published);
        QVERIFY(outcome.ok);
        QVERIFY(!outcome.pending);
        QVERIFY(outcome.tokensInvalidated);
        QCOMPARE(registration.apisAddedAt, Published);
    }

    void actionsOutsideTheirStateAreRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("action");
        QTest::newRow("publish in development") << int(Mode::Development) << int(Action::Publish);
        QTest::newRow("decline in production") << int(Mode::Production) << int(Action::Decline);
        QTest::newRow("cancel in production") << int(Mode::Production) << int(Action::CancelPendingEdit);
        QTest::newRow("submit in production") << int(Mode::Production) << int(Action::Submit);
        QTest::newRow("cancel in development") << int(Mode::Development) << int(Action::CancelPendingEdit);
    }
    void actionsOutsideTheirStateAreRefused()
    {
        QFETCH(int, mode);
        QFETCH(int, action);
        AppRegistration registration = app(Mode(mode));
        const AppRegistration before = registration;
        const AppRegistration::Outcome outcome
            = registration.act(Action(action), Published, QStringLiteral("reason"));
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(registration, before);
    }

    void pendingEditAndReasonSurviveTheProfileFile()
    {
        Profile profile = Profile::lofty();
        profile.registration = productionUnderReview();
        profile.registration.act(Action::Decline, Published, QStringLiteral("Broken link."));
        FieldProblems problems;
        const Profile read = ProfileJson::fromJson(ProfileJson::toJson(profile, ProfileJson::Content::Stored),
            QStringLiteral("p"), ProfileJson::Content::Stored, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(read.registration, profile.registration);
        QCOMPARE(read.registration.declineReason, QStringLiteral("Broken link."));
    }

    void pendingEditNeedsAReviewMode()
    {
        Profile profile = Profile::lofty();
        profile.registration = productionUnderReview();
        QJsonObject json = ProfileJson::toJson(profile, ProfileJson::Content::Stored);
        QJsonObject registration = json.value(QStringLiteral("registration")).toObject();
        registration.insert(QStringLiteral("mode"), QStringLiteral("production"));
        json.insert(QStringLiteral("registration"), registration);
        FieldProblems problems;
        ProfileJson::fromJson(json, QStringLiteral("p"), ProfileJson::Content::Stored, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, QStringLiteral("p.registration.pendingEdit"));
    }

    void lintStatesTheReviewAndWhatPublishingWillDo()
    {
        const QList<RegistrationLint::Finding> findings
            = RegistrationLint::check(productionUnderReview(), QUrl());
        QStringList messages;
        for (const RegistrationLint::Finding& finding : findings)
            messages << finding.field + QLatin1Char(':') + finding.message;
        bool statesProductionLimit = false;
        for (const QString& message : std::as_const(messages))
            statesProductionLimit = statesProductionLimit
                || (message.startsWith(QLatin1String("rateLimit:"))
                    && message.contains(QLatin1String(" 500 ")));
        QVERIFY2(statesProductionLimit, qPrintable(messages.join(QLatin1Char('\n'))));
        bool warnsAboutPublish = false;
        for (const RegistrationLint::Finding& finding : findings)
            warnsAboutPublish = warnsAboutPublish
                || (finding.field == QLatin1String("grantedApis")
                    && finding.severity == RegistrationLint::Finding::Severity::Warning
                    && finding.message.contains(QLatin1String("adds Tasks")));
        QVERIFY(warnsAboutPublish);
    }

    void classificationSaysWhenAnEditTakesEffect()
    {
        const AppRegistration production = app(Mode::Production);
        AppRegistration after = production;
        after.setConfiguration(withTasks(production));
        const RegistrationLint::EditClassification edit = RegistrationLint::classifyEdit(production, after);
        QVERIFY(edit.breaking);
        QVERIFY(edit.needsReview);
        QVERIFY(!edit.takesEffectAtOnce);
        QVERIFY(RegistrationLint::confirmation(edit, 3).contains(QLatin1String("3 account(s)")));

        const AppRegistration development = app(Mode::Development);
        const RegistrationLint::EditClassification atOnce
            = RegistrationLint::classifyEdit(development, after);
        QVERIFY(atOnce.takesEffectAtOnce);
        QVERIFY(!atOnce.needsReview);
        QVERIFY(RegistrationLint::confirmation(atOnce, 2).contains(QLatin1String("now: 2 account(s)")));

        QVERIFY(RegistrationLint::classifyEdit(productionUnderReview(), after).locked);
    }

    void redirectChangesAskForConfirmationWithoutInvalidating()
    {
        const AppRegistration development = app(Mode::Development);
        AppRegistration after = development;
        after.redirectUris = {QStringLiteral("http://127.0.0.1:8765/callback")};
        const RegistrationLint::EditClassification edit = RegistrationLint::classifyEdit(development, after);
        QVERIFY(!edit.breaking);
        QVERIFY(edit.needsConfirmation());
        QVERIFY(RegistrationLint::confirmation(edit, 4).contains(QLatin1String("0 of 4 account(s)")));
        AppRegistration renamed = development;
        renamed.name = QStringLiteral("Other");
        QCOMPARE(RegistrationLint::confirmation(RegistrationLint::classifyEdit(development, renamed), 4),
            QString());
    }
};

QTEST_GUILESS_MAIN(tst_AppLifecycle)
#include "tst_applifecycle.moc"
