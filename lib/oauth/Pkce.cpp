#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {

const char UnreservedCharacters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int UnreservedCount = sizeof(UnreservedCharacters) - 1; // 66

bool isUnreserved(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.'
        || u == '_' || u == '~';
}

// Uniform choice among the 66 unreserved characters: bytes >= 198 (3 * 66) are rejected so that
// the modulo does not favour the first characters.
QString randomUnreservedString(int length)
{
    QString result;
    result.reserve(length);
    auto* generator = QRandomGenerator::system();
    constexpr quint32 Limit = (256 / UnreservedCount) * UnreservedCount;
    while (result.size() < length) {
        const quint32 byte = generator->generate() & 0xFF;
        if (byte < Limit)
            result.append(QLatin1Char(UnreservedCharacters[byte % UnreservedCount]));
    }
    return result;
}

} // namespace

Pkce Pkce::generate(Method method, int length)
{
    return fromVerifier(
        randomUnreservedString(std::clamp(length, MinimumVerifierLength, MaximumVerifierLength)), method);
}

Pkce Pkce::fromVerifier(const QString& verifier, Method method)
{
    Pkce pkce;
    pkce.m_method = method;
    pkce.m_verifier = verifier;
    pkce.m_challenge = challengeFor(verifier, method);
    return pkce;
}

QString Pkce::challengeFor(const QString& verifier, Method method)
{
    if (method == Method::Plain)
        return verifier;
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Pkce::isValidVerifier(const QString& verifier)
{
    if (verifier.size() < MinimumVerifierLength || verifier.size() > MaximumVerifierLength)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

QString Pkce::methodName(Method method)
{
    return method == Method::Plain ? QStringLiteral("plain") : QStringLiteral("S256");
}
