#pragma once

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTimer;

// One account's refresh, exclusive across processes (the console, the CLI, a second console):
// a QLockFile held from reading the shared token store to writing the renewed tokens back, so
// two processes never spend the same single-use refresh token (RFC 9700 §4.14.2 rotation) and the
// second one finds the first one's result in the store. Acquired without blocking the event
// loop: tryLock() is retried on a timer. A holder that dies leaves a lock QLockFile finds stale
// (its process is gone) and takes over.
class RefreshLock : public QObject
{
    Q_OBJECT

public:
    // How long acquire() waits for another process before going on without the lock (a refresh
    // is bounded by its token-endpoint timeout, 30 s by default, plus the keychain write).
    static constexpr int WaitLimitMs = 45000;
    static constexpr int RetryIntervalMs = 20;

    explicit RefreshLock(const QString& lockFilePath, QObject* parent = nullptr);
    ~RefreshLock() override;

    // Calls `done(locked)` in this object's thread once the lock is held (true), or after
    // WaitLimitMs or when the lock file cannot be created (false: the caller goes on unlocked).
    // A second acquire() while one is pending or held is a programming error.
    void acquire(std::function<void(bool locked)> done);
    void release();
    bool isHeld() const { return m_held; }
    QString path() const { return m_path; }

private:
    void tryOnce();
    void finish(bool locked);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_retry = nullptr;
    QElapsedTimer m_waiting;
    std::function<void(bool)> m_done;
    bool m_held = false;
};
