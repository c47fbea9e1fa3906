#pragma once

#include <QDateTime>
#include <QMainWindow>

class AuthorizePanel;
class HistoryPanel;
class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTimer;
class RateMeter;
class RegistrationPanel;
class RequestsPanel;
class ScopesPanel;
class TokensPanel;
class WebhooksPanel;

// The console's shell: the panel navigation on the left, the panels in a stack on the right, a
// profile switcher in the tool bar and a status bar with profile, account, token expiry and the
// rate-limit meter. Geometry, splitter and the current panel are remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Panel { Registration, Authorize, Tokens, Scopes, Requests, History, Webhooks };
    Q_ENUM(Panel)

    explicit MainWindow(QWidget* parent = nullptr);

    void showPanel(Panel panel);
    Panel currentPanel() const;
    QWidget* panelWidget(Panel panel) const;
    RegistrationPanel* registrationPanel() const { return m_registrationPanel; }
    AuthorizePanel* authorizePanel() const { return m_authorizePanel; }
    TokensPanel* tokensPanel() const { return m_tokensPanel; }
    ScopesPanel* scopesPanel() const { return m_scopesPanel; }
    RequestsPanel* requestsPanel() const { return m_requestsPanel; }
    HistoryPanel* historyPanel() const { return m_historyPanel; }
    WebhooksPanel* webhooksPanel() const { return m_webhooksPanel; }

    // The profile switcher lists profiles by name; the profiles work feeds it from ProfileStore.
    void setProfileNames(const QStringList& names);
    QStringList profileNames() const;
    bool selectProfile(const QString& name);
    QString currentProfileName() const;

    // Status bar. An empty account name shows "no account"; an invalid expiry shows "no token".
    void setAccountName(const QString& name);
    // A valid expiry counts down once a second ("Token: 59:12 left"); a token without expiry says so.
    void setTokenExpiry(const QDateTime& expiresAt);
    void setTokenExpiry(const QDateTime& expiresAt, bool hasToken);
    // The window title says "Sandbox" while the built-in sandbox answers instead of Lofty.
    void setSandboxIndicator(bool sandbox);
    RateMeter* rateMeter() const { return m_rateMeter; }
    void showStartupMessage(const QString& message);

public slots:
    void showAbout();
    void focusProfileSwitcher();
    void toggleFullScreen();

signals:
    void currentPanelChanged(MainWindow::Panel panel);
    void profileSelected(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createPanels();
    // Ctrl+1..6: the keyboard follows into the panel (its last focused control, else its first).
    void focusCurrentPanel();
    void addPanel(QWidget* panel, const QString& title, const QString& description);
    void createNavigation();
    void createActions();
    void createToolBar();
    void createStatusBar();
    void onProfileIndexChanged(int index);
    void restoreWindowState();
    void saveWindowState() const;
    void updateTokenCountdown();

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_panelStack = nullptr;
    QSplitter* m_splitter = nullptr;
    QComboBox* m_profileSwitcher = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_tokenExpiryLabel = nullptr;
    RateMeter* m_rateMeter = nullptr;
    QTimer* m_countdownTimer = nullptr;
    QDateTime m_tokenExpiresAt;
    bool m_hasToken = false;
    RegistrationPanel* m_registrationPanel = nullptr;
    AuthorizePanel* m_authorizePanel = nullptr;
    TokensPanel* m_tokensPanel = nullptr;
    ScopesPanel* m_scopesPanel = nullptr;
    RequestsPanel* m_requestsPanel = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
    WebhooksPanel* m_webhooksPanel = nullptr;
};
