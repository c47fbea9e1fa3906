#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `answer` on the next modal dialog once it is open: a test answers a dialog that exec()
// opens and waits on. Header only: the support library itself does not link QtWidgets.
inline void whenModalOpens(QObject* context, std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}
