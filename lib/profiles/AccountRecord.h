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

    static QString newId();
    // The label, or what is known of the identity when there is no label.
    QString displayName() const;

    bool operator==(const AccountRecord& other) const
    {
        return id == other.id && label == other.label && grant == other.grant
            && authorizedAt == other.authorizedAt && identity == other.identity;
    }
};
