#include "Application.h"

#include "LoftyCore.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "oauth/NetworkAuthLogGuard.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

void Application::setMetadata()
{
    QApplication::setOrganizationName(Lofty::organizationName());
    QApplication::setApplicationName(Lofty::applicationName());
    QApplication::setApplicationVersion(Lofty::version());
    QApplication::setDesktopFileName(QStringLiteral("lofty-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lofty-console.svg")));
}

// The console's own strings are embedded under :/i18n (qt_add_translations); Qt's come from the
// system (qt6-translations-l10n). A missing translation is not an error: English is the source.
void Application::installTranslations(QApplication& app)
{
    const QLocale locale;
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("lofty-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    else
        qCDebug(lcGui) << "no console translation for" << locale.uiLanguages();

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

namespace {

// A wrong --profile is refused before any window shows (activating comes after the window).
bool profileExists(const ProfileStore& profiles, const QString& idOrName, QString* error)
{
    if (profiles.findByIdOrName(idOrName))
        return true;
    *error = QApplication::translate("Application", "There is no profile \"%1\". Profiles: %2.")
                 .arg(idOrName, profiles.profileNames().join(QStringLiteral(", ")));
    return false;
}

void reportProfileError(const QString& name, const QString& error)
{
    const QString message
        = QApplication::translate("Application", "Cannot open profile \"%1\": %2").arg(name, error);
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int Application::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setMetadata();
    SecretMasker::installMessageHandler();
    NetworkAuthLogGuard::install();
    installTranslations(app);
    QApplication::setApplicationDisplayName(
        QApplication::translate("Application", "Lofty Developer Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "Application", "Register, authorize, inspect tokens and call the Lofty CRM API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate(
            "Application", "Open the console on the profile <name> (e.g. Sandbox or Lofty)."),
        QApplication::translate("Application", "name"));
    parser.addOption(profileOption);
    parser.process(app);

    ProfileStore profiles(ProfileStore::defaultFolder());
    const ProfileStore::LoadReport report = profiles.load();
    KeychainSecretStore secrets;
    ConsoleSession session(&profiles, &secrets, RequestService::defaultHistoryFolder());
    MainWindow window;
    SessionController controller(&session, &window);
    const QString wantedProfile = parser.value(profileOption);
    QString error;
    if (parser.isSet(profileOption) && !profileExists(profiles, wantedProfile, &error)) {
        reportProfileError(wantedProfile, error);
        return 2;
    }
    if (!report.message.isEmpty())
        window.showStartupMessage(report.message);
    window.show();
    // Activating starts the Sandbox profile's in-process server (QtHttpServer loads OpenSSL): the
    // window maps first, the profile follows from the event loop.
    const bool profileRequired = parser.isSet(profileOption);
    QTimer::singleShot(0, &controller, [&controller, wantedProfile, profileRequired] {
        QString activationError;
        if (controller.activateInitialProfile(wantedProfile, &activationError))
            return;
        reportProfileError(wantedProfile, activationError);
        if (profileRequired)
            QCoreApplication::exit(2);
    });
    return app.exec();
}
