#include "session/ClientSecret.h"

#include "profiles/Profile.h"
#include "profiles/SecretStore.h"
#include "session/ProviderBackend.h"
#include "util/SecretMasker.h"

ClientSecret::ClientSecret(SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

void ClientSecret::setProfile(const Profile& profile, ProviderBackend* backend)
{
    ++m_generation;
    m_profileId = profile.id;
    m_backend = backend;
    m_known = false;
    adopt(QString());
    if (backend && backend->suppliesClientSecret()) {
        adopt(backend->clientSecret(profile));
        m_known = true;
    }
}

QString ClientSecret::key() const
{
    return SecretStore::key(m_profileId, QString(), SecretStore::Kind::ClientSecret);
}

void ClientSecret::adopt(const QString& value)
{
    if (value == m_value)
        return;
    SecretMasker::global().remember(value);
    const QString previous = std::exchange(m_value, value);
    emit valueChanged(previous, m_value);
}

void ClientSecret::set(const QString& secret)
{
    adopt(secret);
    m_known = true;
    auto done = [this](const SecretStore::Result& result) {
        emit storeResult(tr("the client secret"), int(result.status), result.errorString);
    };
    if (secret.isEmpty())
        m_store->remove(key(), this, done);
    else
        m_store->write(key(), secret.toUtf8(), this, done);
}

void ClientSecret::fetch(const std::function<void(bool)>& done)
{
    if (m_known || !m_value.isEmpty()) {
        done(true);
        return;
    }
    const int generation = m_generation;
    m_store->read(key(), this, [this, generation, done](const SecretStore::Result& result) {
        if (generation != m_generation)
            return; // the user switched profiles meanwhile
        if (result.status == SecretStore::Status::Ok)
            adopt(QString::fromUtf8(result.data));
        else if (result.status != SecretStore::Status::NotFound)
            emit storeResult(tr("the client secret"), int(result.status), result.errorString);
        const bool ok
            = result.status == SecretStore::Status::Ok || result.status == SecretStore::Status::NotFound;
        m_known = result.status == SecretStore::Status::Ok; // a secret saved later is read then
        done(ok);
    });
}
