#include "MainWindow.h"

#include "AboutDialog.h"
#include "panels/AuthorizePanel.h"
#include "panels/CollectionsPanel.h"
#include "panels/HistoryPanel.h"
#include "panels/RegistrationPanel.h"
#include "panels/RequestsPanel.h"
#include "panels/SandboxPanel.h"
#include "panels/ScopesPanel.h"
#include "panels/TokensPanel.h"
#include "panels/WebhooksPanel.h"
#include "widgets/AccessibleLabel.h"
#include "widgets/AccountSwitcher.h"
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
const auto panelKey = QStringLiteral("mainWindow/currentPanel"); // the panel's id

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    AccessibleLabel::install();
    // The platform appends the application's display name ("… — Lofty Developer Console").
    setWindowTitle(QString());
    qApp->installEventFilter(new WheelGuard(this));
    createShell();
    createMenus();
    registerBuiltInPanels();
    createToolBar();
    createStatusBar();
    // The Sandbox page shows once the session says the Sandbox profile is active.
    setPanelAvailable(int(Panel::Sandbox), false);
    restoreWindowState();
}

void MainWindow::registerBuiltInPanels()
{
    auto panel = [](auto* created) { return static_cast<QWidget*>(created); };
    const auto key = [](int digit) { return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)); };
    registerPanel({QStringLiteral("registrationPanel"), tr("Registration"),
        tr("Your app's registration and granted APIs"), key(1),
        [panel](QWidget* parent) { return panel(new RegistrationPanel(parent)); }});
    registerPanel(
        {QStringLiteral("authorizePanel"), tr("Authorize"), tr("Authorize test accounts with any grant"),
            key(2), [panel](QWidget* parent) { return panel(new AuthorizePanel(parent)); }});
    registerPanel({QStringLiteral("tokensPanel"), tr("Tokens"), tr("Inspect, refresh and forget tokens"),
        key(3), [this](QWidget* parent) {
            auto* tokens = new TokensPanel(parent);
            connect(tokens, &TokensPanel::statusMessage, this, &MainWindow::showMessage);
            return static_cast<QWidget*>(tokens);
        }});
    registerPanel({QStringLiteral("scopesPanel"), tr("Scopes"), tr("Which APIs your app may call"), key(4),
        [panel](QWidget* parent) { return panel(new ScopesPanel(parent)); }});
    registerPanel({QStringLiteral("requestsPanel"), tr("Requests"), tr("Send requests to the API"), key(5),
        [this](QWidget* parent) {
            auto* requests = new RequestsPanel(parent);
            connect(requests, &RequestsPanel::statusMessage, this, &MainWindow::showMessage);
            return static_cast<QWidget*>(requests);
        }});
    registerPanel({QStringLiteral("historyPanel"), tr("History"), tr("Every exchange, secrets masked"),
        key(6), [panel](QWidget* parent) { return panel(new HistoryPanel(parent)); }});
    registerPanel({QStringLiteral("sandboxPanel"), tr("Sandbox"),
        tr("The built-in sandbox's test accounts, apps and fault switches"), key(0),
        [panel](QWidget* parent) { return panel(new SandboxPanel(parent)); }});
    registerPanel({QStringLiteral("collectionsPanel"), tr("Collections"),
        tr("Saved requests, variables and runs"), key(7), [this](QWidget* parent) {
            auto* collections = new CollectionsPanel(parent);
            connect(collections, &CollectionsPanel::statusMessage, this, &MainWindow::showMessage);
            return static_cast<QWidget*>(collections);
        }});
    registerPanel({QStringLiteral("webhooksPanel"), tr("Webhooks"),
        tr("Subscriptions and a local receiver for deliveries"), key(8),
        [panel](QWidget* parent) { return panel(new WebhooksPanel(parent)); }});
}

void MainWindow::createShell()
{
    m_panelStack = new QStackedWidget(this);
    m_panelStack->setObjectName(QStringLiteral("panelStack"));
    m_panelStack->setAccessibleName(tr("Current panel"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Panels"));
    m_navigation->setAccessibleDescription(tr("Choose the panel to show; Ctrl+1 to Ctrl+6 switch directly."));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);
    // Assistive technologies choose an entry by selecting it (QAccessibleTableInterface::selectRow),
    // which leaves the current row where it was.
    connect(m_navigation, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem*> selected = m_navigation->selectedItems();
        if (selected.size() == 1)
            m_navigation->setCurrentItem(selected.first());
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
}

int MainWindow::registerPanel(const PanelSpec& spec)
{
    const int row = int(m_panels.size());
    PanelEntry entry;
    entry.spec = spec;
    // An empty page holds the panel's place until it is first shown.
    auto* placeholder = new QWidget(m_panelStack);
    placeholder->setObjectName(spec.id + QStringLiteral("Placeholder"));
    m_panelStack->addWidget(placeholder);
    auto* item = new QListWidgetItem(spec.title, m_navigation);
    item->setToolTip(spec.description);
    item->setData(Qt::AccessibleDescriptionRole, spec.description);
    entry.action = new QAction(spec.title, this);
    entry.action->setObjectName(QStringLiteral("showPanelAction%1").arg(row + 1));
    entry.action->setShortcut(spec.shortcut);
    connect(entry.action, &QAction::triggered, this, [this, row] {
        if (!isPanelAvailable(row))
            return;
        m_navigation->setCurrentRow(row);
        focusCurrentPanel();
    });
    m_viewMenu->insertAction(m_panelActionsEnd, entry.action);
    m_panels.append(entry);
    return row;
}

int MainWindow::panelRow(const QString& id) const
{
    for (int row = 0; row < m_panels.size(); ++row) {
        if (m_panels.at(row).spec.id == id)
            return row;
    }
    return -1;
}

QWidget* MainWindow::panelAt(int row) const
{
    if (row < 0 || row >= m_panels.size())
        return nullptr;
    if (QWidget* built = m_panels.at(row).widget)
        return built;
    // Building is not a visible change of the window: callers see a const accessor.
    return const_cast<MainWindow*>(this)->buildPanel(row);
}

QWidget* MainWindow::builtPanelAt(int row) const
{
    return row >= 0 && row < m_panels.size() ? m_panels.at(row).widget : nullptr;
}

QWidget* MainWindow::buildPanel(int row)
{
    PanelEntry& entry = m_panels[row];
    QWidget* placeholder = m_panelStack->widget(row);
    QWidget* panel = entry.spec.create(m_panelStack);
    entry.widget = panel;
    {
        // Swapping the placeholder must not look like the user changing panels.
        const QSignalBlocker blocker(m_panelStack);
        const bool wasCurrent = m_panelStack->currentIndex() == row;
        m_panelStack->insertWidget(row, panel);
        m_panelStack->removeWidget(placeholder);
        if (wasCurrent)
            m_panelStack->setCurrentIndex(row);
    }
    delete placeholder;
    emit panelCreated(row, panel);
    return panel;
}

void MainWindow::setPanelAvailable(int row, bool available)
{
    if (row < 0 || row >= m_panels.size())
        return;
    m_panels[row].available = available;
    m_panels[row].action->setEnabled(available);
    m_panels[row].action->setVisible(available);
    m_navigation->setRowHidden(row, !available);
    if (!available && m_navigation->currentRow() == row)
        showPanel(Panel::Authorize);
    if (available && row == m_pendingPanelRow) {
        m_pendingPanelRow = -1;
        showPanelAt(row);
    }
}

bool MainWindow::isPanelAvailable(int row) const
{
    return row >= 0 && row < m_panels.size() && m_panels.at(row).available;
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0)
        return;
    panelAt(row);
    m_panelStack->setCurrentIndex(row);
    emit currentPanelChanged(static_cast<Panel>(row));
}

void MainWindow::createMenus()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Update API Catalog…"), this, &MainWindow::catalogUpdateRequested)
        ->setObjectName(QStringLiteral("updateCatalogAction"));
    auto* profilesAction = fileMenu->addAction(tr("&Profiles…"), this, &MainWindow::profilesRequested);
    profilesAction->setObjectName(QStringLiteral("profilesAction"));
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    // One action per registered panel goes above this separator (registerPanel).
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_panelActionsEnd = m_viewMenu->addSeparator();
    auto* profileAction
        = m_viewMenu->addAction(tr("Switch &Profile"), this, &MainWindow::focusProfileSwitcher);
    profileAction->setObjectName(QStringLiteral("switchProfileAction"));
    profileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto* fullScreenAction = m_viewMenu->addAction(tr("&Full Screen"), this, &MainWindow::toggleFullScreen);
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

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 5000);
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
    toolBar->addSeparator();
    m_accountSwitcher = new AccountSwitcher(toolBar);
    auto* accountLabel = new QLabel(tr("Acco&unt:"), toolBar);
    accountLabel->setBuddy(m_accountSwitcher);
    toolBar->addWidget(accountLabel);
    toolBar->addWidget(m_accountSwitcher);
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
    if (!panel)
        return;
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
    showPanelAt(static_cast<int>(panel));
}

void MainWindow::showPanelAt(int row)
{
    if (isPanelAvailable(row))
        m_navigation->setCurrentRow(row);
}

MainWindow::Panel MainWindow::currentPanel() const
{
    return static_cast<Panel>(m_panelStack->currentIndex());
}

QWidget* MainWindow::panelWidget(Panel panel) const
{
    return panelAt(static_cast<int>(panel));
}

RegistrationPanel* MainWindow::registrationPanel() const
{
    return static_cast<RegistrationPanel*>(panelWidget(Panel::Registration));
}

AuthorizePanel* MainWindow::authorizePanel() const
{
    return static_cast<AuthorizePanel*>(panelWidget(Panel::Authorize));
}

TokensPanel* MainWindow::tokensPanel() const
{
    return static_cast<TokensPanel*>(panelWidget(Panel::Tokens));
}

ScopesPanel* MainWindow::scopesPanel() const
{
    return static_cast<ScopesPanel*>(panelWidget(Panel::Scopes));
}

RequestsPanel* MainWindow::requestsPanel() const
{
    return static_cast<RequestsPanel*>(panelWidget(Panel::Requests));
}

HistoryPanel* MainWindow::historyPanel() const
{
    return static_cast<HistoryPanel*>(panelWidget(Panel::History));
}

CollectionsPanel* MainWindow::collectionsPanel() const
{
    return static_cast<CollectionsPanel*>(panelWidget(Panel::Collections));
}

WebhooksPanel* MainWindow::webhooksPanel() const
{
    return static_cast<WebhooksPanel*>(panelWidget(Panel::Webhooks));
}

SandboxPanel* MainWindow::sandboxPanel() const
{
    return static_cast<SandboxPanel*>(panelWidget(Panel::Sandbox));
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
    setPanelAvailable(int(Panel::Sandbox), sandbox);
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
    const int saved = panelRow(settings.value(panelKey).toString());
    const int panel = saved >= 0 ? saved : int(Panel::Authorize);
    // The Sandbox page becomes available once the session opened the Sandbox profile.
    m_pendingPanelRow = isPanelAvailable(panel) ? -1 : panel;
    m_navigation->setCurrentRow(isPanelAvailable(panel) ? panel : int(Panel::Authorize));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    const int row = m_navigation->currentRow();
    if (row >= 0 && row < m_panels.size())
        settings.setValue(panelKey, m_panels.at(row).spec.id);
}
