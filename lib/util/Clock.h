#pragma once

#include <QDateTime>

// Where "now" comes from. Expiry, code lifetime and rate-limit windows ask a Clock so that tests
// can move time by hand (tests/support/ManualClock) instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMSecs() const { return nowUtc().toMSecsSinceEpoch(); }

    // The process-wide real clock.
    static Clock* system();
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
