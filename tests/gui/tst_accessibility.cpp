// Every control of the real main window, on every panel, can be reached and named by a screen
// reader (AT-SPI reads accessibleName, or the visible text of buttons and labelled fields), the
// Tab key walks each panel without getting stuck, a label with an accessible name still exposes
// its text, no mnemonic is used twice in a panel, and choosing a panel through the accessibility
// API switches panels. Controls created later (a chosen endpoint's
// parameter form, new request tabs) are named too. Every slot gets a fresh window and session.
#include "ConsoleWindowFixture.h"
#include "panels/RequestTab.h"
#include "panels/RequestsPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleWindowFixture>();
        QString error;
        QVERIFY2(m_console->start(QStringLiteral("tst_accessibility"), &error), qPrintable(error));
        m_window = m_console->window();
        // The Sandbox profile is active: every panel, the Sandbox page too, is offered.
        QCOMPARE(m_window->panelCount(), int(MainWindow::Panel::Webhooks) + 1);
    }

    void cleanup()
    {
        m_console.reset();
        m_window = nullptr;
    }

    void everyFocusableControlHasAName_data()
    {
        QTest::addColumn<int>("panel");
        const QMetaEnum panels = QMetaEnum::fromType<MainWindow::Panel>();
        for (int i = 0; i < panels.keyCount(); ++i)
            QTest::newRow(panels.key(i)) << panels.value(i);
    }

    void everyFocusableControlHasAName()
    {
        QFETCH(int, panel);
        m_window->showPanel(MainWindow::Panel(panel));
        QWidget* page = m_window->panelWidget(MainWindow::Panel(panel));
        QVERIFY(page);
        const QStringList unnamed = unnamedControls(page);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral(", "))));
    }

    // Issue #16: the parameter form of a chosen endpoint and a new request tab are built after
    // the window; their controls are named as well, and a parameter says what its label says.
    void controlsCreatedLaterHaveNames()
    {
        m_window->showPanel(MainWindow::Panel::Requests);
        RequestsPanel* panel = m_window->requestsPanel();
        QVERIFY(panel->selectEndpoint(QStringLiteral("leads.get")));
        RequestTab* tab = panel->newTab();
        QVERIFY(panel->selectEndpoint(QStringLiteral("leads.list")));
        QCOMPARE(tab->accessibleName(), QStringLiteral("Request tab: GET /v1.0/leads"));
        QCOMPARE(panel->tab(0)->accessibleName(), QStringLiteral("Request tab: GET /v1.0/leads/{leadId}"));
        auto* tabs = panel->findChild<QTabWidget*>(QStringLiteral("requestTabs"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("GET /v1.0/leads"));

        auto* form = tab->findChild<QWidget*>(QStringLiteral("parameterForm"));
        const QList<QLabel*> labels = form->findChildren<QLabel*>();
        int parameters = 0;
        for (QLabel* label : labels) {
            if (!label->buddy())
                continue;
            ++parameters;
            QString text = label->text();
            text.chop(1); // the colon
            QCOMPARE(label->buddy()->accessibleName(), text);
            QVERIFY(!label->buddy()->accessibleDescription().isEmpty());
        }
        QVERIFY(parameters > 1); // leads.list takes several query parameters
        const QStringList unnamed = unnamedControls(panel);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral(", "))));
    }

    // Issue #16: Alt+letter reaches one control only. Counted over what is shown: the composer,
    // the response parts, the body views and the panel's own controls.
    void noMnemonicUsedTwiceInTheRequestsPanel()
    {
        m_window->showPanel(MainWindow::Panel::Requests);
        RequestsPanel* panel = m_window->requestsPanel();
        QVERIFY(panel->selectEndpoint(QStringLiteral("leads.list")));
        panel->newTab();
        QMap<QChar, QStringList> users;
        const auto note = [&users](const QString& text, const QString& where) {
            static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
            const QRegularExpressionMatch match
                = mnemonic.match(QString(text).replace(QLatin1String("&&"), QString()));
            if (match.hasMatch())
                users[match.captured(1).at(0).toLower()] << where + QLatin1Char(' ') + text;
        };
        for (QWidget* widget : panel->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                note(button->text(), widget->objectName());
            else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
                note(label->text(), widget->objectName());
            else if (auto* group = qobject_cast<QGroupBox*>(widget))
                note(group->title(), widget->objectName());
            else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < bar->count(); ++i)
                    note(bar->tabText(i), bar->parentWidget()->objectName());
            }
        }
        QVERIFY(users.size() > 5); // the panel does use mnemonics
        QStringList twice;
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            if (it.value().size() > 1)
                twice << it.value().join(QStringLiteral(" / "));
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral("; "))));
    }

    void tabWalksEveryPanelWithoutGettingStuck_data() { everyFocusableControlHasAName_data(); }

    void tabWalksEveryPanelWithoutGettingStuck()
    {
        QFETCH(int, panel);
        m_window->showPanel(MainWindow::Panel(panel));
        QWidget* page = m_window->panelWidget(MainWindow::Panel(panel));
        QWidget* first = page->nextInFocusChain();
        first->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> visited;
        for (int i = 0; i < 200; ++i) {
            QWidget* focused = QApplication::focusWidget();
            if (!focused)
                break;
            visited.insert(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        // Tab reaches every control of the panel that takes the focus by Tab.
        const QList<QWidget*> children = page->findChildren<QWidget*>();
        QStringList missed;
        for (QWidget* widget : children) {
            if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled()
                && !widget->focusProxy() && !visited.contains(widget))
                missed << widget->objectName() + QLatin1Char('/')
                        + QString::fromLatin1(widget->metaObject()->className());
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
    }

    // QLabel answers Name with its accessible name when it has one; its text must then still reach
    // the screen reader, as the description.
    void labelsWithAnAccessibleNameExposeTheirText_data() { everyFocusableControlHasAName_data(); }

    void labelsWithAnAccessibleNameExposeTheirText()
    {
        QFETCH(int, panel);
        m_window->showPanel(MainWindow::Panel(panel));
        QWidget* page = m_window->panelWidget(MainWindow::Panel(panel));
        QStringList hidden;
        const QList<QLabel*> labels = page->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->accessibleName().isEmpty() || label->text().isEmpty())
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(label);
            QVERIFY(accessible);
            const QString name = accessible->text(QAccessible::Name);
            const QString description = accessible->text(QAccessible::Description);
            const QString text = plainText(label);
            if (name != text && description != text)
                hidden << QStringLiteral("%1 (\"%2\" / \"%3\" hide \"%4\")")
                              .arg(label->objectName(), name, description, text);
        }
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QStringLiteral(", "))));
    }

    void noMnemonicIsUsedTwiceInAPanel_data() { everyFocusableControlHasAName_data(); }

    void noMnemonicIsUsedTwiceInAPanel()
    {
        QFETCH(int, panel);
        QWidget* page = m_window->panelWidget(MainWindow::Panel(panel));
        QHash<QChar, QStringList> users;
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const QChar key = mnemonicOf(widget);
            if (!key.isNull())
                users[key] << mnemonicText(widget);
        }
        QStringList twice;
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            if (it.value().size() > 1)
                twice << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" | ")));
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral("; "))));
    }

    // What an assistive technology does when the user picks an entry of the panel list.
    void choosingAPanelThroughAccessibilitySwitchesPanels()
    {
        auto* navigation = m_console->find<QListWidget>(QStringLiteral("navigation"));
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(navigation);
        QVERIFY(list);
        QAccessibleTableInterface* table = list->tableInterface();
        QVERIFY(table);
        QVERIFY(table->selectRow(int(MainWindow::Panel::Requests)));
        QCOMPARE(m_window->currentPanel(), MainWindow::Panel::Requests);
        QCOMPARE(navigation->currentRow(), int(MainWindow::Panel::Requests));
        QVERIFY(table->selectRow(int(MainWindow::Panel::Sandbox)));
        QCOMPARE(m_window->currentPanel(), MainWindow::Panel::Sandbox);
    }

private:
    static QStringList unnamedControls(QWidget* page)
    {
        QStringList unnamed;
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(page))
                continue;
            // A spin box's inner editor has no accessible interface of its own: Qt's accessibility
            // factory gives none to "qt_spinbox_lineedit", the spin box answers for it.
            if (widget->objectName() == QLatin1String("qt_spinbox_lineedit")
                && hasAccessibleName(widget->parentWidget()))
                continue;
            if (hasAccessibleName(widget))
                continue;
            unnamed << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        }
        return unnamed;
    }

    static QString plainText(QLabel* label)
    {
        QString text = label->text();
        if (Qt::mightBeRichText(text))
            return text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    }

    static QString mnemonicText(QWidget* widget)
    {
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            return button->text();
        if (auto* label = qobject_cast<QLabel*>(widget))
            return label->text();
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            return group->title();
        return QString();
    }

    // The key of "&x" in a button, a buddy label or a group box title ("&&" is a literal &).
    static QChar mnemonicOf(QWidget* widget)
    {
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->buddy())
            return QChar();
        const QString text = mnemonicText(widget);
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return QChar();
    }

    static bool hasAccessibleName(QWidget* widget)
    {
        if (!widget->accessibleName().isEmpty())
            return true;
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty())
            return true;
        // A tab bar is read tab by tab, by the tabs' texts.
        if (auto* tabBar = qobject_cast<QTabBar*>(widget); tabBar && tabBar->count() > 0) {
            for (int i = 0; i < tabBar->count(); ++i) {
                if (tabBar->tabText(i).isEmpty())
                    return false;
            }
            return true;
        }
        // A field named by a QLabel buddy is read with that label.
        for (QLabel* label : widget->window()->findChildren<QLabel*>()) {
            if (label->buddy() == widget && !label->text().isEmpty())
                return true;
        }
        return false;
    }

    std::unique_ptr<ConsoleWindowFixture> m_console;
    MainWindow* m_window = nullptr;
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
