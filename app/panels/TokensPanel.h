#pragma once

#include "api/ApiResponse.h"
#include "oauth/TokenSet.h"

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class ExpiryBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QWidget;

// The current account's token: masked value with reveal and copy (also as an Authorization
// header), type, grant, scope, obtained and expiry times with a live countdown, the refresh
// token's presence and age against Lofty's 180 days, decoded JWT parts, the masked raw token
// response; refresh now, test (GET /v1.0/me) and forget (with an inline confirmation).
class TokensPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokensPanel(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    TokenSet token() const { return m_token; }
    bool isRevealed() const { return m_revealed; }
    ExpiryBar* expiryBar() const { return m_expiry; }
    QString testResult() const;

public slots:
    void setRevealed(bool revealed);
    void copyToken();
    void copyAuthorizationHeader();
    void refreshNow();
    void testToken();
    void askToForget();

signals:
    void statusMessage(const QString& message); // a short note for the status bar ("Copied …")

private:
    void createWidgets();
    void fillAccounts();
    void onAccountChosen(int index);
    void showToken(const QString& accountId, const TokenSet& token);
    void showJwt(const QString& value);
    void showRefreshTokenAge();
    void onRefreshFinished(bool ok, const QString& error);
    void onTestFinished(const ApiResponse& response);
    QLabel* addValueLabel(const QString& name, const QString& accessibleName);

    QPointer<ConsoleSession> m_session;
    QString m_accountId;
    TokenSet m_token;
    bool m_revealed = false;
    QComboBox* m_accounts = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_copyHeaderButton = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_grant = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_obtained = nullptr;
    QLabel* m_expires = nullptr;
    ExpiryBar* m_expiry = nullptr;
    QLabel* m_refreshToken = nullptr;
    QTreeWidget* m_jwt = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_forgetButton = nullptr;
    QWidget* m_confirmForget = nullptr;
    QLabel* m_result = nullptr;
};
