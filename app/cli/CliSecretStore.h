#pragma once

#include "profiles/SecretStore.h"

#include <QHash>

// The CLI's SecretStore: the keychain underneath, plus values given for this run only (from the
// environment or a prompt), which are answered on read and never written anywhere. It also counts
// the keychain operations still running, so that the program does not exit before a token that
// was just refreshed or authorized has reached the keychain.
class CliSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit CliSecretStore(SecretStore* backing, QObject* parent = nullptr);

    void setRunOnlyValue(const QString& key, const QByteArray& value);
    bool hasRunOnlyValue(const QString& key) const { return m_runOnly.contains(key); }

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& data, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return m_backing->isPersistent(); }

    SecretStore* backing() const { return m_backing; }
    int pendingCount() const { return m_pending; }
    // The first write/remove the keychain did not do (Unavailable or Failed); empty when none.
    QString firstProblem() const { return m_firstProblem; }
    bool hadUnavailable() const { return m_hadUnavailable; }

signals:
    void idle(); // no keychain operation runs any more

private:
    Callback tracked(QObject* context, Callback done, bool changesStore);

    SecretStore* m_backing;
    QHash<QString, QByteArray> m_runOnly;
    int m_pending = 0;
    QString m_firstProblem;
    bool m_hadUnavailable = false;
};
