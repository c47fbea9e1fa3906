#include "widgets/ExpiryBar.h"

#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

ExpiryBar::ExpiryBar(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("expiryBar"));
    setAccessibleName(tr("Token expiry"));
    m_bar->setObjectName(QStringLiteral("expiryProgress"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    m_bar->setAccessibleName(tr("Lifetime left"));
    m_label->setObjectName(QStringLiteral("expiryText"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ExpiryBar::refresh);
    refresh();
}

void ExpiryBar::setClock(const Clock* clock)
{
    m_clock = clock;
    refresh();
}

const Clock* ExpiryBar::clock() const
{
    return m_clock ? m_clock : Clock::system();
}

void ExpiryBar::setTimes(const QDateTime& obtainedAt, const QDateTime& expiresAt)
{
    m_obtainedAt = obtainedAt;
    m_expiresAt = expiresAt;
    m_reportedExpiry = false;
    m_refused = false;
    if (expiresAt.isValid())
        m_timer->start();
    else
        m_timer->stop();
    refresh();
}

void ExpiryBar::clear()
{
    setTimes(QDateTime(), QDateTime());
}

qint64 ExpiryBar::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return 0;
    return clock()->nowUtc().secsTo(m_expiresAt);
}

bool ExpiryBar::isExpired() const
{
    return m_expiresAt.isValid() && secondsLeft() <= 0;
}

QString ExpiryBar::text() const
{
    return m_label->text();
}

QString ExpiryBar::countdownText(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

void ExpiryBar::setRefused()
{
    m_refused = true;
    m_timer->stop();
    refresh();
}

void ExpiryBar::refresh()
{
    if (m_refused) {
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
        m_label->setText(tr("Refused by the server"));
        setAccessibleDescription(m_label->text());
        return;
    }
    if (!m_expiresAt.isValid()) {
        m_bar->setRange(0, 1);
        m_bar->setValue(m_obtainedAt.isValid() ? 1 : 0);
        m_label->setText(m_obtainedAt.isValid() ? tr("Does not expire (or expiry unknown)") : tr("No token"));
        setAccessibleDescription(m_label->text());
        return;
    }
    const qint64 left = secondsLeft();
    const qint64 lifetime
        = m_obtainedAt.isValid() ? qMax<qint64>(1, m_obtainedAt.secsTo(m_expiresAt)) : qMax<qint64>(1, left);
    m_bar->setRange(0, int(qMin<qint64>(lifetime, INT_MAX)));
    m_bar->setValue(int(qBound<qint64>(0, left, lifetime)));
    if (left > 0) {
        m_label->setText(tr("Expires in %1").arg(countdownText(left)));
    } else {
        m_label->setText(tr("Expired %1 ago").arg(countdownText(left)));
        if (!m_reportedExpiry) {
            m_reportedExpiry = true;
            emit expired();
        }
    }
    setAccessibleDescription(m_label->text());
}
