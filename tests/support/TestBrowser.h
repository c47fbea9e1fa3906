#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;

// A scripted "browser" for end-to-end tests against the sandbox: open() GETs the authorize
// URL, submits the consent form (form#consent) as the given account, and follows the 302 to
// the redirect URI, e.g. into a real loopback listener. finished() reports the last URL
// requested, its HTTP status (0 when it could not be fetched) and its body. With auto-approve
// the authorize step redirects at once and the form is skipped.
class TestBrowser : public QObject
{
    Q_OBJECT

public:
    explicit TestBrowser(QObject* parent = nullptr);

    void open(const QUrl& authorizeUrl, const QString& accountId, bool approve = true);
    // Stop before following the final redirect off the sandbox: finished() then reports the
    // redirect target itself (status 302), for tests that have no listener.
    void setFollowFinalRedirect(bool follow) { m_followFinalRedirect = follow; }

    QString lastError() const { return m_lastError; }
    QUrl redirectUrl() const { return m_redirectUrl; } // where the sandbox sent the browser
    QByteArray consentPage() const { return m_consentPage; }

signals:
    void finished(const QUrl& lastUrl, int httpStatus, const QByteArray& body);

private:
    void get(const QUrl& url);
    void onReply(QNetworkReply* reply);
    void submitConsent(const QUrl& pageUrl, const QByteArray& html);
    void finish(const QUrl& url, int status, const QByteArray& body, const QString& error = QString());

    QNetworkAccessManager m_network;
    QString m_accountId;
    bool m_approve = true;
    bool m_followFinalRedirect = true;
    int m_redirects = 0;
    QUrl m_origin;
    QUrl m_redirectUrl;
    QByteArray m_consentPage;
    QString m_lastError;
};
