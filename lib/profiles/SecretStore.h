#pragma once

#include "util/KnownSecret.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

// Where secrets live: the OS keychain (KeychainSecretStore, qtkeychain) or memory only
// (InMemorySecretStore: unit tests and the "don't remember secrets" choice). Never a file.
//
// Keys are built with key(): profile id, account id (empty for profile-wide secrets such as the
// client secret) and the kind of secret. All operations are asynchronous; callbacks run queued in
// `context`'s thread and never after `context` is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        ClientSecret, // per profile
        CustomerKey, // per account (client credentials)
        ApiKey, // per account
        TokenSet, // per account: TokenSet::toJson()
    };
    enum class Status {
        Ok,
        NotFound, // a real absence: the store is known to work in this session
        Unavailable, // no Secret Service, locked keyring, user refused: see errorString
        Failed, // anything else: see errorString
    };
    struct Result
    {
        Status status = Status::Ok;
        QString errorString; // for the user, when status is not Ok
        QByteArray data; // read() only
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;

    static QString key(const QString& profileId, const QString& accountId, Kind kind);
    static QString kindName(Kind kind); // stable id used inside keys: "client-secret", ...
    static QList<Kind> profileKinds(); // kinds kept once per profile
    static QList<Kind> accountKinds(); // kinds kept per account
    // Every key a profile can own: its profile-wide secrets and those of the listed accounts.
    static QStringList keysOfProfile(const QString& profileId, const QStringList& accountIds);
    static QStringList keysOfAccount(const QString& profileId, const QString& accountId);

    // write() while the store is not persistent keeps the value in memory for this run and
    // answers Unavailable (errorString says so) so that the caller can tell the user.
    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& data, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;

    // A keychain cannot list its entries, so the caller names the accounts. Both remove every key
    // in turn and answer Ok when each one is gone or was never there; otherwise the first problem.
    // Removes a profile's secrets: the profile-wide ones and those of every listed account.
    void removeAll(const QString& profileId, const QStringList& accountIds, QObject* context, Callback done);
    // Removes the secrets of one account of a profile.
    void removeAccount(const QString& profileId, const QString& accountId, QObject* context, Callback done);
    void removeKeys(const QStringList& keys, QObject* context, Callback done);

    // False once the store has found that it cannot keep secrets (see Status::Unavailable); the
    // GUI then says so and secrets stay in memory for the run.
    virtual bool isPersistent() const = 0;

signals:
    void availabilityChanged(bool persistent, const QString& message);

protected:
    // Runs `done(result)` queued in `context`'s thread, dropped if `context` dies first.
    static void deliver(QObject* context, const Callback& done, const Result& result);
    // The value written under `key` is masked by value in every output until another value is
    // written there or the key is removed (a rotated or forgotten secret is no longer masked).
    void maskValue(const QString& key, const QByteArray& data) { m_masked[key].set(QString::fromUtf8(data)); }
    void unmaskValue(const QString& key) { m_masked.erase(key); }

private:
    std::map<QString, KnownSecret> m_masked; // by key
};
