#pragma once

#include "oauth/TokenSet.h"
#include "profiles/AccountRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What can be said about an account right now, from its token's expiry, the clock and what the
// server last said (kept in the AccountRecord, so that a restart still knows). One place decides
// it for the Tokens panel, the status bar and `accounts list`.
class AccountStatus
{
    Q_DECLARE_TR_FUNCTIONS(AccountStatus)

public:
    enum class State {
        Valid, // the token works as far as anyone knows
        Expiring, // the access token expires within ExpiringSeconds
        Expired, // the access token has expired (a renewable one renews on the next request)
        NeedsReauthorization, // the server refused the token or the refresh: the browser again
        Unverified, // an API key whose identity call failed
    };

    // "Expiring" starts this long before the access token's expiry.
    static constexpr int ExpiringSeconds = 300;

    // From the record alone (its last known expiry): the CLI, without reading the keychain.
    static AccountStatus of(const AccountRecord& record, const QDateTime& nowUtc);
    // From the record and the token as loaded (its expiry wins over the record's).
    static AccountStatus of(const AccountRecord& record, const TokenSet& token, const QDateTime& nowUtc);

    State state() const { return m_state; }
    bool isUsable() const { return m_state == State::Valid || m_state == State::Expiring; }
    bool isRenewable() const { return m_renewable; }
    qint64 secondsLeft() const { return m_secondsLeft; } // -1 when the expiry is unknown
    // Stable id for scripts: valid, expiring, expired, needs-reauthorization, unverified.
    QString name() const;
    QString title() const; // "Needs re-authorization"
    QString description() const; // a sentence saying why and what to do

    // Record updates, so that the state survives a restart. Each returns whether it changed.
    // A new or renewed token: its expiry and whether it renews; clears a refusal.
    static bool noteToken(AccountRecord* record, const TokenSet& token);
    // The server refused the token (401 after one refresh) or the refresh (invalid_grant).
    static bool noteRefused(AccountRecord* record, const QString& reason, const QDateTime& nowUtc);
    // The identity call's outcome for an API key (a failed check is "unverified", not refused).
    static bool noteVerified(AccountRecord* record, bool verified);

private:
    static AccountStatus compute(
        const AccountRecord& record, const QDateTime& expiresAt, bool renewable, const QDateTime& nowUtc);

    State m_state = State::Valid;
    bool m_renewable = false;
    qint64 m_secondsLeft = -1;
    QString m_reason; // the server's words, for NeedsReauthorization
};
