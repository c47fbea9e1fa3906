#pragma once

#include "oauth/FlowStep.h"
#include "oauth/TokenSet.h"
#include "util/KnownSecret.h"

#include <QList>
#include <QObject>

class Clock;

// The one outward shape of every grant (authorization code with or without PKCE, client
// credentials, direct credentials), so the GUI and the CLI do not care which produced a token.
// An attempt begins with start() and ends exactly once: granted() or failed(), then finished().
class OAuthFlow : public QObject
{
    Q_OBJECT

public:
    // Why the last attempt failed, for callers that map failures (the CLI's exit statuses).
    enum class Failure {
        None,
        Cancelled,
        MissingInput, // the profile or the user gave too little (no client id, no secret, bad host)
        Listener, // the loopback listener could not be started
        Denied, // the provider answered error= to this attempt (e.g. access_denied)
        Refused, // the token endpoint answered with an error, or with an unusable token
        Network, // the token endpoint could not be reached or did not answer in time
        TimedOut, // no callback within the attempt's time
    };

    explicit OAuthFlow(QObject* parent = nullptr);

    void setClock(const Clock* clock);
    const Clock* clock() const { return m_clock; }

    bool isRunning() const { return m_running; }
    QList<FlowStep> steps() const { return m_steps; } // the current (or last) attempt's timeline
    TokenSet lastToken() const { return m_lastToken; }
    QString lastError() const { return m_lastError; }
    Failure lastFailure() const { return m_lastFailure; }

public slots:
    virtual void start() = 0;
    // Ends a running attempt with failed(tr("Cancelled")); does nothing when idle.
    virtual void cancel();

signals:
    void stepReported(const FlowStep& step);
    void granted(const TokenSet& token);
    void failed(const QString& reason);
    void finished();

protected:
    // Starts a new attempt: clears the timeline. Returns false (and reports nothing) if one runs.
    bool beginAttempt();
    void reportStep(
        FlowStep::Kind kind, const QString& title, const QString& detail = QString(), bool isFailure = false);
    void succeed(const TokenSet& token);
    void fail(const QString& reason, Failure failure);
    // Called once when the attempt ends, before the final signals: close listeners, abort requests.
    virtual void releaseAttempt() { }

private:
    void endAttempt();

    const Clock* m_clock = nullptr;
    bool m_running = false;
    QList<FlowStep> m_steps;
    TokenSet m_lastToken;
    // Masked while the flow keeps it as lastToken(); the account that stores it masks it too.
    KnownSecret m_maskedAccessToken;
    KnownSecret m_maskedRefreshToken;
    QString m_lastError;
    Failure m_lastFailure = Failure::None;
};
