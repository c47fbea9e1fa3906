#pragma once

#include <QMutex>
#include <QStringList>

// Captures every message sent through qDebug/qInfo/qWarning/qCritical (all categories, all
// levels enabled) while it is alive, so tests can assert that no secret ever reaches a log line.
// Messages still go to the previous handler.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList lines() const;
    // The lines that contain any of the values, or any of their usual encodings (percent,
    // base64, base64url); empty when none does.
    QStringList linesContainingAny(const QStringList& values) const;

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);
};
