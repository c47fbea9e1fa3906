#pragma once

#include <QObject>

// Keeps the mouse wheel from changing a combo box or spin box the user is only scrolling past:
// such a control takes wheel events only once it has the keyboard focus, otherwise the wheel
// scrolls whatever contains it. Installed once on the application; it also gives those controls
// Qt::StrongFocus, so that a wheel turn over them does not give them the focus first.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool isGuarded(const QObject* object);
};
