#include "Application.h"

#include "LoftyCore.h"
#include "MainWindow.h"
#include "util/SecretMasker.h"

#include <QApplication>
#include <QIcon>

int Application::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(Lofty::organizationName());
    QApplication::setApplicationName(Lofty::applicationName());
    QApplication::setApplicationDisplayName(QApplication::translate("Application", "Lofty Developer Console"));
    QApplication::setApplicationVersion(Lofty::version());
    QApplication::setDesktopFileName(QStringLiteral("lofty-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lofty-console.svg")));
    SecretMasker::installMessageHandler();

    MainWindow window;
    window.show();
    return app.exec();
}
