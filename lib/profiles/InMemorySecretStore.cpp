#include "profiles/InMemorySecretStore.h"

#include "util/SecretMasker.h"

InMemorySecretStore::InMemorySecretStore(QObject* parent)
    : SecretStore(parent)
{ }

void InMemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    Result result;
    const auto found = m_values.constFind(key);
    if (found != m_values.constEnd()) {
        result.data = *found;
    } else if (!m_unavailableMessage.isEmpty()) {
        result.status = Status::Unavailable;
        result.errorString = m_unavailableMessage;
    } else {
        result.status = Status::NotFound;
    }
    deliver(context, done, result);
}

void InMemorySecretStore::write(const QString& key, const QByteArray& data, QObject* context, Callback done)
{
    maskValue(key, data);
    m_values.insert(key, data);
    Result result;
    if (!m_unavailableMessage.isEmpty()) {
        result.status = Status::Unavailable;
        result.errorString = m_unavailableMessage;
    }
    deliver(context, done, result);
}

void InMemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    unmaskValue(key);
    Result result;
    if (m_values.remove(key) == 0)
        result.status = Status::NotFound;
    deliver(context, done, result);
}

void InMemorySecretStore::setUnavailable(const QString& message)
{
    m_unavailableMessage = message;
    emit availabilityChanged(false, message);
}

void InMemorySecretStore::setAvailable()
{
    m_unavailableMessage.clear();
}
