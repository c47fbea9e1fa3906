#include "collections/SecretVariables.h"

#include "profiles/SecretStore.h"

#include <memory>

QString SecretVariables::key(
    const QString& profileId, const QString& collection, const QString& environment, const QString& name)
{
    return QStringLiteral("profile/%1/variables/%2/%3/%4").arg(profileId, collection, environment, name);
}

void SecretVariables::read(SecretStore* store, const QString& profileId, const QString& collection,
    const QString& environment, const QStringList& names, QObject* context, Callback done)
{
    struct State
    {
        Values result;
        QStringList pending;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->pending = names;
    state->next = [=]() {
        if (state->pending.isEmpty() || !state->result.error.isEmpty()) {
            const Values result = state->result;
            // Resetting next destroys this closure and its copy of `done`: keep one on the stack.
            const Callback finish = done;
            state->next = nullptr; // breaks the cycle through the captured state
            finish(result);
            return;
        }
        const QString name = state->pending.takeFirst();
        store->read(key(profileId, collection, environment, name), context,
            [state, name](const SecretStore::Result& read) {
                if (read.status == SecretStore::Status::Ok)
                    state->result.values.insert(name, QString::fromUtf8(read.data));
                else if (read.status == SecretStore::Status::NotFound)
                    state->result.missing.append(name);
                else
                    state->result.error = read.errorString;
                if (state->next)
                    state->next();
            });
    };
    state->next();
}

void SecretVariables::write(SecretStore* store, const QString& profileId, const QString& collection,
    const QString& environment, const QString& name, const QString& value, QObject* context,
    std::function<void(bool ok, const QString& error)> done)
{
    const QString storeKey = key(profileId, collection, environment, name);
    const auto callback = [done](const SecretStore::Result& result) {
        done(result.status == SecretStore::Status::Ok, result.errorString);
    };
    if (value.isEmpty())
        store->remove(storeKey, context, callback);
    else
        store->write(storeKey, value.toUtf8(), context, callback);
}
