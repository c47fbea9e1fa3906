#include "session/ScopeProbe.h"

#include "api/ApiClient.h"
#include "api/LoftyError.h"
#include "catalog/EndpointCatalog.h"

bool ScopeProbe::ApiStatus::effectivelyAllowed() const
{
    if (probe == ProbeResult::Allowed || probe == ProbeResult::Refused)
        return probe == ProbeResult::Allowed;
    return seenAllowed > 0 && seenRefused == 0;
}

ScopeProbe::ScopeProbe(const EndpointCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    for (const QString& api : catalog.apis()) {
        ApiStatus status;
        status.api = api;
        status.group = catalog.groupOfApi(api);
        if (const CatalogEndpoint* endpoint = catalog.probeEndpointOfApi(api))
            status.probeEndpointId = endpoint->id;
        else
            status.probe = ProbeResult::NoSafeEndpoint;
        m_statuses.append(status);
    }
}

ScopeProbe::ApiStatus* ScopeProbe::statusOf(const QString& api)
{
    for (ApiStatus& status : m_statuses) {
        if (status.api == api)
            return &status;
    }
    return nullptr;
}

void ScopeProbe::setGrantedApis(const QStringList& apis)
{
    for (ApiStatus& status : m_statuses)
        status.granted = apis.contains(status.api);
    emit statusesChanged();
}

void ScopeProbe::learnFromHistory(const QList<HistorySummary>& history, const QString& accountId)
{
    for (ApiStatus& status : m_statuses)
        status.seenAllowed = status.seenRefused = 0;
    for (const HistorySummary& entry : history) {
        if (entry.status == 0 || (!accountId.isEmpty() && entry.accountId != accountId))
            continue;
        const CatalogEndpoint* endpoint = m_catalog.find(entry.endpointId);
        if (!endpoint)
            endpoint = m_catalog.match(entry.method, QUrl(entry.url).path());
        ApiStatus* status = endpoint ? statusOf(endpoint->api) : nullptr;
        if (!status)
            continue;
        // 401 and 429 say nothing about the app's APIs.
        if (entry.status == 401 || entry.status == 429)
            continue;
        if (entry.status == 403 && entry.errorKind == LoftyError::kindName(LoftyError::Kind::ApiNotGranted))
            ++status->seenRefused;
        else
            ++status->seenAllowed;
    }
    emit statusesChanged();
}

void ScopeProbe::probe(ApiClient* client)
{
    cancel();
    m_client = client;
    m_waiting.clear();
    for (ApiStatus& status : m_statuses) {
        if (status.probe == ProbeResult::NoSafeEndpoint)
            continue;
        status.probe = ProbeResult::NotProbed;
        status.probeDetail.clear();
        m_waiting.append(status.api);
    }
    m_done = 0;
    m_total = int(m_waiting.size());
    emit progress(0, m_total);
    if (m_total == 0) {
        emit finished(false);
        return;
    }
    sendNext();
}

void ScopeProbe::sendNext()
{
    // A few at a time: the rate limiter paces them anyway, and cancel stays quick.
    while (m_client && m_inFlight < MaxConcurrentProbes && !m_waiting.isEmpty()) {
        const QString api = m_waiting.takeFirst();
        const CatalogEndpoint* endpoint = m_catalog.find(statusOf(api)->probeEndpointId);
        QMap<QString, QString> pathValues;
        for (const CatalogParameter& parameter : endpoint->pathParameters)
            pathValues.insert(parameter.name,
                parameter.defaultValue.isEmpty() ? QStringLiteral("1") : parameter.defaultValue);
        QList<QPair<QString, QString>> query;
        for (const CatalogParameter& parameter : endpoint->queryParameters) {
            if (parameter.required)
                query.append({parameter.name, parameter.defaultValue});
        }
        ApiReply* reply = m_client->send(m_client->requestFor(*endpoint, pathValues, query));
        connect(reply, &ApiReply::finished, this, [this, reply, api] { onProbeFinished(reply, api); });
        m_sent.append(reply);
        ++m_inFlight;
    }
}

void ScopeProbe::onProbeFinished(ApiReply* reply, const QString& api)
{
    m_sent.removeOne(reply);
    reply->deleteLater();
    const ApiResponse& response = reply->response();
    --m_inFlight;
    ApiStatus* status = statusOf(api);
    const LoftyError::Kind kind = response.error.kind();
    if (kind == LoftyError::Kind::ApiNotGranted)
        status->probe = ProbeResult::Refused;
    else if (response.httpStatus > 0 && kind != LoftyError::Kind::Unauthorized
        && kind != LoftyError::Kind::RateLimited && kind != LoftyError::Kind::ServerError)
        status->probe = ProbeResult::Allowed; // past the permission check (even a 404 or 400 is)
    else
        status->probe = ProbeResult::Failed;
    status->probeDetail
        = response.httpStatus > 0 ? QString::number(response.httpStatus) : response.error.title();
    if (kind == LoftyError::Kind::Cancelled)
        status->probe = ProbeResult::NotProbed;
    ++m_done;
    emit apiProbed(api, status->probe);
    emit progress(m_done, m_total);
    emit statusesChanged();
    if (m_inFlight == 0 && m_waiting.isEmpty()) {
        emit finished(m_done < m_total);
        return;
    }
    sendNext();
}

void ScopeProbe::cancel()
{
    if (!isProbing())
        return;
    m_waiting.clear();
    const QList<QPointer<ApiReply>> sent = m_sent;
    for (const QPointer<ApiReply>& reply : sent) {
        if (reply)
            reply->abort(); // each finishes through onProbeFinished
    }
    if (m_inFlight > 0) { // the client and its replies are gone: nothing will answer
        m_sent.clear();
        m_inFlight = 0;
        emit finished(true);
    }
}

QStringList ScopeProbe::grantedButUnused() const
{
    QStringList apis;
    for (const ApiStatus& status : m_statuses) {
        if (status.granted && !status.used())
            apis << status.api;
    }
    return apis;
}

QStringList ScopeProbe::usedButNotGranted() const
{
    QStringList apis;
    for (const ApiStatus& status : m_statuses) {
        if (!status.granted && (status.seenAllowed + status.seenRefused > 0))
            apis << status.api;
    }
    return apis;
}

QStringList ScopeProbe::probedAllowed() const
{
    QStringList apis;
    for (const ApiStatus& status : m_statuses) {
        if (status.probe == ProbeResult::Allowed)
            apis << status.api;
    }
    return apis;
}

QString ScopeProbe::costOfAdding(const QStringList& apis) const
{
    if (apis.isEmpty())
        return tr("Nothing to add.");
    return tr("Adding %1 in the Developer Portal's Permissions tab is a breaking change: every user of the "
              "app must authorize it again, and their current tokens stop working. For a Production app "
              "the change also goes through review (\"Update Submitted - Re-authorization Required\").")
        .arg(QLocale().createSeparatedList(apis));
}
