#pragma once

#include <QString>

class SecretMasker;

// One secret value an object holds (a flow's client secret, a PKCE verifier, a provider's token),
// masked by value in every output for as long as the object holds it: set() forgets the value it
// replaces (a rotated token), and the destructor forgets the last one. Each instance is its own
// owner in the masker, so forgetting never un-masks a value another owner still holds.
class KnownSecret
{
public:
    explicit KnownSecret(SecretMasker* masker = nullptr); // null: SecretMasker::global()
    ~KnownSecret();
    KnownSecret(const KnownSecret&) = delete;
    KnownSecret& operator=(const KnownSecret&) = delete;

    void set(const QString& value); // empty: clear()
    void clear();
    const QString& value() const { return m_value; }

private:
    SecretMasker* m_masker;
    QString m_owner;
    QString m_value;
};
