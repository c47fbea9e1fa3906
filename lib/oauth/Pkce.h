#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636). A fresh verifier comes from the system CSPRNG for every
// authorization attempt; Qt 6.4's own random strings are time-seeded and must not be used.
class Pkce
{
public:
    enum class Method { S256, Plain };

    static constexpr int MinimumVerifierLength = 43;
    static constexpr int MaximumVerifierLength = 128;
    static constexpr int DefaultVerifierLength = 43;

    Pkce() = default;

    // A new random verifier of `length` characters (clamped to 43..128) of the unreserved set.
    static Pkce generate(Method method = Method::S256, int length = DefaultVerifierLength);
    // Wraps a known verifier (tests, RFC vectors). isValid() says whether it meets RFC 7636 §4.1.
    static Pkce fromVerifier(const QString& verifier, Method method);

    static QString challengeFor(const QString& verifier, Method method);
    static bool isValidVerifier(const QString& verifier);
    static QString methodName(Method method); // "S256" or "plain", as sent in code_challenge_method

    bool isValid() const { return isValidVerifier(m_verifier); }
    Method method() const { return m_method; }
    QString verifier() const { return m_verifier; } // secret
    QString challenge() const { return m_challenge; }

private:
    Method m_method = Method::S256;
    QString m_verifier;
    QString m_challenge;
};
