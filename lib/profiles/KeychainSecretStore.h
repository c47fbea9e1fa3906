#pragma once

#include "profiles/SecretStore.h"

#include <QHash>
#include <QPointer>
#include <QQueue>
#include <QTimer>

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through qtkeychain 0.13 (Secret Service, KWallet, Keychain
// services, Credential Manager), one entry per key under the service "lofty-console".
//
// qtkeychain runs one job at a time for the whole process and a job can wait forever (an unlock
// prompt nobody answers), so this store keeps its own FIFO queue, runs one job at a time and gives
// each a timeout. qtkeychain 0.13 has no way to ask whether a keychain works, and a locked
// keyring answers reads with "entry not found"; so before the first real operation the store
// writes, reads back and deletes a canary entry. Only when that works is "not found" believed.
// Otherwise the store turns unavailable for the run: every answer says so and what to do, and
// values written are kept in memory only. Nothing is ever written in plain text.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    enum class State { Unprobed, Probing, Persistent, Unavailable };

    static QString defaultServiceName() { return QStringLiteral("lofty-console"); }
    static constexpr int DefaultJobTimeoutMSecs = 20000;

    explicit KeychainSecretStore(
        QObject* parent = nullptr, const QString& serviceName = defaultServiceName());
    ~KeychainSecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& data, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return m_state == State::Persistent; }

    // Runs the canary probe now instead of at first use (e.g. at start-up); availabilityChanged()
    // reports its outcome.
    void probe();
    State state() const { return m_state; }
    QString unavailableMessage() const { return m_unavailableMessage; }
    QString serviceName() const { return m_serviceName; }
    void setJobTimeout(int msecs) { m_jobTimeoutMSecs = msecs; }
    int jobTimeout() const { return m_jobTimeoutMSecs; }

private:
    enum class Action { Read, Write, Remove };
    enum class ProbeStep { None, Write, Read, Remove };
    struct Operation
    {
        Action action = Action::Read;
        QString key;
        QByteArray data;
        QPointer<QObject> context;
        Callback done;
        ProbeStep probeStep = ProbeStep::None;
    };

    void enqueue(Operation operation);
    void queueProbe();
    void startNext();
    void startJob();
    void onJobFinished(QKeychain::Job* job, quint64 serial);
    void onJobTimeout();
    void finishUserOperation(QKeychain::Job* job);
    void finishProbeStep(QKeychain::Job* job);
    void serveFromMemory(const Operation& operation);
    void complete(const Operation& operation, const Result& result);
    void becomePersistent();
    void becomeUnavailable(const QString& message);
    QString describeUnusable(int error, const QString& detail) const;
    Result unavailableResult() const;

    QString m_serviceName;
    State m_state = State::Unprobed;
    QString m_unavailableMessage;
    QString m_canaryKey;
    QByteArray m_canaryValue;
    QQueue<Operation> m_queue;
    Operation m_current;
    bool m_busy = false;
    quint64 m_jobSerial = 0;
    QTimer m_jobTimer;
    int m_jobTimeoutMSecs = DefaultJobTimeoutMSecs;
    // Values the keychain could not take: kept for this run so that the session still works.
    QHash<QString, QByteArray> m_sessionOnly;
};
