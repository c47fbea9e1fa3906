// Start-up probe, observing a GUI program from outside its process: launches it, waits for the X
// server to map its first top-level window (a MapNotify on the root window whose _NET_WM_PID is
// the child), and reads the child's resident memory from /proc at that moment and again after
// it settled. Not a test; run by tests/bench/run-all.sh under Xvfb (no window manager, so the
// map happens as soon as the program asks for it).
//
//   bench_startup_probe <settle-ms> <timeout-ms> <program> [arguments...]
// prints RESULT map_ms, RESULT rss_map_mib, RESULT rss_settled_mib; exit 1 on timeout.

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double rssMiBOf(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    }
    return -1;
}

long windowPid(Display* display, Window window)
{
    const Atom pidAtom = XInternAtom(display, "_NET_WM_PID", True);
    if (pidAtom == None)
        return -1;
    Atom type = None;
    int format = 0;
    unsigned long items = 0;
    unsigned long remaining = 0;
    unsigned char* data = nullptr;
    long pid = -1;
    if (XGetWindowProperty(
            display, window, pidAtom, 0, 1, False, XA_CARDINAL, &type, &format, &items, &remaining, &data)
            == Success
        && data && items == 1 && format == 32)
        pid = long(*reinterpret_cast<unsigned long*>(data));
    if (data)
        XFree(data);
    return pid;
}

pid_t launch(char** argv)
{
    const pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[0], argv);
        std::perror("bench_startup_probe: exec");
        _exit(127);
    }
    return pid;
}

// Waits for the MapNotify of a top-level window of `child`; false on timeout or exit.
bool waitForMap(Display* display, pid_t child, double deadline)
{
    const int fd = ConnectionNumber(display);
    while (nowMs() < deadline) {
        while (XPending(display) > 0) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type == MapNotify && !event.xmap.override_redirect
                && windowPid(display, event.xmap.window) == long(child))
                return true;
        }
        int status = 0;
        if (waitpid(child, &status, WNOHANG) == child)
            return false;
        pollfd pfd {fd, POLLIN, 0};
        poll(&pfd, 1, 5);
    }
    return false;
}

void stop(pid_t child)
{
    kill(child, SIGTERM);
    for (int i = 0; i < 300; ++i) {
        if (waitpid(child, nullptr, WNOHANG) == child)
            return;
        usleep(10000);
    }
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_startup_probe <settle-ms> <timeout-ms> <program> [args...]\n");
        return 2;
    }
    const double settleMs = std::atof(argv[1]);
    const double timeoutMs = std::atof(argv[2]);
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "bench_startup_probe: cannot open the X display\n");
        return 2;
    }
    XSelectInput(display, DefaultRootWindow(display), SubstructureNotifyMask);
    XSync(display, False);

    const double started = nowMs();
    const pid_t child = launch(argv + 3);
    const bool mapped = waitForMap(display, child, started + timeoutMs);
    const double mappedAt = nowMs();
    const double rssAtMap = rssMiBOf(child);
    if (!mapped) {
        std::fprintf(stderr, "bench_startup_probe: no window mapped within %.0f ms\n", timeoutMs);
        stop(child);
        return 1;
    }
    usleep(useconds_t(settleMs * 1000));
    const double rssSettled = rssMiBOf(child);
    stop(child);
    XCloseDisplay(display);
    std::printf("RESULT map_ms %.3f\nRESULT rss_map_mib %.3f\nRESULT rss_settled_mib %.3f\n",
        mappedAt - started, rssAtMap, rssSettled);
    return 0;
}
