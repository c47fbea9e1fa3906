#include "webhooks/WebhookDeliveryParser.h"

#include "json/JsonReader.h"

WebhookDeliveryParser::WebhookDeliveryParser()
{
    m_http.setMaxBodyBytes(MaxBodyBytes);
}

WebhookDeliveryParser::State WebhookDeliveryParser::feed(const QByteArray& data)
{
    if (m_state != State::NeedMore)
        return m_state;
    switch (m_http.feed(data)) {
    case SandboxHttpParser::State::NeedMore:
        return m_state;
    case SandboxHttpParser::State::Error:
        return fail(m_http.errorStatus(), m_http.errorMessage());
    case SandboxHttpParser::State::Complete:
        break;
    }
    return accept(m_http.takeRequest());
}

WebhookDeliveryParser::State WebhookDeliveryParser::accept(const SandboxRequest& request)
{
    if (request.method != QLatin1String("POST"))
        return fail(405, tr("A webhook delivery is a POST, not %1.").arg(request.method));
    if (request.body.isEmpty())
        return fail(400, tr("The delivery has no body; Lofty posts a JSON object."));
    QString error;
    if (!JsonReader::parse(request.body, &error).isValid())
        return fail(400, tr("The delivery's body is not JSON: %1").arg(error));
    m_delivery.target = request.path;
    if (!request.rawQuery.isEmpty())
        m_delivery.target += QLatin1Char('?') + QString::fromLatin1(request.rawQuery);
    m_delivery.headers = request.headers;
    m_delivery.body = request.body;
    m_state = State::Complete;
    return m_state;
}

WebhookDeliveryParser::State WebhookDeliveryParser::fail(int status, const QString& message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    return m_state;
}
