#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

class ConsoleSession;
class MainWindow;

// Binds one ConsoleSession to the main window: each panel gets the session, the profile switcher
// lists the ProfileStore's profiles and activates the chosen one, the status bar follows the
// current account, its token expiry and the app's rate-limit window, and the panels' cross-links
// (History -> Requests, a missing API -> Registration) switch panels. Holds no protocol logic.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(ConsoleSession* session, MainWindow* window, QObject* parent = nullptr);

    // Activates `name` (id or name) or, when empty, the store's current profile, else Sandbox.
    bool activateInitialProfile(const QString& name, QString* error = nullptr);

private:
    // Gives a panel the session when MainWindow builds it (panels are built when first shown).
    void wirePanel(int row, QWidget* panel);
    void connectStatusBar();
    void fillProfileSwitcher();
    void onProfileSelected(const QString& name);
    void onProfileActivated();
    void showAccountInStatusBar();
    void showUsage();
    void openCatalogUpdate();

    QPointer<ConsoleSession> m_session;
    QPointer<MainWindow> m_window;
};
