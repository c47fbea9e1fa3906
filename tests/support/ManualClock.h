#pragma once

#include "util/Clock.h"
#include "util/UtcTime.h"

// A Clock that only moves when the test says so.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = UtcTime::make(QDate(2026, 1, 1), QTime(12, 0)))
        : m_now(start)
    { }
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMSecs(qint64 msecs) { m_now = m_now.addMSecs(msecs); }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};
