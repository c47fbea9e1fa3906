#include "util/UtcTime.h"

#include <QTimeZone>

namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
const QTimeZone& utc()
{
    static const QTimeZone zone(QTimeZone::UTC);
    return zone;
}
#endif

} // namespace

namespace UtcTime {

QDateTime fromMSecsSinceEpoch(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, utc());
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

QDateTime make(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, utc());
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace UtcTime
