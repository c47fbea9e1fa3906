// lofty-console-cli: the Lofty Developer Console from the terminal (same profiles, keychain and
// history as the console). Everything is in the Cli* classes; see `lofty-console-cli --help`.

#include "CliContext.h"
#include "CliDispatcher.h"

#include "LoftyCore.h"
#include "oauth/NetworkAuthLogGuard.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The console's names, so that profiles, history and keychain entries are the same.
    QCoreApplication::setOrganizationName(Lofty::organizationName());
    QCoreApplication::setApplicationName(Lofty::applicationName());
    QCoreApplication::setApplicationVersion(Lofty::version());
    SecretMasker::installMessageHandler();
    NetworkAuthLogGuard::install();
    // The library's progress logging is for the console's log view; on a terminal it would mix
    // with the command's own output. QT_LOGGING_RULES still turns it on (it takes precedence).
    QLoggingCategory::setFilterRules(QStringLiteral("lofty.*.info=false\nlofty.*.debug=false"));

    int status = 0;
    {
        CliContext context;
        CliDispatcher dispatcher;
        status = dispatcher.run(context, QCoreApplication::arguments());
        context.output().flush();
    }
    return status;
}
