#include "CliBrowser.h"

#include <QProcess>
#include <QStandardPaths>

bool CliBrowser::open(const QUrl& url)
{
    const QString configured = qEnvironmentVariable("BROWSER");
    if (!configured.isEmpty()) {
        // $BROWSER may hold several programs separated by ':' (the sensible-browser convention).
        for (const QString& program : configured.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            if (QProcess::startDetached(program, {url.toString(QUrl::FullyEncoded)}))
                return true;
        }
        return false;
    }
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    return !opener.isEmpty() && QProcess::startDetached(opener, {url.toString(QUrl::FullyEncoded)});
#endif
}
