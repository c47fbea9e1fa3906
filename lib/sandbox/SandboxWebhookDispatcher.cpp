#include "sandbox/SandboxWebhookDispatcher.h"

#include "sandbox/SandboxState.h"
#include "util/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

constexpr int LeadInfo = 2;
constexpr int LeadActivity = 3;
constexpr int PipelineChange = 12;

qint64 idIn(const QJsonValue& value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

SandboxWebhookDispatcher::Event change(int listId, const QString& name, qint64 leadId, qint64 nowMs,
    const QString& idName = QString(), qint64 id = 0)
{
    QJsonObject payload {{QStringLiteral("listId"), listId}, {QStringLiteral("event"), name},
        {QStringLiteral("leadId"), leadId}, {QStringLiteral("updateTime"), nowMs}};
    if (!idName.isEmpty())
        payload.insert(idName, id);
    return {listId, payload};
}

// Lofty's lead-activity ping: only the lead and the time (observed).
SandboxWebhookDispatcher::Event activity(qint64 leadId, qint64 nowMs)
{
    return {LeadActivity, {{QStringLiteral("leadId"), leadId}, {QStringLiteral("updateTime"), nowMs}}};
}

int listOfManualLog(const QString& kind)
{
    if (kind == QLatin1String("logEmail"))
        return 7;
    if (kind == QLatin1String("logText"))
        return 8;
    return 6;
}

} // namespace

SandboxWebhookDispatcher::SandboxWebhookDispatcher(SandboxState& state, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_network(new QNetworkAccessManager(this))
{ }

SandboxWebhookDispatcher::~SandboxWebhookDispatcher() = default;

QList<SandboxWebhookDispatcher::Event> SandboxWebhookDispatcher::eventsFor(const QString& method,
    const QString& route, const SandboxCall& call, const SandboxResponse& response, qint64 nowMs)
{
    if (response.status < 200 || response.status >= 300)
        return {};
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    const QJsonObject body = call.bodyObject();
    const qint64 pathLead = call.id(QStringLiteral("leadId"));
    const qint64 bodyLead = idIn(body.value(QStringLiteral("leadId")));
    const auto is = [&](const char* m, const char* r) {
        return method == QLatin1String(m) && route == QLatin1String(r);
    };
    if (is("POST", "/v1.0/leads"))
        return {change(
            LeadInfo, QStringLiteral("lead.created"), idIn(answer.value(QStringLiteral("leadId"))), nowMs)};
    if (is("PUT", "/v1.0/leads/{leadId}")) {
        QList<Event> events {change(LeadInfo, QStringLiteral("lead.updated"), pathLead, nowMs)};
        if (body.contains(QStringLiteral("stage")) || body.contains(QStringLiteral("stageId"))) {
            Event stage = change(PipelineChange, QStringLiteral("lead.stageChanged"), pathLead, nowMs);
            stage.payload.insert(QStringLiteral("stage"),
                body.contains(QStringLiteral("stage")) ? body.value(QStringLiteral("stage"))
                                                       : body.value(QStringLiteral("stageId")));
            events.append(stage);
        }
        return events;
    }
    if (is("DELETE", "/v1.0/leads/{leadId}"))
        return {change(LeadInfo, QStringLiteral("lead.deleted"), pathLead, nowMs)};
    if (is("POST", "/v1.0/leads/{leadId}/activity"))
        return {activity(pathLead, nowMs)};
    if (is("POST", "/v1.0/notes"))
        return {change(9, QStringLiteral("note.created"), bodyLead, nowMs, QStringLiteral("noteId"),
                    idIn(answer.value(QStringLiteral("noteId")))),
            activity(bodyLead, nowMs)};
    if (is("POST", "/v1.0/tasks") || is("POST", "/v2.0/tasks"))
        return {change(10, QStringLiteral("task.created"), bodyLead, nowMs, QStringLiteral("taskId"),
                    idIn(answer.value(QStringLiteral("taskId")))),
            activity(bodyLead, nowMs)};
    if (is("POST", "/v2.0/calendar"))
        return {
            change(11, QStringLiteral("appointment.created"), bodyLead, nowMs, QStringLiteral("calendarId"),
                idIn(answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")))),
            activity(bodyLead, nowMs)};
    if (is("POST", "/v1.0/logType")) {
        const QString kind = body.value(QStringLiteral("logType")).toString(QStringLiteral("logCall"));
        const QString name = kind.mid(3).toLower() + QStringLiteral(".logged"); // call.logged ...
        return {change(listOfManualLog(kind), name, bodyLead, nowMs, QStringLiteral("logId"),
                    idIn(answer.value(QStringLiteral("logType")).toObject().value(QStringLiteral("id")))),
            activity(bodyLead, nowMs)};
    }
    return {};
}

void SandboxWebhookDispatcher::observe(
    const QString& method, const QString& route, const SandboxCall& call, const SandboxResponse& response)
{
    const QList<Event> events = eventsFor(method, route, call, response, m_state.nowMs());
    if (events.isEmpty())
        return;
    const QList<QJsonObject>& subscriptions = m_state.data.collection(QStringLiteral("webhooks"));
    for (const Event& e : events) {
        const QByteArray body = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        for (const QJsonObject& subscription : subscriptions) {
            const QUrl callback(subscription.value(QStringLiteral("callbackUrl")).toString());
            // RFC 6761: .invalid never resolves (the seeded subscription uses it); no lookup.
            if (subscription.value(QStringLiteral("listId")).toInt() == e.listId
                && !callback.host().endsWith(QLatin1String(".invalid")))
                schedule(e.listId, callback, body, 1, m_delayMs);
        }
    }
}

void SandboxWebhookDispatcher::schedule(
    int listId, const QUrl& callback, const QByteArray& body, int attempt, int delayMs)
{
    ++m_pending;
    const quint64 generation = m_generation;
    QTimer::singleShot(delayMs, this, [=] {
        if (generation != m_generation)
            return;
        --m_pending;
        post(listId, callback, body, attempt);
    });
}

void SandboxWebhookDispatcher::post(int listId, const QUrl& callback, const QByteArray& body, int attempt)
{
    QNetworkRequest request(callback);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Lofty-Sandbox-Webhooks/1"));
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply* reply = m_network->post(request, body);
    ++m_pending;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        --m_pending;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCInfo(lcSandbox) << "webhooks: list" << listId << "to" << callback.toDisplayString() << "attempt"
                          << attempt << "->" << status;
        emit attempted(listId, callback, attempt, status);
        if ((status < 200 || status >= 300) && attempt < MaxAttempts)
            schedule(listId, callback, body, attempt + 1, m_retryBaseMs << (attempt - 1));
    });
}

void SandboxWebhookDispatcher::cancelAll()
{
    ++m_generation;
    m_pending = 0;
}
