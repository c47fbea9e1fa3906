#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

// Blocking-by-signal HTTP helpers for the sandbox tests: each call sends one real request over
// loopback and waits for its finished() signal (QSignalSpy::wait, never a sleep).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const;
};

class SandboxTestHttp
{
public:
    SandboxTestHttp();

    HttpResult send(const QByteArray& method, const QUrl& url, const QByteArray& body = QByteArray(),
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult get(const QUrl& url, const QByteArray& authorization = QByteArray());
    // POSTs application/x-www-form-urlencoded fields, every value percent-encoded.
    HttpResult postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields,
        const QByteArray& authorization = QByteArray());
    HttpResult sendJson(const QByteArray& method, const QUrl& url, const QJsonObject& body,
        const QByteArray& authorization = QByteArray());

    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    // Sent with every request (the sandbox admin key).
    void setDefaultHeader(const QByteArray& name, const QByteArray& value)
    {
        m_defaultHeaders.append({name, value});
    }

    static QByteArray basic(const QString& clientId, const QString& secret);
    static QByteArray bearer(const QString& token);

private:
    QNetworkAccessManager m_network;
    int m_timeoutMs = 20000;
    QList<QPair<QByteArray, QByteArray>> m_defaultHeaders;
};
