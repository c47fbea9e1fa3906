#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QTest>
#include <QTranslator>

// The shell's strings are translated into every shipped language (not just present in the .ts).
class tst_ShellTranslations : public QObject
{
    Q_OBJECT

private slots:
    void navigationIsTranslated_data();
    void navigationIsTranslated();
    void menusAndTitleAreTranslated_data();
    void menusAndTitleAreTranslated();
};

void tst_ShellTranslations::navigationIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("es") << "es"
                        << QStringList {"Registro", "Autorizar", "Tokens", "Ámbitos", "Solicitudes",
                               "Historial", "Colecciones", "Webhooks"};
    QTest::newRow("zh_CN") << "zh_CN"
                           << QStringList {
                                  "注册", "授权", "令牌", "权限范围", "请求", "历史记录", "集合", "Webhook"};
}

void tst_ShellTranslations::navigationIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, titles);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("lofty-console_") + language, QStringLiteral(LOFTY_QM_DIR)));
    QVERIFY(QApplication::installTranslator(&translator));

    MainWindow window;
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QStringList shown;
    // Without a session the Sandbox page is not offered (hidden row).
    for (int row = 0; row < navigation->count(); ++row) {
        if (!navigation->isRowHidden(row))
            shown << navigation->item(row)->text();
    }
    QApplication::removeTranslator(&translator);

    QCOMPARE(shown, titles);
}

void tst_ShellTranslations::menusAndTitleAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << "es";
    QTest::newRow("zh_CN") << "zh_CN";
}

// An English menu text or title left means the .ts lost its translations (e.g. marked vanished by an
// lupdate run without sources).
void tst_ShellTranslations::menusAndTitleAreTranslated()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("lofty-console_") + language, QStringLiteral(LOFTY_QM_DIR)));
    QVERIFY(QApplication::installTranslator(&translator));
    MainWindow window;
    QStringList untranslated;
    const QStringList english {"&File", "&Quit", "&View", "Switch &Profile", "&Full Screen", "&Help",
        "&About Lofty Developer Console", "About &Qt"};
    for (QAction* action : window.findChildren<QAction*>()) {
        if (english.contains(action->text()))
            untranslated << action->text();
    }
    window.setSandboxIndicator(true);
    if (window.windowTitle() == QStringLiteral("Sandbox (not Lofty)"))
        untranslated << window.windowTitle();
    QApplication::removeTranslator(&translator);

    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
}

QTEST_MAIN(tst_ShellTranslations)
#include "tst_shelltranslations.moc"
