#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

// Masks secrets for display, logs, history and exports, by two rules:
// - by name (SecretMaskingRules): the value of every field, header or parameter whose name says
//   it is secret, whether or not anyone registered that value;
// - by value: the exact secrets this registry knows, in every form they travel in (raw,
//   percent- and form-encoded, base64, base64url, JSON-escaped), however short.
//
// mask() turns one value into a short, recognisable, non-secret form ("eyJh…(812 chars)").
// redact() applies both rules to a longer text (a log line, a raw HTTP exchange, a JSON body).
//
// A value is known on behalf of owners (an account's token, a profile's client secret): remember()
// adds an owner, forget() removes one, and the value stops being masked when its last owner
// forgets it, so that a rotated token is dropped without un-masking another account's equal value.
// installMessageHandler() routes all qDebug/qWarning output through redact() as a last line of
// defence; components still mask explicitly.
class SecretMasker
{
public:
    static QString mask(const QString& secret);

    void remember(const QString& secret, const QString& owner = QString());
    void forget(const QString& secret, const QString& owner = QString());
    void clear();
    int knownCount() const;
    QString redact(const QString& text) const;
    QByteArray redact(const QByteArray& text) const;

    // Registers the values of secret-named fields found in a body or URL (JSON members and
    // form / query parameters such as access_token, refresh_token, client_secret, customer_key,
    // code_verifier, api_key), so that a secret seen for the first time in a response is masked
    // before that response is stored or shown.
    void rememberSecretFieldsIn(const QByteArray& text);

    // Headers whose whole value is a credential (Authorization, Cookie, Set-Cookie, X-Api-Key,
    // X-Foo-Token, ...): SecretMaskingRules::isSecretName.
    static bool isCredentialHeader(const QByteArray& name);

    static SecretMasker& global();
    static void installMessageHandler();

private:
    static QSet<QString> encodedForms(const QString& secret);
    static quint64 prefixKey(const QChar* start);
    static quint32 filterBit(quint64 prefix);

    QString redactKnown(const QString& text) const;
    void addForm(const QString& form, const QString& masked);
    void removeForm(const QString& form);
    void rebuildPrefixFilter();
    const QString* formAt(QStringView text, qsizetype position, quint64 prefix) const;

    mutable QMutex m_mutex;
    // Every remembered secret -> the owners that asked for it.
    QHash<QString, QSet<QString>> m_owners;
    // Every encoded form of every remembered secret -> its mask.
    QHash<QString, QString> m_replacements;
    // Forms shorter than the prefix index's key, longest first, tried at each position.
    QStringList m_shortForms;
    // The forms again, by their first four UTF-16 units, longest first, so that redact() looks at
    // each position of a text once however many secrets a long session has remembered.
    QHash<quint64, QStringList> m_formsByPrefix;
    // One bit per hashed prefix: rules out almost every position before the hash lookup.
    std::vector<quint64> m_prefixFilter;
};
