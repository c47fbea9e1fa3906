#pragma once

#include "oauth/TokenSet.h"

#include <QDateTime>
#include <QString>

// Who an account is, as GET /v1.0/me answered; empty fields when not known yet.
struct AccountIdentity
{
    QString id; // a string: Lofty ids are 64-bit
    QString name;
    QString email;

    bool isKnown() const { return !id.isEmpty() || !name.isEmpty() || !email.isEmpty(); }
    bool operator==(const AccountIdentity& other) const
    {
        return id == other.id && name == other.name && email == other.email;
    }
};

// An account authorized under a profile's app. Its secrets (token set, customer key, API key) are
// in the SecretStore under SecretStore::key(profileId, id, kind).
struct AccountRecord
{
    QString id; // local, stable: keys the account's secrets
    QString label;
    TokenSet::Grant grant = TokenSet::Grant::None;
    QDateTime authorizedAt; // UTC
    AccountIdentity identity;
    // What the account's state is computed from without reading the keychain (AccountStatus):
    // the access token's expiry, whether it renews itself, and what the server said about it.
    QDateTime expiresAt; // UTC; invalid = unknown / does not expire
    bool renewable = false; // a refresh token or the client credentials grant
    QString refusedReason; // non-empty: the server refused the credentials; authorize again
    QDateTime refusedAt; // UTC
    bool unverified = false; // an API key whose identity call failed

    static QString newId();
    // The label, or what is known of the identity when there is no label.
    QString displayName() const;

    bool operator==(const AccountRecord& other) const
    {
        return id == other.id && label == other.label && grant == other.grant
            && authorizedAt == other.authorizedAt && identity == other.identity
            && expiresAt == other.expiresAt && renewable == other.renewable
            && refusedReason == other.refusedReason && refusedAt == other.refusedAt
            && unverified == other.unverified;
    }
};
