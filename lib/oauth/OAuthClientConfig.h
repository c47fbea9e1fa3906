#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Everything an OAuth flow needs to know about the provider and the registered app. A Profile
// (lib/profiles) holds the non-secret part and fills clientSecret / customerKey from the
// SecretStore just before a flow starts; the flow never stores them anywhere.
using ParameterList = QList<QPair<QString, QString>>;

struct OAuthClientConfig
{
    enum class AuthorizeStyle {
        Standard, // GET {authorizeUrl}?response_type=code&client_id=…&redirect_uri=…&state=…
        LoftyVendorAuth, // GET {authorizeUrl}?clientId=… plus the standard parameters
    };
    enum class ClientAuthMethod {
        RequestBody, // client_id and client_secret as form fields (developer.lofty.com)
        HttpBasic, // Authorization: Basic base64(urlencode(id):urlencode(secret)) (help.lofty.com)
    };

    QUrl authorizeUrl;
    AuthorizeStyle authorizeStyle = AuthorizeStyle::Standard;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // secret: empty for public (PKCE) clients
    ClientAuthMethod clientAuthMethod = ClientAuthMethod::RequestBody;
    QString scope; // sent when not empty; Lofty answers scope=openApi whatever is asked

    // Loopback listener for the browser grants (RFC 8252 §7.3): it binds 127.0.0.1 only. The
    // redirect URI names redirectHost ("127.0.0.1", or "localhost" for providers that insist on
    // the name), the port actually bound and callbackPath.
    QString redirectHost = QStringLiteral("127.0.0.1");
    quint16 redirectPort = 0; // 0 = any free port
    QString callbackPath = QStringLiteral("/callback");

    // PKCE (RFC 7636) also for a confidential client, as RFC 9700 §2.1.1 advises; off only for
    // providers that refuse code_challenge from clients with a secret.
    bool pkceWithSecret = true;
    // RFC 9207: when set, a callback's `iss` must equal it; an `iss` is always compared when sent.
    QString issuer;
    // Lofty's client credentials name the user with customer_key; without it the grant is refused.
    bool customerKeyRequired = false;

    // Extra parameters per stage; providers need them (Lofty's customer_key is one).
    ParameterList extraAuthorizeParameters;
    ParameterList extraTokenParameters;
    ParameterList extraRefreshParameters;

    int attemptTimeoutSeconds = 300; // a browser attempt is abandoned after this
    int requestTimeoutSeconds = 30; // each token-endpoint request
};
