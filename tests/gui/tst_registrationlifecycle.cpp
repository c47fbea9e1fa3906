// Lofty's app lifecycle in the Registration panel, driven through the real main window on the
// Sandbox profile by object name; every slot on a fresh window and session.
#include "ConsoleWindowFixture.h"
#include "MainWindow.h"
#include "api/ApiReply.h"
#include "panels/RegistrationPanel.h"
#include "sandbox/SandboxServer.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class tst_RegistrationLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void productionEditWaitsForReviewAndPublishInvalidatesTokens();
    void cancellingThePendingEditUnlocksTheApprovedConfiguration();
    void declineShowsTheReasonAndResubmitReturnsToReview();
    void redirectFieldsShowTheUriThatWillBeSent();

private:
    template<typename T>
    T* find(const QString& name) const
    {
        return m_console->find<T>(name);
    }
    RegistrationPanel* panel() const { return m_console->window()->registrationPanel(); }
    ConsoleSession* session() const { return m_console->session(); }
    const SandboxApp* sandboxApp() const
    {
        return session()->sandbox()->config().app(session()->profile().registration.clientId);
    }
    void click(const QString& button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }
    int statusOfMe() const
    {
        std::unique_ptr<ApiReply> reply(session()->requests()->send(
            session()->requests()->requestFor(QStringLiteral("GET"), QStringLiteral("/v1.0/me"))));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 15000))
            return -1;
        return reply->response().httpStatus;
    }
    void makeProduction();
    void submitEditAddingWebhooks(int accounts);

    std::unique_ptr<ConsoleWindowFixture> m_console;
};

void tst_RegistrationLifecycle::init()
{
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_registrationlifecycle"), &error), qPrintable(error));
    m_console->window()->showPanel(MainWindow::Panel::Registration);
}

void tst_RegistrationLifecycle::cleanup()
{
    m_console.reset();
}

// The mode as recorded by hand: no confirmation, no pending edit.
void tst_RegistrationLifecycle::makeProduction()
{
    auto* mode = find<QComboBox>(QStringLiteral("modeCombo"));
    mode->setCurrentIndex(mode->findData(int(AppRegistration::Mode::Production)));
    click(QStringLiteral("saveRegistrationButton"));
    QVERIFY(!panel()->openConfirmation());
    QCOMPARE(session()->profile().registration.mode, AppRegistration::Mode::Production);
    QCOMPARE(sandboxApp()->mode, SandboxApp::Mode::Production);
}

void tst_RegistrationLifecycle::submitEditAddingWebhooks(int accounts)
{
    QVERIFY(panel()->setApiGranted(QStringLiteral("Webhooks"), true));
    click(QStringLiteral("saveRegistrationButton"));
    QMessageBox* confirmation = panel()->openConfirmation();
    QVERIFY(confirmation);
    QVERIFY2(confirmation->text().contains(
                 QStringLiteral("when the edit is published: %1 account(s)").arg(accounts)),
        qPrintable(confirmation->text()));
    confirmation->button(QMessageBox::Yes)->click();
}

void tst_RegistrationLifecycle::productionEditWaitsForReviewAndPublishInvalidatesTokens()
{
    QString error;
    QVERIFY2(!m_console->authorizeWithPkce(QStringLiteral("alice"), &error).isEmpty(), qPrintable(error));
    m_console->window()->showPanel(MainWindow::Panel::Registration);
    makeProduction();
    submitEditAddingWebhooks(1);

    const AppRegistration& app = session()->profile().registration;
    QCOMPARE(app.mode, AppRegistration::Mode::UnderReview);
    QVERIFY(!app.grants(QStringLiteral("Webhooks")));
    QVERIFY(app.pendingEdit->grantedApis.contains(QStringLiteral("Webhooks")));
    QVERIFY(!app.apisAddedAt.isValid());
    QCOMPARE(sandboxApp()->mode, SandboxApp::Mode::UnderReview);
    QCOMPARE(sandboxApp()->rateLimitPerMinute(), 500);
    QVERIFY(!sandboxApp()->grantedApis.contains(QStringLiteral("Webhooks")));
    QVERIFY(find<QLabel>(QStringLiteral("pendingEditView"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("pendingEditView"))->text().contains(QStringLiteral("Webhooks")));
    QVERIFY(find<QLabel>(QStringLiteral("approvedConfiguration"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("lifecycleStatus"))->text().contains(QStringLiteral("500")));
    QVERIFY(!find<QLineEdit>(QStringLiteral("appNameEdit"))->isEnabled());
    QVERIFY(!find<QTreeWidget>(QStringLiteral("grantedApisTree"))->isEnabled());
    QVERIFY(find<QPushButton>(QStringLiteral("cancelPendingEditButton"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("submitForReviewButton"))->isEnabled());
    QCOMPARE(statusOfMe(), 200); // the approved configuration keeps running, tokens too

    click(QStringLiteral("publishButton"));
    QMessageBox* confirmation = panel()->openConfirmation();
    QVERIFY(confirmation);
    QVERIFY2(
        confirmation->text().contains(QStringLiteral("now: 1 account(s)")), qPrintable(confirmation->text()));
    confirmation->button(QMessageBox::Yes)->click();

    QCOMPARE(session()->profile().registration.mode, AppRegistration::Mode::Production);
    QVERIFY(session()->profile().registration.grants(QStringLiteral("Webhooks")));
    QVERIFY(session()->profile().registration.apisAddedAt.isValid());
    QVERIFY(!session()->profile().registration.pendingEdit.has_value());
    QVERIFY(sandboxApp()->grantedApis.contains(QStringLiteral("Webhooks")));
    QVERIFY(!find<QLabel>(QStringLiteral("pendingEditView"))->isVisible());
    QVERIFY(find<QLineEdit>(QStringLiteral("appNameEdit"))->isEnabled());
    QCOMPARE(statusOfMe(), 401); // published: the added API invalidated the token
}

void tst_RegistrationLifecycle::cancellingThePendingEditUnlocksTheApprovedConfiguration()
{
    makeProduction();
    submitEditAddingWebhooks(0);
    QVERIFY(!find<QLineEdit>(QStringLiteral("appNameEdit"))->isEnabled());
    click(QStringLiteral("cancelPendingEditButton"));
    QVERIFY(!panel()->openConfirmation());
    const AppRegistration& app = session()->profile().registration;
    QCOMPARE(app.mode, AppRegistration::Mode::Production);
    QVERIFY(!app.pendingEdit.has_value());
    QVERIFY(!app.grants(QStringLiteral("Webhooks")));
    QVERIFY(!app.apisAddedAt.isValid());
    QCOMPARE(sandboxApp()->mode, SandboxApp::Mode::Production);
    QVERIFY(!sandboxApp()->pendingEdit.has_value());
    QVERIFY(find<QLineEdit>(QStringLiteral("appNameEdit"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("cancelPendingEditButton"))->isEnabled());
}

void tst_RegistrationLifecycle::declineShowsTheReasonAndResubmitReturnsToReview()
{
    click(QStringLiteral("submitForReviewButton"));
    QCOMPARE(session()->profile().registration.mode, AppRegistration::Mode::UnderReview);
    QVERIFY(!find<QLineEdit>(QStringLiteral("appNameEdit"))->isEnabled());
    QCOMPARE(sandboxApp()->rateLimitPerMinute(), 100); // a first review keeps Development's limit

    click(QStringLiteral("declineButton")); // no reason given: refused
    QCOMPARE(session()->profile().registration.mode, AppRegistration::Mode::UnderReview);
    find<QLineEdit>(QStringLiteral("declineReasonEdit"))->setText(QStringLiteral("No privacy policy."));
    click(QStringLiteral("declineButton"));
    QCOMPARE(session()->profile().registration.mode, AppRegistration::Mode::Declined);
    QCOMPARE(sandboxApp()->declineReason, QStringLiteral("No privacy policy."));
    auto* reason = find<QLabel>(QStringLiteral("declineReasonLabel"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QStringLiteral("No privacy policy.")));
    auto* resubmit = find<QPushButton>(QStringLiteral("submitForReviewButton"));
    QCOMPARE(resubmit->text(), QStringLiteral("Resubmit"));
    QVERIFY(find<QLineEdit>(QStringLiteral("appNameEdit"))->isEnabled());

    click(QStringLiteral("submitForReviewButton"));
    QCOMPARE(session()->profile().registration.mode, AppRegistration::Mode::UnderReview);
    QVERIFY(session()->profile().registration.declineReason.isEmpty());
    QVERIFY(!reason->isVisible());
}

void tst_RegistrationLifecycle::redirectFieldsShowTheUriThatWillBeSent()
{
    auto* port = find<QSpinBox>(QStringLiteral("redirectPortSpin"));
    auto* path = find<QLineEdit>(QStringLiteral("redirectPathEdit"));
    auto* host = find<QComboBox>(QStringLiteral("redirectHostCombo"));
    auto* preview = find<QLabel>(QStringLiteral("redirectUriPreview"));
    host->setCurrentIndex(host->findText(QStringLiteral("localhost")));
    port->setValue(8765);
    path->setText(QStringLiteral("/oauth/done"));
    QCOMPARE(preview->text(), QStringLiteral("http://localhost:8765/oauth/done"));

    path->setText(QStringLiteral("no-slash"));
    QVERIFY(!find<QPushButton>(QStringLiteral("saveRegistrationButton"))->isEnabled());
    path->setText(QStringLiteral("/oauth/done"));
    click(QStringLiteral("saveRegistrationButton"));
    // Only the redirect URIs count as a breaking registration edit; the listener's are settings.
    QVERIFY(!panel()->openConfirmation());
    QCOMPARE(session()->profile().redirectPort, quint16(8765));
    QCOMPARE(session()->authorization()->redirectUriFor(0), preview->text());
    QVERIFY(session()->profile().pkceWithSecret);
    find<QCheckBox>(QStringLiteral("pkceWithSecretCheck"))->setChecked(false);
    click(QStringLiteral("saveRegistrationButton"));
    QVERIFY(!session()->profile().pkceWithSecret);
}

QTEST_MAIN(tst_RegistrationLifecycle)
#include "tst_registrationlifecycle.moc"
