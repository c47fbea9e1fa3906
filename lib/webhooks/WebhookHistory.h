#pragma once

#include "webhooks/WebhookDelivery.h"

#include <QList>
#include <QObject>

// The deliveries the receiver took, newest last: masked before they are kept (secret-named
// header fields and JSON members, and every secret the session knows), written as JSON lines to
// a private file (0600 in a 0700 folder) and bounded: past maxEntries() or maxFileBytes() the
// oldest are dropped and the file is rewritten atomically. A torn last line is skipped on load.
class WebhookHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxEntries = 500;
    static constexpr qint64 DefaultMaxFileBytes = 32LL * 1024 * 1024;

    explicit WebhookHistory(const QString& filePath, QObject* parent = nullptr);

    QString filePath() const { return m_filePath; }
    void setMaxEntries(int entries) { m_maxEntries = qMax(1, entries); }
    int maxEntries() const { return m_maxEntries; }
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }

    bool load(QString* error = nullptr); // a missing file is an empty history
    bool append(const WebhookDelivery& delivery, QString* error = nullptr);
    bool clear(QString* error = nullptr);

    int count() const { return int(m_entries.size()); }
    const WebhookDelivery& at(int index) const { return m_entries.at(index); }

    // What the history keeps of a delivery: header values and body masked.
    static WebhookDelivery masked(const WebhookDelivery& delivery);

signals:
    void appended(int index);
    void reset();

private:
    bool rewrite(QString* error);
    bool fail(QString* error, const QString& message) const;

    QString m_filePath;
    int m_maxEntries = DefaultMaxEntries;
    qint64 m_maxFileBytes = DefaultMaxFileBytes;
    QList<WebhookDelivery> m_entries;
    QList<qint64> m_lineBytes; // per entry, newline included
    qint64 m_fileBytes = 0;
};
