#include "CliBrowser.h"

#include <QProcess>
#include <QStandardPaths>

namespace {

// The browser (and whatever $BROWSER names) inherits the environment: the CLI's secret
// variables stay behind.
bool startWithoutSecrets(const QString& program, const QUrl& url)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments({url.toString(QUrl::FullyEncoded)});
    process.setProcessEnvironment(CliBrowser::browserEnvironment(QProcessEnvironment::systemEnvironment()));
    return process.startDetached();
}

} // namespace

QProcessEnvironment CliBrowser::browserEnvironment(const QProcessEnvironment& environment)
{
    QProcessEnvironment cleaned = environment;
    const QStringList names = environment.keys();
    for (const QString& name : names) {
        if (name.startsWith(QLatin1String("LOFTY_")))
            cleaned.remove(name);
    }
    return cleaned;
}

bool CliBrowser::open(const QUrl& url)
{
    const QString configured = qEnvironmentVariable("BROWSER");
    if (!configured.isEmpty()) {
        // $BROWSER may hold several programs separated by ':' (the sensible-browser convention).
        for (const QString& program : configured.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            if (startWithoutSecrets(program, url))
                return true;
        }
        return false;
    }
#if defined(Q_OS_MACOS)
    return startWithoutSecrets(QStringLiteral("open"), url);
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    return !opener.isEmpty() && startWithoutSecrets(opener, url);
#endif
}
