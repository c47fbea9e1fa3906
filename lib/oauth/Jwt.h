#pragma once

#include "json/JsonNode.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Decodes the header and payload of a JWT-shaped value (three base64url parts separated by dots):
// OAuth access tokens, and Lofty's API keys and customer keys, which are JWS. Only for display.
// The signature is never checked (the console does not hold the signing keys), so nothing here
// claims that a token is genuine: signatureStatusText() says so in words for the UI.
class Jwt
{
public:
    Jwt() = default;

    // True when the value has three dot-separated parts whose first two are base64url JSON objects.
    static bool looksLikeJwt(const QString& value);
    // Decodes; on failure isValid() is false and `error` says why.
    static Jwt decode(const QString& value, QString* error = nullptr);

    bool isValid() const { return m_valid; }
    // The parts exact and in their order (RFC 7519 claims may be 64-bit integers; a QJsonObject
    // would turn them into doubles and sort the members).
    JsonNode headerNode() const { return m_headerNode; }
    JsonNode payloadNode() const { return m_payloadNode; }
    QByteArray headerJson() const { return m_headerJson; } // decoded text, as sent
    QByteArray payloadJson() const { return m_payloadJson; } // decoded text, as sent
    bool hasSignature() const { return m_signatureLength > 0; }
    int signatureLength() const { return m_signatureLength; } // bytes, decoded

    QString algorithm() const; // header "alg"
    QString type() const; // header "typ"
    QString subject() const; // payload "sub"
    QString issuer() const; // payload "iss"

    // Registered time claims (RFC 7519 §4.1) in UTC; invalid when absent or not a number.
    QDateTime expiresAt() const { return timeClaim(QStringLiteral("exp")); }
    QDateTime issuedAt() const { return timeClaim(QStringLiteral("iat")); }
    QDateTime notBefore() const { return timeClaim(QStringLiteral("nbf")); }
    QDateTime timeClaim(const QString& name) const;

    static QString signatureStatusText();

private:
    bool m_valid = false;
    JsonNode m_headerNode;
    JsonNode m_payloadNode;
    QByteArray m_headerJson;
    QByteArray m_payloadJson;
    int m_signatureLength = 0;
};
