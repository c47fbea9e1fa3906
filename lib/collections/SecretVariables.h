#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class SecretStore;

// The values of a collection's secret variables, kept in the SecretStore (the keychain), never in
// the collection's files. They are per profile and environment: the same collection holds the
// sandbox's API key and a Lofty test team's under different keys.
class SecretVariables
{
public:
    struct Values
    {
        QHash<QString, QString> values;
        QStringList missing; // not stored yet
        QString error; // the store could not be read (locked, unavailable)
    };
    using Callback = std::function<void(const Values&)>;

    static QString key(
        const QString& profileId, const QString& collection, const QString& environment, const QString& name);

    // Reads every name (one after the other); `done` runs once, in `context`'s thread.
    static void read(SecretStore* store, const QString& profileId, const QString& collection,
        const QString& environment, const QStringList& names, QObject* context, Callback done);
    static void write(SecretStore* store, const QString& profileId, const QString& collection,
        const QString& environment, const QString& name, const QString& value, QObject* context,
        std::function<void(bool ok, const QString& error)> done);
};
