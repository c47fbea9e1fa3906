#pragma once

#include "oauth/TokenSet.h"

#include <QString>

// What the user chose on the Authorize panel (or the CLI's `authorize`): the grant, the label of
// the account to create, and the secret input that grant needs. Secrets here live only until the
// session has put them in the SecretStore.
struct AuthorizationRequest
{
    TokenSet::Grant grant = TokenSet::Grant::AuthorizationCodePkce;
    QString label; // the new account's label; empty: a default from the grant and time
    // Re-authorize: the account whose credentials the grant renews (same id and label); empty
    // for a new account.
    QString accountId;
    quint16 redirectPort = 0; // loopback listener port; 0 = the profile's, else any free port

    QString customerKey; // ClientCredentials: the target user's API key (secret)
    QString apiKey; // ApiKey (secret)
    QString accessToken; // PastedToken (secret)
    QString refreshToken; // PastedToken, optional (secret)
};
