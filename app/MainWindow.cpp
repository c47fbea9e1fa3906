#include "MainWindow.h"

#include "AboutDialog.h"
#include "panels/AuthorizePanel.h"
#include "panels/HistoryPanel.h"
#include "panels/RegistrationPanel.h"
#include "panels/RequestsPanel.h"
#include "panels/ScopesPanel.h"
#include "panels/TokensPanel.h"
#include "panels/WebhooksPanel.h"
#include "widgets/ExpiryBar.h"
#include "widgets/RateMeter.h"
#include "widgets/WheelGuard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace {

const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto windowStateKey = QStringLiteral("mainWindow/state");
const auto splitterKey = QStringLiteral("mainWindow/splitter");
const auto panelKey = QStringLiteral("mainWindow/panel");
const auto profileKey = QStringLiteral("profiles/last");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The platform appends the application's display name ("… — Lofty Developer Console").
    setWindowTitle(QString());
    qApp->installEventFilter(new WheelGuard(this));
    createPanels();
    createNavigation();
    createActions();
    createToolBar();
    createStatusBar();
    // Profile names are identifiers (--profile NAME), so they are not translated.
    const QString lastProfile = QSettings().value(profileKey).toString();
    setProfileNames({QStringLiteral("Sandbox"), QStringLiteral("Lofty")});
    selectProfile(lastProfile);
    restoreWindowState();
}

void MainWindow::createPanels()
{
    m_panelStack = new QStackedWidget(this);
    m_panelStack->setObjectName(QStringLiteral("panelStack"));
    m_panelStack->setAccessibleName(tr("Current panel"));

    m_registrationPanel = new RegistrationPanel(m_panelStack);
    m_authorizePanel = new AuthorizePanel(m_panelStack);
    m_tokensPanel = new TokensPanel(m_panelStack);
    m_scopesPanel = new ScopesPanel(m_panelStack);
    m_requestsPanel = new RequestsPanel(m_panelStack);
    m_historyPanel = new HistoryPanel(m_panelStack);
    m_webhooksPanel = new WebhooksPanel(m_panelStack);
    const auto showMessage = [this](const QString& message) { statusBar()->showMessage(message, 5000); };
    connect(m_requestsPanel, &RequestsPanel::statusMessage, this, showMessage);
    connect(m_tokensPanel, &TokensPanel::statusMessage, this, showMessage);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Panels"));
    m_navigation->setAccessibleDescription(tr("Choose the panel to show; Ctrl+1 to Ctrl+7 switch directly."));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);

    addPanel(m_registrationPanel, tr("Registration"), tr("Your app's registration and granted APIs"));
    addPanel(m_authorizePanel, tr("Authorize"), tr("Authorize test accounts with any grant"));
    addPanel(m_tokensPanel, tr("Tokens"), tr("Inspect, refresh and forget tokens"));
    addPanel(m_scopesPanel, tr("Scopes"), tr("Which APIs your app may call"));
    addPanel(m_requestsPanel, tr("Requests"), tr("Send requests to the API"));
    addPanel(m_historyPanel, tr("History"), tr("Every exchange, secrets masked"));
    addPanel(m_webhooksPanel, tr("Webhooks"), tr("Subscriptions and a local receiver for deliveries"));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_panelStack->setCurrentIndex(row);
        emit currentPanelChanged(static_cast<Panel>(row));
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_panelStack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({180, 820});
    setCentralWidget(m_splitter);
    m_navigation->setCurrentRow(0);
}

void MainWindow::addPanel(QWidget* panel, const QString& title, const QString& description)
{
    m_panelStack->addWidget(panel);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(description);
    item->setData(Qt::AccessibleDescriptionRole, description);
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        auto* action = viewMenu->addAction(m_navigation->item(row)->text(), this, [this, row] {
            m_navigation->setCurrentRow(row);
            focusCurrentPanel();
        });
        action->setObjectName(QStringLiteral("showPanelAction%1").arg(row + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
    viewMenu->addSeparator();
    auto* profileAction = viewMenu->addAction(tr("Switch &Profile"), this, &MainWindow::focusProfileSwitcher);
    profileAction->setObjectName(QStringLiteral("switchProfileAction"));
    profileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto* fullScreenAction = viewMenu->addAction(tr("&Full Screen"), this, &MainWindow::toggleFullScreen);
    fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* aboutAction
        = helpMenu->addAction(tr("&About Lofty Developer Console"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    aboutAction->setMenuRole(QAction::AboutRole);
    auto* aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    auto* toolBar = addToolBar(tr("Profile"));
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    toolBar->setMovable(false);

    auto* label = new QLabel(tr("&Profile:"), toolBar);
    m_profileSwitcher = new QComboBox(toolBar);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Profile"));
    m_profileSwitcher->setAccessibleDescription(
        tr("The provider, app registration and accounts to work with (Ctrl+Shift+P)"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_profileSwitcher);
    // Switching profile drops the session's state; a stray arrow key must not do it, so the
    // closed combo ignores arrows (Alt+Down, F4 or Space open the list).
    m_profileSwitcher->installEventFilter(this);
    toolBar->addWidget(label);
    toolBar->addWidget(m_profileSwitcher);
    connect(m_profileSwitcher, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &MainWindow::onProfileIndexChanged);
}

void MainWindow::createStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileStatus"));
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountStatus"));
    m_tokenExpiryLabel = new QLabel(this);
    m_tokenExpiryLabel->setObjectName(QStringLiteral("tokenExpiryStatus"));
    m_rateMeter = new RateMeter(this);
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &MainWindow::updateTokenCountdown);

    for (QLabel* label : {m_profileLabel, m_accountLabel, m_tokenExpiryLabel}) {
        label->setContentsMargins(4, 0, 8, 0);
        statusBar()->addWidget(label);
    }
    statusBar()->addPermanentWidget(m_rateMeter);
    setAccountName(QString());
    setTokenExpiry(QDateTime());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_profileSwitcher && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool arrow = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down
            || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown || key->key() == Qt::Key_Home
            || key->key() == Qt::Key_End;
        if (arrow && !(key->modifiers() & Qt::AltModifier))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::focusCurrentPanel()
{
    QWidget* panel = m_panelStack->currentWidget();
    if (QWidget* remembered = panel->focusWidget(); remembered && remembered->isVisibleTo(panel)) {
        remembered->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget* next = panel->nextInFocusChain(); next != panel && panel->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() && next->isVisibleTo(panel)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::showPanel(Panel panel)
{
    m_navigation->setCurrentRow(static_cast<int>(panel));
}

MainWindow::Panel MainWindow::currentPanel() const
{
    return static_cast<Panel>(m_panelStack->currentIndex());
}

QWidget* MainWindow::panelWidget(Panel panel) const
{
    return m_panelStack->widget(static_cast<int>(panel));
}

void MainWindow::setProfileNames(const QStringList& names)
{
    const QString current = currentProfileName();
    {
        const QSignalBlocker blocker(m_profileSwitcher);
        m_profileSwitcher->clear();
        m_profileSwitcher->addItems(names);
    }
    if (!selectProfile(current) && !names.isEmpty())
        onProfileIndexChanged(m_profileSwitcher->currentIndex());
}

QStringList MainWindow::profileNames() const
{
    QStringList names;
    for (int i = 0; i < m_profileSwitcher->count(); ++i)
        names << m_profileSwitcher->itemText(i);
    return names;
}

bool MainWindow::selectProfile(const QString& name)
{
    const int index = m_profileSwitcher->findText(name, Qt::MatchFixedString);
    if (index < 0)
        return false;
    m_profileSwitcher->setCurrentIndex(index);
    return true;
}

QString MainWindow::currentProfileName() const
{
    return m_profileSwitcher->currentText();
}

void MainWindow::onProfileIndexChanged(int index)
{
    if (index < 0)
        return;
    const QString name = m_profileSwitcher->itemText(index);
    m_profileLabel->setText(tr("Profile: %1").arg(name));
    QSettings().setValue(profileKey, name);
    emit profileSelected(name);
}

void MainWindow::setAccountName(const QString& name)
{
    m_accountLabel->setText(name.isEmpty() ? tr("No account") : tr("Account: %1").arg(name));
}

void MainWindow::setTokenExpiry(const QDateTime& expiresAt)
{
    setTokenExpiry(expiresAt, expiresAt.isValid());
}

void MainWindow::setTokenExpiry(const QDateTime& expiresAt, bool hasToken)
{
    m_tokenExpiresAt = expiresAt;
    m_hasToken = hasToken;
    if (hasToken && expiresAt.isValid())
        m_countdownTimer->start();
    else
        m_countdownTimer->stop();
    updateTokenCountdown();
}

void MainWindow::updateTokenCountdown()
{
    if (!m_hasToken) {
        m_tokenExpiryLabel->setText(tr("No token"));
    } else if (!m_tokenExpiresAt.isValid()) {
        m_tokenExpiryLabel->setText(tr("Token does not expire"));
    } else {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_tokenExpiresAt);
        m_tokenExpiryLabel->setText(
            left > 0 ? tr("Token: %1 left").arg(ExpiryBar::countdownText(left)) : tr("Token expired"));
        m_tokenExpiryLabel->setToolTip(
            tr("Token expires %1")
                .arg(QLocale().toString(m_tokenExpiresAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_tokenExpiryLabel->setAccessibleName(m_tokenExpiryLabel->text());
}

void MainWindow::showStartupMessage(const QString& message)
{
    statusBar()->showMessage(message, 30000);
}

void MainWindow::setSandboxIndicator(bool sandbox)
{
    setWindowTitle(sandbox ? tr("Sandbox (not Lofty)") : QString());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::focusProfileSwitcher()
{
    m_profileSwitcher->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1000, 680);
    restoreState(settings.value(windowStateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    // A first run starts where the work starts: authorizing a test account.
    const int panel = settings.value(panelKey, int(Panel::Authorize)).toInt();
    if (panel >= 0 && panel < m_navigation->count())
        m_navigation->setCurrentRow(panel);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(panelKey, m_navigation->currentRow());
}
