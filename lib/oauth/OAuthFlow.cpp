#include "oauth/OAuthFlow.h"

#include "util/Clock.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

OAuthFlow::OAuthFlow(QObject* parent)
    : QObject(parent)
    , m_clock(Clock::system())
{
    qRegisterMetaType<FlowStep>();
    qRegisterMetaType<TokenSet>();
}

void OAuthFlow::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void OAuthFlow::cancel()
{
    if (!m_running)
        return;
    reportStep(FlowStep::Kind::Cancelled, tr("Cancelled"), tr("The attempt was cancelled."), true);
    fail(tr("The authorization was cancelled."), Failure::Cancelled);
}

bool OAuthFlow::beginAttempt()
{
    if (m_running)
        return false;
    m_running = true;
    m_steps.clear();
    m_lastError.clear();
    m_lastFailure = Failure::None;
    return true;
}

void OAuthFlow::reportStep(FlowStep::Kind kind, const QString& title, const QString& detail, bool isFailure)
{
    const FlowStep step = FlowStep::make(kind, title, detail, m_clock, isFailure);
    m_steps.append(step);
    if (isFailure)
        qCWarning(lcOAuth).noquote() << step.title << step.detail;
    else
        qCInfo(lcOAuth).noquote() << step.title << step.detail;
    emit stepReported(step);
}

void OAuthFlow::succeed(const TokenSet& token)
{
    if (!m_running)
        return;
    endAttempt();
    m_lastToken = token;
    m_maskedAccessToken.set(token.accessToken);
    m_maskedRefreshToken.set(token.refreshToken);
    emit granted(token);
    emit finished();
}

void OAuthFlow::fail(const QString& reason, Failure failure)
{
    if (!m_running)
        return;
    m_lastFailure = failure;
    endAttempt();
    m_lastError = SecretMasker::global().redact(reason);
    qCWarning(lcOAuth).noquote() << "attempt failed:" << m_lastError;
    emit failed(m_lastError);
    emit finished();
}

void OAuthFlow::endAttempt()
{
    m_running = false;
    releaseAttempt();
}
