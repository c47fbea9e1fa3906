// Big JSON responses in the GUI: time from handing a body to the view until it has loaded and
// painted, and the longest event-loop stall meanwhile (a 10 ms QTimer on the GUI thread; a gap
// between two ticks beyond 10 ms is time the window could not react). Not a test; run by
// tests/bench/run-all.sh.
//
//   bench_gui_json jsonview <megabytes> <runs>   the Requests panel's JsonView (tree, pretty, raw)
//   bench_gui_json tree <megabytes> <runs>       JsonLoader + JsonTreeModel in a QTreeView only

#include "BenchSupport.h"
#include "json/JsonLoader.h"
#include "json/JsonTreeModel.h"
#ifdef LOFTY_BENCH_HAVE_JSONVIEW
#include "widgets/JsonView.h"
#endif

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>

namespace {

constexpr int TickMs = 10;

// Records the largest gap between ticks of a 10 ms timer while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_largestGapMs = qMax(m_largestGapMs, double(m_sinceTick.nsecsElapsed()) / 1e6);
            m_sinceTick.start();
        });
    }
    void start()
    {
        m_largestGapMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop() // the largest gap, including the time since the last tick
    {
        m_largestGapMs = qMax(m_largestGapMs, double(m_sinceTick.nsecsElapsed()) / 1e6);
        m_timer.stop();
        return m_largestGapMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_largestGapMs = 0;
};

// A view under test: show() it, load(body) it, and it calls back once everything is shown.
struct ViewUnderTest
{
    QWidget* widget = nullptr;
    std::function<void(const QByteArray&, std::function<void()>)> load;
};

#ifdef LOFTY_BENCH_HAVE_JSONVIEW
ViewUnderTest makeJsonView()
{
    auto* view = new JsonView;
    ViewUnderTest test;
    test.widget = view;
    test.load = [view](const QByteArray& body, std::function<void()> loaded) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(view, &JsonView::loaded, view, [connection, loaded] {
            QObject::disconnect(*connection);
            loaded();
        });
        view->setJson(body);
    };
    return test;
}
#endif

ViewUnderTest makeTreeView()
{
    auto* tree = new QTreeView;
    auto* model = new JsonTreeModel(tree);
    auto* loader = new JsonLoader(tree);
    tree->setModel(model);
    tree->setUniformRowHeights(true);
    ViewUnderTest test;
    test.widget = tree;
    test.load = [loader, model](const QByteArray& body, std::function<void()> loaded) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(loader, &JsonLoader::loaded, model,
            [connection, model, loaded](std::shared_ptr<const JsonDocumentData> document) {
                QObject::disconnect(*connection);
                model->setDocument(std::move(document));
                loaded();
            });
        model->clear();
        loader->load(body);
    };
    return test;
}

// One load: from the call to the first event-loop pass after the view said it is done (the
// repaint it scheduled has run by then), with the stall meter running throughout.
void measureOnce(ViewUnderTest& view, const QByteArray& body)
{
    StallMeter stalls;
    QEventLoop loop;
    QElapsedTimer elapsed;
    double loadedMs = 0;
    stalls.start();
    elapsed.start();
    const qint64 callStart = elapsed.nsecsElapsed();
    view.load(body, [&] {
        loadedMs = double(elapsed.nsecsElapsed()) / 1e6;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    });
    const double callMs = double(elapsed.nsecsElapsed() - callStart) / 1e6;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    view.widget->repaint(); // whatever is still pending is part of "shown"
    const double shownMs = double(elapsed.nsecsElapsed()) / 1e6;
    std::printf("SAMPLE loaded_ms %.3f\nSAMPLE shown_ms %.3f\nSAMPLE call_ms %.3f\nSAMPLE stall_ms %.3f\n",
        loadedMs, shownMs, callMs, stalls.stop());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_gui_json jsonview|tree <megabytes> <runs>\n");
        return 2;
    }
    ViewUnderTest view;
#ifdef LOFTY_BENCH_HAVE_JSONVIEW
    if (args[0] == QLatin1String("jsonview"))
        view = makeJsonView();
#endif
    if (args[0] == QLatin1String("tree"))
        view = makeTreeView();
    if (!view.widget) {
        std::fprintf(stderr, "bench_gui_json: mode %s is not built\n", qPrintable(args[0]));
        return 2;
    }
    const QByteArray body = Bench::loftyLikeBody(args[1].toLongLong() * 1024 * 1024);
    view.widget->resize(1000, 680);
    view.widget->show();
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    const double rssBefore = Bench::rssMiB();
    for (int run = 0; run < args[2].toInt(); ++run)
        measureOnce(view, body);
    Bench::result("rss_after_mib", Bench::rssMiB());
    Bench::result("rss_growth_mib", Bench::rssMiB() - rssBefore);
    Bench::result("body_mib", body.size() / 1048576.0);
    delete view.widget;
    return 0;
}
