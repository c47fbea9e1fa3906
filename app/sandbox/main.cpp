// lofty-sandbox: the console's built-in Lofty sandbox as a program of its own, for people who
// test their own integration code against it. The program itself is SandboxCommandLine::exec(),
// which `lofty-console-cli sandbox` runs too.

#include "sandbox/SandboxCommandLine.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lofty-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOFTY_VERSION));
    SecretMasker::installMessageHandler();

    QTextStream out(stdout);
    QTextStream err(stderr);
    return SandboxCommandLine::exec(QCoreApplication::arguments(), out, err);
}
