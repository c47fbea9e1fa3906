#include "session/AccountStatus.h"

namespace {

bool renews(const TokenSet& token)
{
    return token.hasRefreshToken() || token.grant == TokenSet::Grant::ClientCredentials;
}

} // namespace

AccountStatus AccountStatus::of(const AccountRecord& record, const QDateTime& nowUtc)
{
    return compute(record, record.expiresAt, record.renewable, nowUtc);
}

AccountStatus AccountStatus::of(const AccountRecord& record, const TokenSet& token, const QDateTime& nowUtc)
{
    if (!token.isValid())
        return of(record, nowUtc);
    return compute(record, token.expiresAt, renews(token), nowUtc);
}

AccountStatus AccountStatus::compute(
    const AccountRecord& record, const QDateTime& expiresAt, bool renewable, const QDateTime& nowUtc)
{
    AccountStatus status;
    status.m_renewable = renewable;
    status.m_reason = record.refusedReason;
    if (expiresAt.isValid())
        status.m_secondsLeft = qMax<qint64>(0, nowUtc.secsTo(expiresAt));
    if (!record.refusedReason.isEmpty())
        status.m_state = State::NeedsReauthorization;
    else if (record.unverified)
        status.m_state = State::Unverified;
    else if (expiresAt.isValid() && nowUtc >= expiresAt)
        status.m_state = State::Expired;
    else if (expiresAt.isValid() && nowUtc.secsTo(expiresAt) <= ExpiringSeconds)
        status.m_state = State::Expiring;
    return status;
}

QString AccountStatus::name() const
{
    switch (m_state) {
    case State::Valid:
        return QStringLiteral("valid");
    case State::Expiring:
        return QStringLiteral("expiring");
    case State::Expired:
        return QStringLiteral("expired");
    case State::NeedsReauthorization:
        return QStringLiteral("needs-reauthorization");
    case State::Unverified:
        return QStringLiteral("unverified");
    }
    return QString();
}

QString AccountStatus::title() const
{
    switch (m_state) {
    case State::Valid:
        return tr("Valid");
    case State::Expiring:
        return tr("Expiring");
    case State::Expired:
        return tr("Expired");
    case State::NeedsReauthorization:
        return tr("Needs re-authorization");
    case State::Unverified:
        return tr("Unverified");
    }
    return QString();
}

QString AccountStatus::description() const
{
    switch (m_state) {
    case State::Valid:
        return m_secondsLeft < 0
            ? tr("The token does not say when it expires.")
            : tr("The access token is valid for %n more minute(s).", nullptr, int(m_secondsLeft / 60));
    case State::Expiring:
        return m_renewable ? tr("The access token expires in %n second(s); it is renewed before the next "
                                "request.",
                   nullptr, int(m_secondsLeft))
                           : tr("The access token expires in %n second(s) and cannot be renewed: "
                                "authorize the account again soon.",
                               nullptr, int(m_secondsLeft));
    case State::Expired:
        return m_renewable
            ? tr("The access token has expired; it is renewed on the next request.")
            : tr("The access token has expired and cannot be renewed: authorize the account again.");
    case State::NeedsReauthorization:
        return tr("The server refused this account's credentials (%1). Refreshing cannot help: "
                  "re-authorize the account.")
            .arg(m_reason);
    case State::Unverified:
        return tr("The API key could not be checked with the identity call; requests may be refused.");
    }
    return QString();
}

bool AccountStatus::noteToken(AccountRecord* record, const TokenSet& token)
{
    const AccountRecord before = *record;
    record->expiresAt = token.expiresAt.isValid() ? token.expiresAt.toUTC() : QDateTime();
    record->renewable = renews(token);
    record->refusedReason.clear();
    record->refusedAt = QDateTime();
    return !(before == *record);
}

bool AccountStatus::noteRefused(AccountRecord* record, const QString& reason, const QDateTime& nowUtc)
{
    const QString text = reason.isEmpty() ? tr("the server refused the token") : reason;
    if (record->refusedReason == text)
        return false;
    record->refusedReason = text;
    record->refusedAt = nowUtc.toUTC();
    return true;
}

bool AccountStatus::noteVerified(AccountRecord* record, bool verified)
{
    const AccountRecord before = *record;
    record->unverified = !verified;
    if (!verified) { // the check's own verdict, not a refusal of a token that once worked
        record->refusedReason.clear();
        record->refusedAt = QDateTime();
    }
    return !(before == *record);
}
