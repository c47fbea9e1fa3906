#include "oauth/FlowStep.h"

#include "util/Clock.h"
#include "util/SecretMasker.h"

FlowStep FlowStep::make(
    Kind kind, const QString& title, const QString& detail, const Clock* clock, bool isFailure)
{
    FlowStep step;
    step.kind = kind;
    step.title = title;
    step.detail = SecretMasker::global().redact(detail);
    step.timestamp = (clock ? clock : Clock::system())->nowUtc();
    step.isFailure = isFailure;
    return step;
}

QString FlowStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Started:
        return QStringLiteral("started");
    case Kind::PkceCreated:
        return QStringLiteral("pkce-created");
    case Kind::ListenerStarted:
        return QStringLiteral("listener-started");
    case Kind::BrowserOpened:
        return QStringLiteral("browser-opened");
    case Kind::CallbackReceived:
        return QStringLiteral("callback-received");
    case Kind::StateChecked:
        return QStringLiteral("state-checked");
    case Kind::CallbackRefused:
        return QStringLiteral("callback-refused");
    case Kind::TokenRequested:
        return QStringLiteral("token-requested");
    case Kind::TokenReceived:
        return QStringLiteral("token-received");
    case Kind::TokenFailed:
        return QStringLiteral("token-failed");
    case Kind::ListenerClosed:
        return QStringLiteral("listener-closed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::TimedOut:
        return QStringLiteral("timed-out");
    case Kind::Validated:
        return QStringLiteral("validated");
    }
    return QStringLiteral("unknown");
}
