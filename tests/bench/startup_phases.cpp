// Where lofty-console's start-up time goes: the steps of Application::run (app/Application.cpp),
// in the same order, each timed from inside the process, up to the first paint of the main window;
// then the profile activation that Application::run defers until after that paint.
// The floor's steps (QApplication, a QMainWindow, show) are timed the same way by the same
// program with "minimal". Not a test; run by tests/bench/run-all.sh under Xvfb.
//
//   bench_startup_phases console|minimal

#include "Application.h"
#include "BenchSupport.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "oauth/NetworkAuthLogGuard.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "util/SecretMasker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {

class PhaseClock
{
public:
    PhaseClock() { m_timer.start(); }
    void lap(const char* phase)
    {
        const qint64 now = m_timer.nsecsElapsed();
        const double rss = Bench::rssMiB();
        std::printf("SAMPLE phase_%s_ms %.3f\nSAMPLE phase_%s_rss_mib %.3f\n", phase,
            double(now - m_last) / 1e6, phase, rss - m_lastRss);
        m_lastRss = rss;
        m_last = now;
    }
    void total() { std::printf("SAMPLE phase_total_ms %.3f\n", double(m_timer.nsecsElapsed()) / 1e6); }

private:
    QElapsedTimer m_timer;
    qint64 m_last = 0;
    double m_lastRss = 0;
};

// Stops the event loop after the first paint of the watched window.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

void waitForFirstPaint(QWidget* window, PhaseClock& clock)
{
    FirstPaint filter;
    window->installEventFilter(&filter);
    window->show();
    clock.lap("show");
    QTimer::singleShot(10000, qApp, &QCoreApplication::quit);
    QApplication::exec();
    clock.lap("first_paint");
}

// The order of Application::run since panels are built when first shown: everything up to the
// first paint counts towards the mapped window; the profile (the Sandbox's in-process server)
// is activated from the event loop after that paint, and is timed apart.
int runConsole(PhaseClock& clock, QApplication& app)
{
    Application::setMetadata();
    SecretMasker::installMessageHandler();
    NetworkAuthLogGuard::install();
    Application::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Lofty Developer Console"));
    clock.lap("metadata_translations");

    ProfileStore profiles(ProfileStore::defaultFolder());
    profiles.load();
    clock.lap("profile_store_load");
    KeychainSecretStore secrets;
    ConsoleSession session(&profiles, &secrets, RequestService::defaultHistoryFolder());
    session.requests()->setLoadsHistoryInBackground(true);
    clock.lap("session_create");
    MainWindow window;
    clock.lap("main_window_create");
    SessionController controller(&session, &window);
    clock.lap("controller_create");
    waitForFirstPaint(&window, clock);
    clock.total(); // to the first paint, as for the minimal program

    QString error;
    if (!controller.activateInitialProfile(QString(), &error))
        std::fprintf(stderr, "bench_startup_phases: %s\n", qPrintable(error));
    clock.lap("after_paint_activate_profile");
    return 0;
}

int runMinimal(PhaseClock& clock)
{
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1000, 680);
    clock.lap("main_window_create");
    waitForFirstPaint(&window, clock);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    PhaseClock clock;
    QApplication app(argc, argv);
    clock.lap("qapplication");
    const bool console = app.arguments().value(1) == QLatin1String("console");
    if (console)
        return runConsole(clock, app);
    const int status = runMinimal(clock);
    clock.total();
    return status;
}
