#pragma once

#include "api/HistorySummary.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiClient;
class ApiReply;
class EndpointCatalog;

// What an app may call, API by API. Lofty's token says only scope=openApi, so the answer is put
// together from three sources: the APIs granted in the app's registration, what history has
// seen (a success, or a 403 200100 refusal), and, on request, a probe: one safe GET per API sent
// through ApiClient (and so paced by its RateLimiter), with progress and cancel.
class ScopeProbe : public QObject
{
    Q_OBJECT

public:
    enum class ProbeResult { NotProbed, Allowed, Refused, Failed, NoSafeEndpoint };
    Q_ENUM(ProbeResult)

    struct ApiStatus
    {
        QString api;
        QString group;
        bool granted = false; // in the registration
        int seenAllowed = 0; // answers in history that were not a 200100 refusal
        int seenRefused = 0; // 403 200100 answers in history
        ProbeResult probe = ProbeResult::NotProbed;
        QString probeEndpointId;
        QString probeDetail; // status or error title of the probe
        bool used() const { return seenAllowed + seenRefused > 0 || probe == ProbeResult::Allowed; }
        // Allowed by the server according to the best evidence: the probe, else history.
        bool effectivelyAllowed() const;
    };

    explicit ScopeProbe(const EndpointCatalog& catalog, QObject* parent = nullptr);

    void setGrantedApis(const QStringList& apis);
    // Counts what history has seen for `accountId`'s app (empty: every entry). Entries without a
    // catalog id are matched by method and path.
    void learnFromHistory(const QList<HistorySummary>& history, const QString& accountId = QString());

    // Probes every API that has a safe GET. Results arrive through apiProbed(); finished() ends it.
    void probe(ApiClient* client);
    void cancel();
    bool isProbing() const { return !m_waiting.isEmpty() || m_inFlight > 0; }

    const QList<ApiStatus>& statuses() const { return m_statuses; }
    QStringList grantedButUnused() const;
    // Used (seen or probed allowed, or refused) but not in the registration.
    QStringList usedButNotGranted() const;
    // APIs the server allowed in the probe (the ground truth when a probe ran).
    QStringList probedAllowed() const;
    // What adding `apis` to the registration costs, in a sentence for the user.
    QString costOfAdding(const QStringList& apis) const;

signals:
    void progress(int done, int total);
    void apiProbed(const QString& api, ScopeProbe::ProbeResult result);
    void statusesChanged();
    void finished(bool cancelled);

private:
    static constexpr int MaxConcurrentProbes = 4;
    ApiStatus* statusOf(const QString& api);
    void sendNext();
    void onProbeFinished(ApiReply* reply, const QString& api);

    const EndpointCatalog& m_catalog;
    QList<ApiStatus> m_statuses;
    QPointer<ApiClient> m_client;
    QStringList m_waiting; // APIs still to probe
    QList<QPointer<ApiReply>> m_sent;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
};
