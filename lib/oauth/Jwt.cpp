#include "oauth/Jwt.h"
#include "util/UtcTime.h"
#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <optional>

namespace {

bool decodeBase64Url(const QString& part, QByteArray* decoded)
{
    const auto result = QByteArray::fromBase64Encoding(
        part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *decoded = *result;
    return true;
}

// One part as exact, order-keeping JSON: 64-bit claims digit for digit, members as sent.
bool decodeJsonObject(const QString& part, QByteArray* json, JsonNode* node)
{
    if (part.isEmpty() || !decodeBase64Url(part, json))
        return false;
    QString error;
    *node = JsonReader::parse(*json, &error);
    return node->isObject();
}

// Seconds since the epoch from a NumericDate (RFC 7519 §2), or a numeric string as some issuers
// send. Values beyond 2^53 lose digits here, but those are far past the latest supported date.
std::optional<double> numericDateSeconds(const JsonNode& value)
{
    bool ok = false;
    const double seconds = value.isNumber() ? value.toDouble(&ok)
        : value.isString()                  ? value.toString().toDouble(&ok)
                                            : 0.0;
    return ok ? std::optional<double>(seconds) : std::nullopt;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Jwt", text);
}

} // namespace

bool Jwt::looksLikeJwt(const QString& value)
{
    return decode(value).isValid();
}

Jwt Jwt::decode(const QString& value, QString* error)
{
    Jwt jwt;
    const QStringList parts = value.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3) {
        if (error)
            *error = tr("Not a JWT: expected three parts separated by dots, found %1.").arg(parts.size());
        return jwt;
    }
    if (!decodeJsonObject(parts.at(0), &jwt.m_headerJson, &jwt.m_headerNode)) {
        if (error)
            *error = tr("Not a JWT: the header is not base64url-encoded JSON.");
        return jwt;
    }
    if (!decodeJsonObject(parts.at(1), &jwt.m_payloadJson, &jwt.m_payloadNode)) {
        if (error)
            *error = tr("Not a JWT: the payload is not base64url-encoded JSON.");
        return jwt;
    }
    QByteArray signature;
    if (!parts.at(2).isEmpty() && !decodeBase64Url(parts.at(2), &signature)) {
        if (error)
            *error = tr("Not a JWT: the signature part is not base64url.");
        return jwt;
    }
    jwt.m_signatureLength = int(signature.size());
    jwt.m_valid = true;
    return jwt;
}

QString Jwt::algorithm() const
{
    return m_headerNode.value(u"alg").toString();
}

QString Jwt::type() const
{
    return m_headerNode.value(u"typ").toString();
}

QString Jwt::subject() const
{
    // A numeric subject may be a 64-bit id: its exact text, not a double's.
    return m_payloadNode.value(u"sub").displayText();
}

QString Jwt::issuer() const
{
    return m_payloadNode.value(u"iss").toString();
}

QDateTime Jwt::timeClaim(const QString& name) const
{
    const std::optional<double> parsed = numericDateSeconds(m_payloadNode.value(name));
    if (!parsed)
        return {};
    const double seconds = *parsed;
    constexpr double LatestSupportedSeconds = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!std::isfinite(seconds) || std::fabs(seconds) > LatestSupportedSeconds)
        return {};
    return UtcTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)));
}

QString Jwt::signatureStatusText()
{
    return tr("Signature not verified: the console only decodes the token and cannot tell whether it is "
              "genuine.");
}
