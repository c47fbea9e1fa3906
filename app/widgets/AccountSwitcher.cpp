#include "widgets/AccountSwitcher.h"

#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"

#include <QKeyEvent>

AccountSwitcher::AccountSwitcher(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("accountSwitcher"));
    setAccessibleName(tr("Account"));
    setAccessibleDescription(tr("The account whose credentials requests are sent with"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(this, qOverload<int>(&QComboBox::activated), this, &AccountSwitcher::onActivated);
    refill();
}

void AccountSwitcher::setSession(ConsoleSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->accounts(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &ConsoleSession::profileActivated, this, &AccountSwitcher::refill);
        connect(session->accounts(), &AccountRegistry::accountsChanged, this, &AccountSwitcher::refill);
        connect(session->accounts(), &AccountRegistry::currentAccountChanged, this, &AccountSwitcher::refill);
    }
    refill();
}

QString AccountSwitcher::currentAccountId() const
{
    return currentData().toString();
}

void AccountSwitcher::refill()
{
    const QSignalBlocker blocker(this);
    clear();
    if (!m_session || !m_session->hasProfile()) {
        addItem(tr("No account"));
        setEnabled(false);
        return;
    }
    const QList<AccountRecord> accounts = m_session->profile().accounts;
    for (const AccountRecord& account : accounts)
        addItem(account.displayName(), account.id);
    if (accounts.isEmpty())
        addItem(tr("No account yet: authorize one"));
    setEnabled(!accounts.isEmpty());
    setCurrentIndex(std::max(0, findData(m_session->accounts()->currentId())));
}

void AccountSwitcher::onActivated(int index)
{
    const QString accountId = itemData(index).toString();
    if (m_session && !accountId.isEmpty() && accountId != m_session->accounts()->currentId())
        m_session->accounts()->select(accountId);
}

void AccountSwitcher::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool arrow = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
        || key == Qt::Key_PageDown || key == Qt::Key_Home || key == Qt::Key_End;
    if (arrow && !(event->modifiers() & Qt::AltModifier)) {
        event->ignore();
        return;
    }
    QComboBox::keyPressEvent(event);
}
