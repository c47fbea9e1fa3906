#pragma once

#include <QDateTime>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>

class AccountSwitcher;
#include <functional>

class AuthorizePanel;
class CollectionsPanel;
class HistoryPanel;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class RateMeter;
class RegistrationPanel;
class RequestsPanel;
class SandboxPanel;
class ScopesPanel;
class TokensPanel;
class WebhooksPanel;

// The console's shell: the panel navigation on the left, the panels in a stack on the right, a
// profile switcher in the tool bar and a status bar with profile, account, token expiry and the
// rate-limit meter. Geometry, splitter and the current panel are remembered in QSettings.
//
// Panels are registered with a factory and built the first time they are shown (or asked for), so
// that the window maps after building one panel, not all of them. panelCreated() tells the
// SessionController to give a new panel the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The built-in panels, in navigation order. Panels registered later follow them.
    enum class Panel {
        Registration,
        Authorize,
        Tokens,
        Scopes,
        Requests,
        History,
        Sandbox,
        Collections,
        Webhooks
    };
    Q_ENUM(Panel)

    struct PanelSpec
    {
        QString id; // stable: the settings key and the panel's object name ("webhooksPanel")
        QString title;
        QString description;
        QKeySequence shortcut; // may be empty
        std::function<QWidget*(QWidget* parent)> create;
    };

    explicit MainWindow(QWidget* parent = nullptr);

    // The registration point for panels beyond the built-in ones; returns the panel's row.
    int registerPanel(const PanelSpec& spec);
    int panelCount() const { return int(m_panels.size()); }
    int panelRow(const QString& id) const; // -1 when unknown
    // The panel at `row`, built now if it was not yet; null for an unknown row.
    QWidget* panelAt(int row) const;
    // The panel at `row` only if it was built already.
    QWidget* builtPanelAt(int row) const;
    // A panel that is not available (the Sandbox page outside the Sandbox profile) is hidden
    // from the navigation and its shortcut does nothing.
    void setPanelAvailable(int row, bool available);
    bool isPanelAvailable(int row) const;

    void showPanel(Panel panel);
    void showPanelAt(int row);
    Panel currentPanel() const;
    QWidget* panelWidget(Panel panel) const;
    RegistrationPanel* registrationPanel() const;
    AuthorizePanel* authorizePanel() const;
    TokensPanel* tokensPanel() const;
    ScopesPanel* scopesPanel() const;
    RequestsPanel* requestsPanel() const;
    HistoryPanel* historyPanel() const;
    SandboxPanel* sandboxPanel() const;
    CollectionsPanel* collectionsPanel() const;
    WebhooksPanel* webhooksPanel() const;

    // The profile switcher lists profiles by name; the SessionController feeds it from ProfileStore.
    void setProfileNames(const QStringList& names);
    QStringList profileNames() const;
    bool selectProfile(const QString& name);
    QString currentProfileName() const;

    // Status bar. An empty account name shows "no account"; an invalid expiry shows "no token".
    void setAccountName(const QString& name);
    // A valid expiry counts down once a second ("Token: 59:12 left"); a token without expiry says so.
    void setTokenExpiry(const QDateTime& expiresAt);
    void setTokenExpiry(const QDateTime& expiresAt, bool hasToken);
    // The window title says "Sandbox" while the built-in sandbox answers instead of Lofty; the
    // Sandbox page is available only then.
    void setSandboxIndicator(bool sandbox);
    RateMeter* rateMeter() const { return m_rateMeter; }
    AccountSwitcher* accountSwitcher() const { return m_accountSwitcher; }
    void showStartupMessage(const QString& message);

public slots:
    void showAbout();
    void focusProfileSwitcher();
    void toggleFullScreen();

signals:
    void currentPanelChanged(MainWindow::Panel panel);
    void panelCreated(int row, QWidget* panel);
    void profileSelected(const QString& name);
    void catalogUpdateRequested(); // File > Update API catalog...
    void profilesRequested(); // File > Profiles…: create, duplicate, rename, delete, import, export

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct PanelEntry
    {
        PanelSpec spec;
        QWidget* widget = nullptr; // null until built; a placeholder holds its place in the stack
        QAction* action = nullptr;
        bool available = true;
    };

    void registerBuiltInPanels();
    QWidget* buildPanel(int row);
    void onNavigationRowChanged(int row);
    // Ctrl+1..6: the keyboard follows into the panel (its last focused control, else its first).
    void focusCurrentPanel();
    void createShell();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void onProfileIndexChanged(int index);
    void restoreWindowState();
    void saveWindowState() const;
    void updateTokenCountdown();
    void showMessage(const QString& message);

    QList<PanelEntry> m_panels;
    int m_pendingPanelRow = -1; // the remembered panel, shown once it becomes available
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_panelStack = nullptr;
    QSplitter* m_splitter = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_panelActionsEnd = nullptr;
    QComboBox* m_profileSwitcher = nullptr;
    AccountSwitcher* m_accountSwitcher = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_tokenExpiryLabel = nullptr;
    RateMeter* m_rateMeter = nullptr;
    QTimer* m_countdownTimer = nullptr;
    QDateTime m_tokenExpiresAt;
    bool m_hasToken = false;
};
