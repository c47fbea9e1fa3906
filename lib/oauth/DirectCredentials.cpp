#include "oauth/DirectCredentials.h"

#include "oauth/Jwt.h"
#include "util/Clock.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

DirectCredentials::DirectCredentials(Type type, const QString& value, QObject* parent)
    : OAuthFlow(parent)
{
    setValue(type, value);
}

void DirectCredentials::setValue(Type type, const QString& value)
{
    m_type = type;
    m_value = value;
    m_maskedValue.set(normalise(value));
}

QString DirectCredentials::normalise(const QString& value)
{
    static const QRegularExpression prefix(QStringLiteral("^(authorization\\s*:\\s*)?(bearer|token)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = value.trimmed();
    result.remove(prefix);
    return result.trimmed();
}

TokenSet DirectCredentials::fromApiKey(const QString& key, const Clock* clock, QString* error)
{
    return build(TokenSet::Kind::ApiKey, TokenSet::Grant::ApiKey, key, clock, error);
}

TokenSet DirectCredentials::fromAccessToken(const QString& token, const Clock* clock, QString* error)
{
    return build(TokenSet::Kind::Bearer, TokenSet::Grant::PastedToken, token, clock, error);
}

TokenSet DirectCredentials::build(
    TokenSet::Kind kind, TokenSet::Grant grant, const QString& value, const Clock* clock, QString* error)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("DirectCredentials", text); };
    const QString credential = normalise(value);
    QString problem;
    if (credential.isEmpty())
        problem = tr("The value is empty.");
    else if (std::any_of(
                 credential.begin(), credential.end(), [](QChar c) { return c.isSpace() || !c.isPrint(); }))
        problem = tr("The value contains spaces or invisible characters; paste it again as one line.");
    else if (std::any_of(credential.begin(), credential.end(), [](QChar c) { return c.unicode() > 0x7E; }))
        problem = tr("The value contains non-ASCII characters, which cannot be sent in an HTTP header.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    TokenSet token;
    token.kind = kind;
    token.grant = grant;
    token.accessToken = credential;
    token.tokenType = kind == TokenSet::Kind::ApiKey ? QStringLiteral("token") : QStringLiteral("Bearer");
    token.obtainedAt = (clock ? clock : Clock::system())->nowUtc();
    const Jwt jwt = Jwt::decode(credential);
    if (jwt.isValid())
        token.expiresAt = jwt.expiresAt();
    return token;
}

void DirectCredentials::start()
{
    if (!beginAttempt())
        return;
    const bool apiKey = m_type == Type::ApiKey;
    reportStep(FlowStep::Kind::Started, apiKey ? tr("API key") : tr("Pasted access token"),
        SecretMasker::mask(normalise(m_value)));
    QString error;
    const TokenSet token
        = apiKey ? fromApiKey(m_value, clock(), &error) : fromAccessToken(m_value, clock(), &error);
    if (!token.isValid()) {
        reportStep(FlowStep::Kind::Validated, tr("Rejected"), error, true);
        fail(error, Failure::MissingInput);
        return;
    }
    if (token.expiresWithin(clock(), 0)) {
        const QString reason = tr("It expired at %1.").arg(token.expiresAt.toString(Qt::ISODate));
        reportStep(FlowStep::Kind::Validated, tr("Rejected"), reason, true);
        fail(reason, Failure::MissingInput);
        return;
    }
    reportStep(FlowStep::Kind::Validated, tr("Accepted"),
        token.expiresAt.isValid() ? tr("Expires %1").arg(token.expiresAt.toString(Qt::ISODate))
                                  : tr("No expiry known"));
    succeed(token);
}
