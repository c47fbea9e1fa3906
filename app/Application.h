#pragma once

// Sets up the QApplication (metadata, translations, the redacting log handler), builds the main
// window on the last used profile (the built-in Sandbox profile on first run) and runs the event
// loop. Everything but main() lives in lofty_gui so that the GUI tests build the same window.
class Application
{
public:
    static int run(int argc, char* argv[]);
};
