#pragma once

#include <QHash>
#include <QString>

class SecretMasker;

// The secret values one session knows, each under the owner it belongs to ("client-secret",
// "account/<id>/access", ...), so that outputs mask them by value. Setting an owner's value
// forgets the value it replaces (a rotated token); removing an owner (a forgotten account,
// another profile) forgets its value. A value stays masked while any owner, of this session or
// another part of the program, still holds it.
class SessionSecrets
{
public:
    // `masker` is where the values are registered (SecretMasker::global() in the programs).
    explicit SessionSecrets(SecretMasker* masker);
    // `text` with every value the masker knows (and its rules) masked.
    QString redact(const QString& text) const;
    ~SessionSecrets(); // forgets every value it registered
    SessionSecrets(const SessionSecrets&) = delete;
    SessionSecrets& operator=(const SessionSecrets&) = delete;

    static QString accountOwner(const QString& accountId, const QString& part);

    void set(const QString& owner, const QString& value); // empty `value`: remove(owner)
    void remove(const QString& owner);
    void removeWithPrefix(const QString& ownerPrefix); // every owner whose name starts so
    QString value(const QString& owner) const { return m_values.value(owner); }
    int count() const { return int(m_values.size()); }

private:
    QString maskerOwner(const QString& owner) const;

    SecretMasker* m_masker;
    QString m_tag; // tells this session's owners from another session's in the same masker
    QHash<QString, QString> m_values;
};
