#pragma once

#include <QComboBox>
#include <QPointer>

class ConsoleSession;

// The tool bar's account switcher, beside the profile switcher: lists the current profile's
// accounts by name, selects the chosen one in the session, and follows accounts being added,
// removed or selected elsewhere (Authorize, Tokens, the CLI through the profile file). Like the
// profile switcher, the closed list ignores arrow keys (Alt+Down, F4 or Space open it), so a
// stray key does not switch accounts.
class AccountSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit AccountSwitcher(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session); // not owned
    QString currentAccountId() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refill();
    void onActivated(int index);

    QPointer<ConsoleSession> m_session;
};
