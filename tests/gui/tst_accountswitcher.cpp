// The tool bar's account switcher through the real main window on the Sandbox profile: it lists
// the profile's accounts, choosing one selects it in the session, and it follows accounts being
// added and removed. Every slot gets a fresh window and session.
#include "ConsoleWindowFixture.h"
#include "MainWindow.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "widgets/AccountSwitcher.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>

#include <memory>

class tst_AccountSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sitsBesideTheProfileSwitcher();
    void followsAddsAndSelectsTheChosenAccount();
    void followsRemovals();
    void arrowKeyDoesNotSwitch();

private:
    QString authorize(const QString& label);
    QStringList itemTexts() const;

    std::unique_ptr<ConsoleWindowFixture> m_console;
    QComboBox* m_switcher = nullptr;
};

void tst_AccountSwitcher::init()
{
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_accountswitcher"), &error), qPrintable(error));
    m_switcher = m_console->find<QComboBox>(QStringLiteral("accountSwitcher"));
    QVERIFY(m_switcher);
}

void tst_AccountSwitcher::cleanup()
{
    m_console.reset();
}

QString tst_AccountSwitcher::authorize(const QString& label)
{
    QString error;
    const QString id = m_console->authorizeWithPkce(label, &error);
    if (id.isEmpty())
        qWarning() << error;
    return id;
}

QStringList tst_AccountSwitcher::itemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_switcher->count(); ++i)
        texts << m_switcher->itemText(i);
    return texts;
}

void tst_AccountSwitcher::sitsBesideTheProfileSwitcher()
{
    auto* profile = m_console->find<QComboBox>(QStringLiteral("profileSwitcher"));
    QCOMPARE(m_switcher->parentWidget(), profile->parentWidget()); // the same tool bar
    QVERIFY(m_switcher->isVisible());
    QVERIFY(m_switcher->x() > profile->x());
    QCOMPARE(m_switcher->accessibleName(), QStringLiteral("Account"));
    // Named by its label too, and reachable with Alt+U.
    bool labelled = false;
    for (QLabel* label : m_console->window()->findChildren<QLabel*>())
        labelled = labelled || (label->buddy() == m_switcher && label->text() == QStringLiteral("Acco&unt:"));
    QVERIFY(labelled);
    // A new profile has no account yet: the switcher says so and cannot be used.
    QCOMPARE(itemTexts(), QStringList {QStringLiteral("No account yet: authorize one")});
    QVERIFY(!m_switcher->isEnabled());
}

void tst_AccountSwitcher::followsAddsAndSelectsTheChosenAccount()
{
    const QString first = authorize(QStringLiteral("first"));
    QVERIFY(!first.isEmpty());
    QVERIFY(m_switcher->isEnabled());
    QCOMPARE(m_switcher->count(), 1);
    QCOMPARE(m_switcher->currentData().toString(), first);
    const QString second = authorize(QStringLiteral("second"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(m_switcher->count(), 2);
    QCOMPARE(m_switcher->currentData().toString(), m_console->session()->accounts()->currentId());
    QCOMPARE(m_console->session()->accounts()->currentId(), second);
    QCOMPARE(m_switcher->currentText(), m_console->session()->profile().account(second)->displayName());

    // Choosing the first account selects it in the session, and the status bar follows.
    const int index = m_switcher->findData(first);
    QVERIFY(index >= 0);
    m_switcher->setCurrentIndex(index);
    emit m_switcher->activated(index); // what a click on the item does
    QCOMPARE(m_console->session()->accounts()->currentId(), first);
    auto* status = m_console->find<QLabel>(QStringLiteral("accountStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(m_console->session()->profile().account(first)->displayName()),
        qPrintable(status->text()));
}

void tst_AccountSwitcher::followsRemovals()
{
    const QString first = authorize(QStringLiteral("first"));
    const QString second = authorize(QStringLiteral("second"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(m_switcher->count(), 2);
    m_console->session()->accounts()->forget(second);
    QCOMPARE(m_switcher->count(), 1);
    QCOMPARE(m_switcher->itemData(0).toString(), first);
    m_console->session()->accounts()->forget(first);
    QCOMPARE(itemTexts(), QStringList {QStringLiteral("No account yet: authorize one")});
    QVERIFY(!m_switcher->isEnabled());
}

// Like the profile switcher (issue #16, defect 6), a stray arrow key does not switch accounts.
void tst_AccountSwitcher::arrowKeyDoesNotSwitch()
{
    const QString first = authorize(QStringLiteral("first"));
    const QString second = authorize(QStringLiteral("second"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    m_switcher->setFocus();
    QTest::keyClick(m_switcher, Qt::Key_Up);
    QTest::keyClick(m_switcher, Qt::Key_Down);
    QCOMPARE(m_console->session()->accounts()->currentId(), second);
    QCOMPARE(m_switcher->currentData().toString(), second);
}

QTEST_MAIN(tst_AccountSwitcher)
#include "tst_accountswitcher.moc"
