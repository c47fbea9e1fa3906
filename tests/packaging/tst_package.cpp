#include <algorithm>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs cpack once (DEB and TGZ, as CI builds them) and checks the packages' metadata and contents.
class tst_Package : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void debNamesPackageVersionAndSection();
    void debDependsOnQtRuntimeAndLibsecret();
    void debRecommendsAKeyring();
    void debInstallsPrograms();
    void debInstallsDesktopFileMetainfoAndIcons();
    void packagedDesktopFileValidates();
    void packagedMetainfoValidates();
    void packagedConsoleEmbedsTranslations();
    void packagedConsoleReportsItsVersion();
    void tarballHoldsProgramsAndDesktopIntegration();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QString& program, const QStringList& arguments, int timeoutMs = 60000);
    QString debField(const QString& field) const;
    static QStringList packagedPrograms();
    static QStringList desktopIntegrationFiles();
    // The installed package that ships a file whose path ends with fileSuffix ("/libfoo.so.1").
    static QString owningPackage(const QString& fileSuffix);

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_tarball;
    QString m_debRoot;
    QStringList m_debFiles;
    QStringList m_tarFiles;
    QString m_tarTop;
};

tst_Package::Result tst_Package::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QStringList tst_Package::packagedPrograms()
{
    return QStringLiteral(LOFTY_PACKAGED_PROGRAMS).split(QLatin1Char(','));
}

QStringList tst_Package::desktopIntegrationFiles()
{
    QStringList files {QStringLiteral("share/applications/lofty-console.desktop"),
        QStringLiteral("share/metainfo/io.github.lofty_console.LoftyConsole.metainfo.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/lofty-console.svg")};
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/lofty-console.png").arg(size);
    return files;
}

void tst_Package::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
        QSKIP("dpkg-deb is not installed");

    const Result cpack = run(QStringLiteral(LOFTY_CPACK_COMMAND),
        {QStringLiteral("--config"), QStringLiteral(LOFTY_CPACK_CONFIG), QStringLiteral("-G"),
            QStringLiteral("DEB;TGZ"), QStringLiteral("-B"), m_dir.path()},
        100000);
    QVERIFY2(cpack.exitCode == 0, cpack.out + cpack.err);

    const QDir dir(m_dir.path());
    const QStringList debs = dir.entryList({QStringLiteral("*.deb")}, QDir::Files);
    const QStringList tarballs = dir.entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QCOMPARE(tarballs.size(), 1);
    m_deb = dir.filePath(debs.first());
    m_tarball = dir.filePath(tarballs.first());
    m_tarTop = QFileInfo(m_tarball).completeBaseName().chopped(4); // "<name>.tar" -> "<name>"

    const Result contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
    QCOMPARE(contents.exitCode, 0);
    for (const QByteArray& line : contents.out.split('\n')) {
        const int path = line.indexOf(" ./");
        if (path >= 0)
            m_debFiles << QString::fromUtf8(line.mid(path + 3));
    }
    m_debRoot = dir.filePath(QStringLiteral("deb-root"));
    QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), m_deb, m_debRoot}).exitCode, 0);

    const Result tar = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tarball});
    QCOMPARE(tar.exitCode, 0);
    m_tarFiles = QString::fromUtf8(tar.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString tst_Package::debField(const QString& field) const
{
    return QString::fromUtf8(run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, field}).out)
        .trimmed();
}

void tst_Package::debNamesPackageVersionAndSection()
{
    QCOMPARE(debField(QStringLiteral("Package")), QStringLiteral("lofty-console"));
    QCOMPARE(debField(QStringLiteral("Version")), QStringLiteral(LOFTY_VERSION));
    QCOMPARE(debField(QStringLiteral("Section")), QStringLiteral("devel"));
    QVERIFY(!debField(QStringLiteral("Maintainer")).isEmpty());
    QVERIFY(debField(QStringLiteral("Description")).contains(QStringLiteral("Lofty")));
}

void tst_Package::debDependsOnQtRuntimeAndLibsecret()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-query")).isEmpty())
        QSKIP("dpkg-query is not installed");
    const QStringList depends = debField(QStringLiteral("Depends")).split(QStringLiteral(", "));
    auto dependsOn = [&](const QString& package) {
        return std::any_of(depends.begin(), depends.end(),
            [&](const QString& d) { return d == package || d.startsWith(package + QLatin1Char(' ')); });
    };
    // The package names differ between distributions (Debian 13 renamed libqt6core6 to
    // libqt6core6t64 in the 64-bit time_t transition), so they come from the package database
    // of the system that built the .deb: shlibdeps names the owners of the linked Qt libraries,
    // Packaging.cmake names the owners of what is dlopen()ed (libsecret by qtkeychain, the SVG
    // icon engine by Qt).
    for (const char* file : {"/libQt6Core.so.6", "/libQt6Gui.so.6", "/libQt6Widgets.so.6",
             "/libQt6Network.so.6", "/libsecret-1.so.0", "/iconengines/libqsvgicon.so"}) {
        const QString package = owningPackage(QString::fromLatin1(file));
        QVERIFY2(!package.isEmpty(), file);
        QVERIFY2(dependsOn(package),
            qPrintable(package + QLatin1String(" not in ") + depends.join(QLatin1Char('|'))));
    }
    // Named by hand for the platform plugins it ships; the same name on Debian 12 and 13.
    QVERIFY(dependsOn(QStringLiteral("qt6-qpa-plugins")));
}

QString tst_Package::owningPackage(const QString& fileSuffix)
{
    // dpkg-query -S takes a substring; keep the line whose path ends with exactly this suffix.
    const Result owners = run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), fileSuffix.mid(1)});
    for (const QString& line : QString::fromUtf8(owners.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype separator = line.indexOf(QLatin1String(": "));
        if (separator < 0 || !line.endsWith(fileSuffix))
            continue;
        return line.left(separator).section(QLatin1Char(':'), 0, 0); // "libqt6core6:amd64" -> "libqt6core6"
    }
    return QString();
}

void tst_Package::debRecommendsAKeyring()
{
    QCOMPARE(debField(QStringLiteral("Recommends")), QStringLiteral("gnome-keyring | kwalletmanager"));
}

void tst_Package::debInstallsPrograms()
{
    for (const QString& program : packagedPrograms()) {
        const QString path = QStringLiteral("usr/bin/") + program;
        QVERIFY2(m_debFiles.contains(path), qPrintable(path));
        QVERIFY(QFileInfo(QDir(m_debRoot).filePath(path)).isExecutable());
    }
}

void tst_Package::debInstallsDesktopFileMetainfoAndIcons()
{
    for (const QString& file : desktopIntegrationFiles())
        QVERIFY2(m_debFiles.contains(QStringLiteral("usr/") + file), qPrintable(file));
}

void tst_Package::packagedDesktopFileValidates()
{
    if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
        QSKIP("desktop-file-validate is not installed (desktop-file-utils)");
    const Result result = run(QStringLiteral("desktop-file-validate"),
        {QDir(m_debRoot).filePath(QStringLiteral("usr/share/applications/lofty-console.desktop"))});
    QVERIFY2(result.exitCode == 0, result.out + result.err);
}

void tst_Package::packagedMetainfoValidates()
{
    if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
        QSKIP("appstreamcli is not installed (appstream)");
    const Result result = run(QStringLiteral("appstreamcli"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"),
            QDir(m_debRoot).filePath(
                QStringLiteral("usr/share/metainfo/io.github.lofty_console.LoftyConsole.metainfo.xml"))});
    QVERIFY2(result.exitCode == 0, result.out + result.err);
}

// qt_add_translations embeds the .qm files under :/i18n; rcc stores resource names as UTF-16BE.
void tst_Package::packagedConsoleEmbedsTranslations()
{
    QFile binary(QDir(m_debRoot).filePath(QStringLiteral("usr/bin/lofty-console")));
    QVERIFY(binary.open(QIODevice::ReadOnly));
    const QByteArray content = binary.readAll();
    for (const char* language : {"en", "es", "zh_CN"}) {
        const QString name = QStringLiteral("lofty-console_%1.qm").arg(QLatin1String(language));
        QByteArray utf16;
        for (QChar c : name)
            utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QVERIFY2(content.contains(utf16), qPrintable(name));
    }
}

void tst_Package::packagedConsoleReportsItsVersion()
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(environment);
    console.start(
        QDir(m_debRoot).filePath(QStringLiteral("usr/bin/lofty-console")), {QStringLiteral("--version")});
    QVERIFY(console.waitForFinished(30000));
    QCOMPARE(console.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(console.readAllStandardOutput()).trimmed(),
        QStringLiteral("lofty-console " LOFTY_VERSION));
}

void tst_Package::tarballHoldsProgramsAndDesktopIntegration()
{
    QStringList expected = desktopIntegrationFiles();
    for (const QString& program : packagedPrograms())
        expected << QStringLiteral("bin/") + program;
    for (const QString& file : expected) {
        const QString path = m_tarTop + QLatin1Char('/') + file;
        QVERIFY2(m_tarFiles.contains(path), qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
