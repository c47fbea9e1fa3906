#pragma once

#include "sandbox/SandboxRequest.h"

#include <QByteArray>
#include <QCoreApplication>

// Incremental HTTP/1.1 request parser for the sandbox's own server (RFC 9112): request line,
// header fields and a Content-Length body. Feed it bytes as they arrive; when state() is
// Complete, takeRequest() hands out the request and keeps whatever followed it (a pipelined next
// request). Sizes are bounded; a malformed or unsupported request ends in Error with the status
// to answer and a specific reason. A parser in Error stays there: the connection is closed.
class SandboxHttpParser
{
    Q_DECLARE_TR_FUNCTIONS(SandboxHttpParser)

public:
    enum class State { NeedMore, Complete, Error };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

    // A smaller bound for bodies than MaxBodyBytes (the webhook receiver takes 1 MiB).
    void setMaxBodyBytes(qsizetype bytes) { m_maxBodyBytes = bytes; }

    // Appends data and parses as far as it goes.
    State feed(const QByteArray& data);
    State state() const { return m_state; }

    // The complete request; the parser then starts on the bytes buffered after it.
    SandboxRequest takeRequest();
    // Whether the connection stays open after the request last completed (HTTP/1.1 default,
    // "Connection: close", HTTP/1.0 with "Connection: keep-alive").
    bool keepAlive() const { return m_keepAlive; }

    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

    // Reason phrases for the parser's own statuses; others as SandboxResponse names them.
    static QByteArray reasonPhrase(int status);

private:
    void parse();
    bool parseHead(const QByteArray& head);
    bool parseRequestLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    bool checkFraming();
    bool fail(int status, const QString& message);
    void resetRequest();

    QByteArray m_buffer;
    State m_state = State::NeedMore;
    bool m_headComplete = false;
    qsizetype m_contentLength = 0;
    qsizetype m_maxBodyBytes = MaxBodyBytes;
    bool m_http10 = false;
    bool m_keepAlive = true;
    SandboxRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};
