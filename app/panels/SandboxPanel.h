#pragma once

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class SandboxServer;

// The built-in sandbox as the Sandbox profile runs it: its test accounts with their customer keys
// and API keys (masked; copy buttons say what they copied), its apps and their modes, and its
// fault switches (latency, 5xx answers, malformed JSON, dropped connections, all off). The
// switches act on the in-process server the session owns, never over the admin HTTP API.
class SandboxPanel : public QWidget
{
    Q_OBJECT

public:
    enum AccountColumn { NameColumn, EmailColumn, RoleColumn, CustomerKeyColumn, ApiKeyColumn };

    explicit SandboxPanel(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    QString copyStatus() const;
    QString faultStatus() const;

    // "••••1a2b": enough to tell keys apart, not enough to use one.
    static QString maskedKey(const QString& key);

public slots:
    void copyCustomerKey();
    void copyApiKey();
    void applyFaults();
    void resetFaults();

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createAccountsGroup();
    QWidget* createAppsGroup();
    QWidget* createFaultsGroup();
    QSpinBox* faultSpin(const QString& name, const QString& accessibleName, int maximum);
    SandboxServer* sandbox() const;
    void refresh();
    void fillAccounts();
    void fillApps();
    void showFaults();
    void copyKey(const QString& what);

    QPointer<ConsoleSession> m_session;
    QTableWidget* m_accounts = nullptr;
    QTableWidget* m_apps = nullptr;
    QPushButton* m_copyCustomerKey = nullptr;
    QPushButton* m_copyApiKey = nullptr;
    QLabel* m_copyStatus = nullptr;
    QSpinBox* m_latency = nullptr;
    QSpinBox* m_serverErrors = nullptr;
    QSpinBox* m_malformedJson = nullptr;
    QSpinBox* m_dropConnections = nullptr;
    QSpinBox* m_resetConnections = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_faultStatus = nullptr;
    QTimer* m_faultPoll = nullptr; // pending counts drop as requests consume them
};
