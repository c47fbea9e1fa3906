#pragma once

#include "oauth/TokenSet.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class ConsoleSession;
class FlowTimeline;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
struct FlowStep;

// Authorizes an account with any grant: Authorization Code (client secret), Authorization Code +
// PKCE, Client Credentials with a customer key, an API key, or a pasted token. Start hands the
// request to ConsoleSession; the session asks for the browser (openBrowserRequested), the flow's
// steps fill the timeline, and the verdict says how it ended.
class AuthorizePanel : public QWidget
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<void(const QUrl&)>;

    explicit AuthorizePanel(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    // How the authorize URL reaches a browser; default QDesktopServices::openUrl. Tests replace it.
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    void setGrant(TokenSet::Grant grant);
    TokenSet::Grant grant() const;
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString verdict() const;
    FlowTimeline* timeline() const { return m_timeline; }

public slots:
    void start();
    void cancel();
    void copyAuthorizeUrl();

signals:
    void accountAuthorized(const QString& accountId);

private:
    void createWidgets();
    void updateGrantFields();
    void updateRedirectUri();
    void onFlowStarted();
    void onStep(const FlowStep& step);
    void onBrowserRequested(const QUrl& url);
    void onFinished(bool ok, const QString& accountId, const QString& message);
    void resetVerdict();
    void updateStartHint();
    void forgetVerdictOfGoneAccount();
    void setRunning(bool running);
    QLineEdit* secretEdit(const QString& name, const QString& accessibleName, const QString& description);

    QPointer<ConsoleSession> m_session;
    BrowserOpener m_openBrowser;
    QUrl m_authorizeUrl;
    QString m_verdictAccountId; // the account the verdict is about, if it succeeded
    QFormLayout* m_form = nullptr;
    QComboBox* m_grant = nullptr;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_redirectUri = nullptr;
    QLabel* m_grantHelp = nullptr;
    QLabel* m_startHint = nullptr;
    QLineEdit* m_customerKey = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QLineEdit* m_accessToken = nullptr;
    QLineEdit* m_refreshToken = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_copyUrlButton = nullptr;
    FlowTimeline* m_timeline = nullptr;
    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdict = nullptr;
};
