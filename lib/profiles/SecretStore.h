#pragma once

#include <QObject>
#include <QString>

#include <functional>

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
        CustomerKey,  // per account (client credentials)
        ApiKey,       // per account
        TokenSet,     // per account: TokenSet::toJson()
    };
    enum class Status {
        Ok,
        NotFound,    // a real absence: the store is known to work in this session
        Unavailable, // no Secret Service, locked keyring, user refused: see errorString
        Failed,      // anything else: see errorString
    };
    struct Result
    {
        Status status = Status::Ok;
        QString errorString; // for the user, when status is not Ok
        QByteArray data;     // read() only
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;

    static QString key(const QString& profileId, const QString& accountId, Kind kind);

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& data, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
    // Removes every secret of a profile, or of one account of it (accountId non-empty).
    virtual void removeAll(const QString& profileId, const QString& accountId, QObject* context, Callback done) = 0;

    // False once the store has found that it cannot keep secrets (see Status::Unavailable); the
    // GUI then says so and secrets stay in memory for the run.
    virtual bool isPersistent() const = 0;

signals:
    void availabilityChanged(bool persistent, const QString& message);
};
