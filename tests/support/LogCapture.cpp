#include "LogCapture.h"

#include <QLoggingCategory>
#include <QUrl>

namespace {
QMutex captureMutex;
QStringList capturedLines;
QtMessageHandler previousHandler = nullptr;
QString previousRules;
} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&captureMutex);
    capturedLines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false\nqt.networkauth*=true"));
    previousHandler = qInstallMessageHandler(&LogCapture::handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void LogCapture::handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&captureMutex);
        capturedLines.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category), message));
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&captureMutex);
    return capturedLines;
}

QStringList LogCapture::linesContainingAny(const QStringList& values) const
{
    QStringList needles;
    for (const QString& value : values) {
        if (value.isEmpty())
            continue;
        needles << value << QString::fromLatin1(QUrl::toPercentEncoding(value))
                << QString::fromLatin1(value.toUtf8().toBase64())
                << QString::fromLatin1(value.toUtf8().toBase64(
                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    QStringList hits;
    for (const QString& line : lines()) {
        for (const QString& needle : needles) {
            if (line.contains(needle)) {
                hits << line;
                break;
            }
        }
    }
    return hits;
}
