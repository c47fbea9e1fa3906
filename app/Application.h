#pragma once

class QApplication;
class QCommandLineParser;

// Sets up the QApplication (metadata, translations, the redacting log handler), reads the command
// line (--profile NAME, --help, --version), builds the main window on the chosen profile (else the
// last used one, the built-in Sandbox profile on first run) and runs the event loop. Everything but
// main() lives in lofty_gui so that the GUI tests build the same window.
class Application
{
public:
    static int run(int argc, char* argv[]);

    // The first steps of run(), public for tests/bench's step-by-step start-up timing.
    static void setMetadata();
    static void installTranslations(QApplication& app);
};
