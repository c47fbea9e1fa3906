#pragma once

#include "sandbox/SandboxCall.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
struct SandboxState;

// Delivers the sandbox's webhook events. SandboxApiRoutes reports every successful API call; the
// calls that change data become events (lead created, updated or deleted; note, task or
// appointment created; stage changed; call, email or text logged), and each event is POSTed to
// the callback of every subscription to its list, after delayMs() and with up to MaxAttempts
// tries (the second after retryBaseMs(), each next one after twice as long) when the callback does
// not answer 2xx. Lofty publishes neither its delay nor its retries: both are this sandbox's
// choice. Payloads: list 3 is exactly {leadId, updateTime}, as Lofty sends it; every other list
// gets {listId, event, leadId, <id of what was created>, updateTime} (the sandbox's choice).
class SandboxWebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 3000;
    static constexpr int DefaultRetryBaseMs = 2000;
    static constexpr int MaxAttempts = 3;
    static constexpr int TimeoutMs = 10 * 1000;

    struct Event
    {
        int listId = 0;
        QJsonObject payload;
    };

    explicit SandboxWebhookDispatcher(SandboxState& state, QObject* parent = nullptr);
    ~SandboxWebhookDispatcher() override;

    void setDelayMs(int ms) { m_delayMs = qMax(0, ms); }
    int delayMs() const { return m_delayMs; }
    void setRetryBaseMs(int ms) { m_retryBaseMs = qMax(0, ms); }
    int retryBaseMs() const { return m_retryBaseMs; }

    // The events a successful call causes (none for reads and for calls that change nothing).
    static QList<Event> eventsFor(const QString& method, const QString& route, const SandboxCall& call,
        const SandboxResponse& response, qint64 nowMs);
    // Called by SandboxApiRoutes after each answered API call.
    void observe(const QString& method, const QString& route, const SandboxCall& call,
        const SandboxResponse& response);
    // Drops every pending delivery (sandbox reset).
    void cancelAll();
    int pendingCount() const { return m_pending; }

signals:
    // One per attempt: status 0 when the callback could not be reached.
    void attempted(int listId, const QUrl& callback, int attempt, int status);

private:
    void schedule(int listId, const QUrl& callback, const QByteArray& body, int attempt, int delayMs);
    void post(int listId, const QUrl& callback, const QByteArray& body, int attempt);

    SandboxState& m_state;
    QNetworkAccessManager* m_network;
    int m_delayMs = DefaultDelayMs;
    int m_retryBaseMs = DefaultRetryBaseMs;
    int m_pending = 0;
    quint64 m_generation = 0; // bumped by cancelAll(): older timers and replies are dropped
};
