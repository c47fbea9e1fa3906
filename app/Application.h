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

private:
    static void setMetadata();
    static void installTranslations(QApplication& app);
};
