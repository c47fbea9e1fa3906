#include "TestBrowser.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>

namespace {

constexpr int TransferTimeoutMs = 15000;
constexpr int MaximumRedirects = 5;

QString captureFirst(const QByteArray& html, const QString& pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

TestBrowser::TestBrowser(QObject* parent)
    : QObject(parent)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(&m_network, &QNetworkAccessManager::finished, this, &TestBrowser::onReply);
}

void TestBrowser::open(const QUrl& authorizeUrl, const QString& accountId, bool approve)
{
    m_accountId = accountId;
    m_approve = approve;
    m_redirects = 0;
    m_origin = authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_redirectUrl.clear();
    m_consentPage.clear();
    m_lastError.clear();
    get(authorizeUrl);
}

void TestBrowser::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    m_network.get(request);
}

void TestBrowser::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    const QUrl url = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        finish(url, 0, body, reply->errorString());
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool leavesSandbox
            = target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment) != m_origin;
        if (leavesSandbox)
            m_redirectUrl = target;
        if (++m_redirects > MaximumRedirects)
            finish(url, status, body, QStringLiteral("too many redirects"));
        else if (leavesSandbox && !m_followFinalRedirect)
            finish(target, status, body);
        else
            get(target);
        return;
    }
    if (reply->operation() == QNetworkAccessManager::GetOperation && body.contains("id=\"consent\"")) {
        submitConsent(url, body);
        return;
    }
    finish(url, status, body, status >= 400 ? QStringLiteral("HTTP %1").arg(status) : QString());
}

void TestBrowser::submitConsent(const QUrl& pageUrl, const QByteArray& html)
{
    m_consentPage = html;
    const QString action = captureFirst(html, QStringLiteral("<form id=\"consent\"[^>]*action=\"([^\"]+)\""));
    const QString requestId
        = captureFirst(html, QStringLiteral("<input type=\"hidden\" name=\"request\" value=\"([^\"]*)\""));
    if (action.isEmpty() || requestId.isEmpty()) {
        finish(pageUrl, 200, html, QStringLiteral("the consent page has no usable form"));
        return;
    }
    const QByteArray form = "request=" + QUrl::toPercentEncoding(htmlUnescape(requestId)) + "&account="
        + QUrl::toPercentEncoding(m_accountId) + "&decision=" + (m_approve ? "approve" : "deny");
    QNetworkRequest request(pageUrl.resolved(QUrl(htmlUnescape(action))));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(TransferTimeoutMs);
    m_network.post(request, form);
}

void TestBrowser::finish(const QUrl& url, int status, const QByteArray& body, const QString& error)
{
    m_lastError = error;
    emit finished(url, status, body);
}
