#pragma once

#include "sandbox/SandboxHttpParser.h"
#include "webhooks/WebhookDelivery.h"

#include <QCoreApplication>

// Reads one webhook delivery from the bytes of one connection: an HTTP/1.1 POST (RFC 9112) with
// a JSON body (RFC 8259). The HTTP framing is the sandbox's parser, held to tighter bounds: at
// most MaxHeaderBytes of request line and header fields and MaxBodyBytes of body. Anything else
// ends in Error with the status to answer (400 malformed or not JSON, 405 not a POST, 413/431
// too large, 501/505 unsupported framing or version) and a specific message.
class WebhookDeliveryParser
{
    Q_DECLARE_TR_FUNCTIONS(WebhookDeliveryParser)

public:
    enum class State { NeedMore, Complete, Error };

    static constexpr qsizetype MaxHeaderBytes = SandboxHttpParser::MaxHeaderBytes; // 64 KiB
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    WebhookDeliveryParser();

    State feed(const QByteArray& data);
    State state() const { return m_state; }
    // The delivery once Complete (receivedAt left for the caller to stamp).
    const WebhookDelivery& delivery() const { return m_delivery; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, const QString& message);
    State accept(const SandboxRequest& request);

    SandboxHttpParser m_http;
    State m_state = State::NeedMore;
    WebhookDelivery m_delivery;
    int m_errorStatus = 0;
    QString m_errorMessage;
};
