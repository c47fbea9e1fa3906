#include "profiles/SecretStore.h"

#include <QMetaObject>
#include <QPointer>

#include <memory>

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ClientSecret:
        return QStringLiteral("client-secret");
    case Kind::CustomerKey:
        return QStringLiteral("customer-key");
    case Kind::ApiKey:
        return QStringLiteral("api-key");
    case Kind::TokenSet:
        return QStringLiteral("token-set");
    }
    return QString();
}

QString SecretStore::key(const QString& profileId, const QString& accountId, Kind kind)
{
    if (accountId.isEmpty())
        return QStringLiteral("profile/%1/%2").arg(profileId, kindName(kind));
    return QStringLiteral("profile/%1/account/%2/%3").arg(profileId, accountId, kindName(kind));
}

QList<SecretStore::Kind> SecretStore::profileKinds()
{
    return {Kind::ClientSecret};
}

QList<SecretStore::Kind> SecretStore::accountKinds()
{
    return {Kind::CustomerKey, Kind::ApiKey, Kind::TokenSet};
}

QStringList SecretStore::keysOfAccount(const QString& profileId, const QString& accountId)
{
    QStringList keys;
    if (accountId.isEmpty())
        return keys;
    for (Kind kind : accountKinds())
        keys << key(profileId, accountId, kind);
    return keys;
}

QStringList SecretStore::keysOfProfile(const QString& profileId, const QStringList& accountIds)
{
    QStringList keys;
    for (Kind kind : profileKinds())
        keys << key(profileId, QString(), kind);
    for (const QString& accountId : accountIds)
        keys << keysOfAccount(profileId, accountId);
    return keys;
}

void SecretStore::removeAll(
    const QString& profileId, const QStringList& accountIds, QObject* context, Callback done)
{
    removeKeys(keysOfProfile(profileId, accountIds), context, std::move(done));
}

void SecretStore::removeAccount(
    const QString& profileId, const QString& accountId, QObject* context, Callback done)
{
    removeKeys(keysOfAccount(profileId, accountId), context, std::move(done));
}

namespace {

// Removes keys one after another; the first problem wins, NotFound counts as removed.
struct RemovalChain
{
    QStringList pending;
    SecretStore::Result outcome;
};

void removeNext(SecretStore* store, const std::shared_ptr<RemovalChain>& chain, QObject* context,
    const SecretStore::Callback& done)
{
    if (chain->pending.isEmpty()) {
        done(chain->outcome);
        return;
    }
    const QString key = chain->pending.takeFirst();
    QPointer<SecretStore> guard(store);
    store->remove(key, context, [guard, chain, context, done](const SecretStore::Result& result) {
        const bool gone
            = result.status == SecretStore::Status::Ok || result.status == SecretStore::Status::NotFound;
        if (!gone && chain->outcome.status == SecretStore::Status::Ok)
            chain->outcome = result;
        if (!guard) {
            done(chain->outcome);
            return;
        }
        removeNext(guard, chain, context, done);
    });
}

} // namespace

void SecretStore::removeKeys(const QStringList& keys, QObject* context, Callback done)
{
    auto chain = std::make_shared<RemovalChain>();
    chain->pending = keys;
    if (keys.isEmpty()) {
        deliver(context, done, chain->outcome);
        return;
    }
    removeNext(this, chain, context, done);
}

void SecretStore::deliver(QObject* context, const Callback& done, const Result& result)
{
    if (!done || !context)
        return;
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
}
