#pragma once

#include <QDateTime>
#include <QWidget>

class Clock;
class QLabel;
class QProgressBar;
class QTimer;

// A live countdown to a token's expiry: a bar of the lifetime left and a text ("Expires in
// 59:12", "Expired 3 minutes ago", "Does not expire"). The text says everything; the bar only
// repeats it. Ticks once a second while visible; time comes from a Clock (tests: ManualClock).
class ExpiryBar : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiryBar(QWidget* parent = nullptr);

    void setClock(const Clock* clock);
    // An invalid `expiresAt` means "does not expire / unknown"; an invalid `obtainedAt` a full bar.
    void setTimes(const QDateTime& obtainedAt, const QDateTime& expiresAt);
    void clear();
    // The server refused the token: no lifetime is left, whatever its expiry said. Until setTimes().
    void setRefused();
    bool isRefused() const { return m_refused; }

    qint64 secondsLeft() const; // negative once expired; 0 when there is no expiry
    bool isExpired() const;
    QString text() const;

    static QString countdownText(qint64 seconds); // "59:12", "1:02:03"

public slots:
    void refresh();

signals:
    void expired();

private:
    const Clock* clock() const;

    const Clock* m_clock = nullptr;
    QDateTime m_obtainedAt;
    QDateTime m_expiresAt;
    bool m_reportedExpiry = false;
    bool m_refused = false;
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QTimer* m_timer = nullptr;
};
