#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

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
    static quint64 prefixKey(const QChar* start);
    static quint32 filterBit(quint64 prefix);

    void addForm(const QString& form, const QString& masked);
    void rebuildPrefixFilter();
    const QString* formAt(QStringView text, qsizetype position, quint64 prefix) const;

    mutable QMutex m_mutex;
    // Every encoded form of every remembered secret -> its mask.
    QHash<QString, QString> m_replacements;
    // The forms again, by their first four UTF-16 units, longest first, so that redact() looks at
    // each position of a text once however many secrets a long session has remembered.
    QHash<quint64, QStringList> m_formsByPrefix;
    // One bit per hashed prefix: rules out almost every position before the hash lookup.
    std::vector<quint64> m_prefixFilter;
};
