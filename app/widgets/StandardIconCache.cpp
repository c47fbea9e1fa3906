#include "widgets/StandardIconCache.h"

#include <QWidget>

StandardIconCache::StandardIconCache(const QWidget* owner)
    : m_owner(owner)
{ }

const QIcon& StandardIconCache::icon(QStyle::StandardPixmap which)
{
    auto found = m_icons.find(which);
    if (found == m_icons.end())
        found = m_icons.insert(which, m_owner->style()->standardIcon(which, nullptr, m_owner));
    return found.value();
}
