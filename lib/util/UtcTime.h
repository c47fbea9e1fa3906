#pragma once

#include <QDateTime>

// UTC date-times built the same way on every supported Qt. Qt 6.5 added QTimeZone::UTC and 6.8
// deprecates the Qt::TimeSpec overloads; on 6.4 a QTimeZone-based UTC time would print "+00:00"
// instead of "Z" in ISO 8601, so the version difference lives here and nowhere else.
namespace UtcTime {

QDateTime fromMSecsSinceEpoch(qint64 msecs);
QDateTime make(QDate date, QTime time);

} // namespace UtcTime
