#pragma once

#include <QByteArray>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QString>

// Masks secrets for display, logs, history and exports.
//
// mask() turns one value into a short, recognisable, non-secret form ("eyJh…(812 chars)").
// redact() replaces every known secret inside a longer text (a log line, a raw HTTP exchange, a
// JSON body), including its base64, base64url and percent-encoded forms, because secrets travel
// encoded in Basic headers and form bodies.
//
// global() is the process-wide registry: every component that handles a secret (tokens, client
// secrets, customer keys, API keys, PKCE verifiers, authorization codes) registers it with
// remember(), and installMessageHandler() routes all qDebug/qWarning output through redact() as a
// last line of defence. Components still mask explicitly; the handler is a safety net.
class SecretMasker
{
public:
    static QString mask(const QString& secret);

    void remember(const QString& secret);
    void forget(const QString& secret);
    void clear();
    QString redact(const QString& text) const;
    QByteArray redact(const QByteArray& text) const;

    // Registers the values of secret-named fields found in a body or URL (JSON members and
    // form / query parameters such as access_token, refresh_token, client_secret, customer_key,
    // code_verifier, api_key), so that a secret seen for the first time in a response is masked
    // before that response is stored or shown.
    void rememberSecretFieldsIn(const QByteArray& text);

    // Headers whose whole value is a credential (Authorization, Cookie, Set-Cookie, ...).
    static bool isCredentialHeader(const QByteArray& name);

    static SecretMasker& global();
    static void installMessageHandler();

private:
    static QSet<QString> encodedForms(const QString& secret);

    void rebuildPatterns() const;
    QString replaceMatches(const QString& text, const QRegularExpression& pattern) const;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_replacements; // encoded form -> mask
    mutable QList<QRegularExpression> m_patterns;
    mutable bool m_patternsAreStale = true;
};
