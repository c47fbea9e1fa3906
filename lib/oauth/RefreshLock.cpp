#include "oauth/RefreshLock.h"

#include "util/LogCategories.h"
#include "util/PrivateFiles.h"

#include <QFileInfo>
#include <QTimer>

#include <utility>

RefreshLock::RefreshLock(const QString& lockFilePath, QObject* parent)
    : QObject(parent)
    , m_path(lockFilePath)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(RetryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &RefreshLock::tryOnce);
}

RefreshLock::~RefreshLock()
{
    release();
}

void RefreshLock::acquire(std::function<void(bool locked)> done)
{
    Q_ASSERT(!m_done && !m_held);
    m_done = std::move(done);
    if (!PrivateFiles::ensureFolder(QFileInfo(m_path).absolutePath())) {
        qCWarning(lcOAuth) << "cannot create the folder of the refresh lock; refreshing without it";
        finish(false);
        return;
    }
    m_lock = std::make_unique<QLockFile>(m_path);
    // A live holder never holds it this long; after a crash QLockFile sees the dead PID anyway.
    m_lock->setStaleLockTime(2 * WaitLimitMs);
    m_waiting.start();
    tryOnce();
}

void RefreshLock::tryOnce()
{
    if (m_lock->tryLock(0)) {
        finish(true);
        return;
    }
    const bool busy = m_lock->error() == QLockFile::LockFailedError;
    if (!busy || m_waiting.elapsed() >= WaitLimitMs) {
        qCWarning(lcOAuth) << (busy ? "another process held the refresh lock too long; refreshing without it"
                                    : "the refresh lock cannot be created; refreshing without it");
        finish(false);
        return;
    }
    m_retry->start();
}

void RefreshLock::finish(bool locked)
{
    m_held = locked;
    if (!locked)
        m_lock.reset();
    if (auto done = std::exchange(m_done, nullptr))
        done(locked);
}

void RefreshLock::release()
{
    m_retry->stop();
    m_done = nullptr;
    if (m_lock && m_held)
        m_lock->unlock();
    m_lock.reset();
    m_held = false;
}
