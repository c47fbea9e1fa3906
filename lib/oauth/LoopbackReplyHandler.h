#pragma once

#include <QOAuthOobReplyHandler>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

// The loopback redirect listener of RFC 8252 §7.3, strict where QOAuthHttpServerReplyHandler is
// lenient: it binds 127.0.0.1 only, answers GET on exactly the redirect path (404 elsewhere, 405
// for other methods), reads at most MaxRequestBytes of request head (431 beyond), drops a
// connection idle for ConnectionTimeoutMs and refuses a query that repeats a parameter (RFC 6749
// §3.1). Every other request becomes callbackReceived() with the query form-decoded (percent and
// '+'); a slot connected to it calls acceptCallback() or refuseCallback() to choose the page the
// browser gets, a refusal page otherwise.
//
// callback() is the redirect URI exactly as built from the address and port actually bound, so
// the URI shown, the one in the authorize request and the one in the code exchange are the same.
class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    static constexpr qint64 MaxRequestBytes = 64 * 1024;
    static constexpr int ConnectionTimeoutMs = 10000;

    explicit LoopbackReplyHandler(QObject* parent = nullptr);
    ~LoopbackReplyHandler() override;

    // `host` is the name the redirect URI carries (127.0.0.1 or localhost); the socket is always
    // bound to 127.0.0.1. Port 0 picks a free one.
    bool listen(const QString& host, quint16 port, const QString& path);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }

    QString callback() const override { return m_redirectUri; }

    // From a slot connected to callbackReceived(): the page the browser gets for this request.
    void acceptCallback(const QString& text);
    void refuseCallback(const QString& reason);

signals:
    // A request that was answered before reaching callbackReceived() (wrong method, path, size).
    void requestRejected(const QString& reason);

private:
    struct Answer
    {
        int status = 400;
        QString text;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handleRequest(QTcpSocket* socket, const QByteArray& head);
    void reject(QTcpSocket* socket, int status, const QString& reason);
    static void answer(QTcpSocket* socket, int status, const QString& text);
    static bool parseQuery(const QByteArray& query, QVariantMap* values);

    QTcpServer m_server;
    QString m_path;
    QString m_redirectUri;
    quint16 m_port = 0;
    Answer m_answer;
    QTcpSocket* m_answering = nullptr; // while callbackReceived() runs
};
