#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// One webhook delivery as the local receiver took it: when, the request target, the header
// fields in their order and the JSON body exactly as sent.
struct WebhookDelivery
{
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    QDateTime receivedAt; // UTC
    QString target; // path and query, e.g. "/lofty/webhook/2"
    HeaderList headers;
    QByteArray body; // valid JSON (the parser refuses anything else)

    QByteArray header(const QByteArray& name) const;

    // The event list (1-12) this delivery belongs to, or 0 when nothing says: the last path
    // segment of a callback URL ending in /<listId> (how the console suggests subscribing), else
    // a "listId" member of the body, else 3 for Lofty's lead-activity ping, whose body is
    // exactly {leadId, updateTime}.
    int listId() const;
    // The leadId of a list-3 ping, as text so that 64-bit ids stay exact; empty otherwise.
    QString leadActivityLeadId() const;

    // One compact JSON line without the newline: {"receivedAt":…,"target":…,"headers":{…},"body":…}
    // (without "target" when `withTarget` is false).
    // Repeated header fields are joined with ", " (RFC 9110 section 5.3). The body's numbers and
    // member order are kept byte for byte.
    QByteArray toJsonLine(bool withTarget = true) const;
    // The inverse, for the history file; *ok false on anything else.
    static WebhookDelivery fromJsonLine(const QByteArray& line, bool* ok);

    // Display name of an event list ("2 Lead Info"), translated; "unknown" for 0.
    static QString listName(int listId);
};
Q_DECLARE_METATYPE(WebhookDelivery)
