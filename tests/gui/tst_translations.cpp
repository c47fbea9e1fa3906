// Every shipped language is complete and current: lupdate is run over the sources into a copy of
// each .ts file, and the copy must have no unfinished, vanished or obsolete message (the source
// language, English, needs only its plural forms). And translated, the column headers of the
// History table are not elided at 1024x700.
//
// Labelled "translations": it fails between a change of user-visible strings and the next
// lupdate + translation round (ctest -L translations).
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslatedAndCurrent_data();
    void everyMessageIsTranslatedAndCurrent();
    void historyHeadersAreNotElided_data();
    void historyHeadersAreNotElided();

private:
    static QStringList problemsIn(const QString& tsPath, bool sourceLanguage);
};

void tst_Translations::everyMessageIsTranslatedAndCurrent_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "es", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_Translations::everyMessageIsTranslatedAndCurrent()
{
    QFETCH(QString, language);
    const QString source = QStringLiteral(LOFTY_SOURCE_ROOT);
    const QString name = QStringLiteral("lofty-console_%1.ts").arg(language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(name);
    QVERIFY(QFile::copy(source + QStringLiteral("/translations/") + name, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LOFTY_LUPDATE),
        {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
            QStringLiteral("cpp,h,ui"), source + QStringLiteral("/lib"), source + QStringLiteral("/app"),
            QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const QStringList problems = problemsIn(copy, language == QLatin1String("en"));
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 message(s) need lupdate and a translator, e.g.:\n").arg(problems.size())
            + problems.mid(0, 15).join(QLatin1Char('\n'))));
}

// "unfinished", "vanished" or "obsolete" messages, each as "type: context: source".
QStringList tst_Translations::problemsIn(const QString& tsPath, bool sourceLanguage)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read %1").arg(tsPath)};
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString text;
    bool numerus = false;
    // readNext(), not readNextStartElement(): the latter reads past </TS> and reports a premature end.
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            text = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool untranslatedSource = sourceLanguage && !numerus && type == QLatin1String("unfinished");
            if (!type.isEmpty() && !untranslatedSource)
                problems.append(QStringLiteral("%1: %2: %3").arg(type, context, text));
        }
    }
    if (xml.hasError())
        problems.append(QStringLiteral("%1: %2").arg(tsPath, xml.errorString()));
    return problems;
}

void tst_Translations::historyHeadersAreNotElided_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_Translations::historyHeadersAreNotElided()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("lofty-console_") + language, QStringLiteral(LOFTY_QM_DIR)));
    QVERIFY(QApplication::installTranslator(&translator));
    MainWindow window;
    window.resize(1024, 700);
    window.showPanel(MainWindow::Panel::History);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<QTableView*>(QStringLiteral("historyView"));
    QHeaderView* header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(title));
    }
    QApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
