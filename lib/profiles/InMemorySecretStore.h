#pragma once

#include "profiles/SecretStore.h"

#include <QHash>

// Secrets for this run only: unit tests, and the "don't remember secrets" choice. Nothing is ever
// written anywhere. setUnavailable() makes it answer like an unusable keychain (the values are
// still kept for the run), so that callers' handling of that case can be tested.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit InMemorySecretStore(QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& data, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return false; }

    void setUnavailable(const QString& message);
    // Works again (a keychain that was unlocked): operations answer Ok from now on.
    void setAvailable();
    bool contains(const QString& key) const { return m_values.contains(key); }
    QStringList keys() const { return m_values.keys(); }

private:
    QHash<QString, QByteArray> m_values;
    QString m_unavailableMessage;
};
