// The floor for the start-up benchmark: the least a Qt Widgets program does to show a main
// window (QApplication, a QMainWindow with a central label and a status bar), built with the same
// flags as lofty-console. Not a test.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("MinimalWidgets", "Minimal Qt Widgets program"));
    window.setCentralWidget(new QLabel(QApplication::translate("MinimalWidgets", "Hello"), &window));
    window.statusBar()->showMessage(QApplication::translate("MinimalWidgets", "Ready"));
    window.resize(1000, 680); // lofty-console's first-run size
    window.show();
    return app.exec();
}
