#pragma once

#include <QHash>
#include <QIcon>
#include <QStyle>

class QWidget;

// The style's standard icons for one widget, each asked for once: QStyle::standardIcon decodes
// PNG files on every call (Qt 6.4), which shows when a table refills hundreds of rows.
class StandardIconCache
{
public:
    explicit StandardIconCache(const QWidget* owner);

    const QIcon& icon(QStyle::StandardPixmap which);

private:
    const QWidget* m_owner;
    QHash<int, QIcon> m_icons;
};
