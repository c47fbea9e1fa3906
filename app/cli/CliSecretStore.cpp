#include "CliSecretStore.h"

#include <QPointer>

CliSecretStore::CliSecretStore(SecretStore* backing, QObject* parent)
    : SecretStore(parent)
    , m_backing(backing)
{
    connect(m_backing, &SecretStore::availabilityChanged, this, &SecretStore::availabilityChanged);
}

void CliSecretStore::setRunOnlyValue(const QString& key, const QByteArray& value)
{
    m_runOnly.insert(key, value);
}

SecretStore::Callback CliSecretStore::tracked(QObject* context, Callback done, bool changesStore)
{
    ++m_pending;
    QPointer<QObject> target(context);
    return [this, target, done, changesStore](const Result& result) {
        if (changesStore && result.status != Status::Ok && result.status != Status::NotFound) {
            if (m_firstProblem.isEmpty())
                m_firstProblem = result.errorString;
            m_hadUnavailable = m_hadUnavailable || result.status == Status::Unavailable;
        }
        if (target && done)
            done(result);
        if (--m_pending == 0)
            emit idle();
    };
}

void CliSecretStore::read(const QString& key, QObject* context, Callback done)
{
    if (m_runOnly.contains(key)) {
        Result result;
        result.data = m_runOnly.value(key);
        deliver(context, done, result);
        return;
    }
    m_backing->read(key, this, tracked(context, done, false));
}

void CliSecretStore::write(const QString& key, const QByteArray& data, QObject* context, Callback done)
{
    m_runOnly.remove(key);
    m_backing->write(key, data, this, tracked(context, done, true));
}

void CliSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    m_runOnly.remove(key);
    m_backing->remove(key, this, tracked(context, done, true));
}
