#include "widgets/RateMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

RateMeter::RateMeter(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("rateMeter"));
    setAccessibleName(tr("Rate limit"));
    m_label->setObjectName(QStringLiteral("rateMeterText"));
    m_bar->setObjectName(QStringLiteral("rateMeterBar"));
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(60, 10);
    m_bar->setAccessibleName(tr("Rate limit used"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    updateView();
}

void RateMeter::setUsage(int used, int limit, int secondsToReset)
{
    m_limit = std::max(0, limit);
    m_used = m_limit > 0 ? std::clamp(used, 0, m_limit) : std::max(0, used);
    m_secondsToReset = std::max(0, secondsToReset);
    updateView();
    emit usageChanged();
}

void RateMeter::updateView()
{
    if (m_limit <= 0) {
        m_label->setText(tr("Rate: unknown"));
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
        setToolTip(tr("No rate limit known yet"));
        setAccessibleDescription(toolTip());
        return;
    }
    m_label->setText(tr("Rate: %1/%2").arg(m_used).arg(m_limit));
    m_bar->setRange(0, m_limit);
    m_bar->setValue(m_used);
    setToolTip(tr("%1 of %2 requests used in this window; resets in %n second(s)", nullptr, m_secondsToReset)
                   .arg(m_used)
                   .arg(m_limit));
    setAccessibleDescription(toolTip());
}
