// After a full flow through the window (authorize with PKCE, send a request, refresh the token,
// test it, forget the account), no file the console wrote holds a secret in any of its forms.
#include "ConsoleWindowFixture.h"
#include "SecretScan.h"
#include "sandbox/SandboxServer.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class tst_SecretScanGui : public QObject
{
    Q_OBJECT

private slots:
    void noWrittenFileHoldsASecret();

private:
    void noteToken(const QString& accountId);

    ConsoleWindowFixture m_console;
    QStringList m_secrets;
};

void tst_SecretScanGui::noteToken(const QString& accountId)
{
    const TokenSet token = m_console.session()->accounts()->token(accountId);
    m_secrets << token.accessToken << token.refreshToken;
}

void tst_SecretScanGui::noWrittenFileHoldsASecret()
{
    QString error;
    QVERIFY2(m_console.start(QStringLiteral("tst_secretscan_gui"), &error), qPrintable(error));
    ConsoleSession* session = m_console.session();
    const QString accountId = m_console.authorizeWithPkce(QStringLiteral("Scanned"), &error);
    QVERIFY2(!accountId.isEmpty(), qPrintable(error));
    noteToken(accountId);

    m_console.window()->showPanel(MainWindow::Panel::Requests);
    m_console.find<QLineEdit>(QStringLiteral("urlEdit"))->setText(QStringLiteral("/v1.0/me"));
    QCOMPARE(m_console.sendFromRequestsPanel().httpStatus, 200);

    m_console.window()->showPanel(MainWindow::Panel::Tokens);
    const QString before = session->accounts()->token(accountId).accessToken;
    QTest::mouseClick(m_console.find<QPushButton>(QStringLiteral("refreshTokenButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session->accounts()->token(accountId).accessToken != before, 15000);
    noteToken(accountId);
    QTest::mouseClick(m_console.find<QPushButton>(QStringLiteral("testTokenButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session->requests()->pendingCount() == 0, 15000);

    const SandboxServer* sandbox = session->sandbox();
    m_secrets << sandbox->config().app(session->profile().registration.clientId)->clientSecret
              << sandbox->adminKey();
    session->accounts()->forget(accountId);
    session->requests()->flushHistory();
    m_secrets.removeAll(QString());
    QCOMPARE(m_secrets.size(), 6); // two access and two refresh tokens, the client secret, the admin key

    int filesRead = 0;
    const QStringList found = SecretScan::findings(m_console.folderPath(QString()), m_secrets, &filesRead);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY2(filesRead >= 2, "the profile file and the history file were expected");
}

QTEST_MAIN(tst_SecretScanGui)
#include "tst_secretscan_gui.moc"
