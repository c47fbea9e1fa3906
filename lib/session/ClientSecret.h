#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

struct Profile;
class ProviderBackend;
class SecretStore;

// The active profile's client secret: read once from the keychain (or given by the backend, for
// the sandbox), written there when the user enters it. Never written anywhere else.
class ClientSecret : public QObject
{
    Q_OBJECT

public:
    explicit ClientSecret(SecretStore* store, QObject* parent = nullptr);

    void setProfile(const Profile& profile, ProviderBackend* backend); // forgets the last one's
    QString value() const { return m_value; } // empty until fetched, or when there is none
    // Saves it for the profile (empty removes it from the keychain).
    void set(const QString& secret);
    // Calls `done` once the secret is known (at once when it is); `ok` false when the keychain
    // failed. Nothing is called when the profile changes meanwhile.
    void fetch(const std::function<void(bool ok)>& done);

signals:
    void valueChanged(const QString& previous, const QString& current);
    // A keychain operation answered (SecretStore::Status as int); the session reports failures.
    void storeResult(const QString& what, int status, const QString& errorString);

private:
    QString key() const;
    void adopt(const QString& value);

    SecretStore* m_store;
    QPointer<ProviderBackend> m_backend;
    QString m_profileId;
    QString m_value;
    bool m_known = false;
    int m_generation = 0; // bumped by setProfile(), so late keychain answers are dropped
};
