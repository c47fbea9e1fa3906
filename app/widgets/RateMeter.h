#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// The status bar's rate-limit meter: "used/limit" beside a small bar, the time to the window's reset
// in the tooltip. Draws with the system palette only, so it follows light and dark themes.
class RateMeter : public QWidget
{
    Q_OBJECT

public:
    explicit RateMeter(QWidget* parent = nullptr);

    // limit <= 0 means "no limit known yet"; used is clamped into [0, limit].
    void setUsage(int used, int limit, int secondsToReset);

    int used() const { return m_used; }
    int limit() const { return m_limit; }
    int secondsToReset() const { return m_secondsToReset; }

signals:
    void usageChanged();

private:
    void updateView();

    int m_used = 0;
    int m_limit = 0;
    int m_secondsToReset = 0;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
};
