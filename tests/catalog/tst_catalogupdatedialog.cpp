// File > "Update API catalog..." through the real main window on the Sandbox profile: a small
// OpenAPI document from a file or over HTTP (a real listener on 127.0.0.1), the diff, Apply and the
// Requests and Scopes panels following; a malformed document, a cancelled and a timed-out download
// change nothing; the parse runs on a worker and a cancelled parse never lands. Every slot gets a
// fresh window, session and data folder.
#include "CatalogUpdateDialog.h"
#include "ConsoleWindowFixture.h"
#include "PrivateHome.h"
#include "catalog/EndpointCatalog.h"
#include "catalog/ProfileCatalog.h"
#include "catalog/ProfileCatalogStore.h"
#include "session/ConsoleSession.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <memory>

namespace {

QString dataPath(const QString& relative)
{
    return qEnvironmentVariable("LOFTY_TEST_DATA") + QLatin1Char('/') + relative;
}

QByteArray dataFile(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// An HTTP/1.1 server on 127.0.0.1 that answers every request with `body`, or never answers.
class DocumentServer : public QTcpServer
{
public:
    explicit DocumentServer(const QByteArray& body, bool answers = true)
    {
        connect(this, &QTcpServer::newConnection, this, [this, body, answers] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, body, answers] {
                    if (!answers || !socket->peek(64 * 1024).contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    ++requestsServed;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/openapi.json").arg(serverPort()); }
    static inline int requestsServed = 0;
};

} // namespace

class TestCatalogUpdateDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileImportShowsDiffAndRequestsTreeFollows();
    void resetToBuiltInBringsTheCatalogBack();
    void profileSwitchShowsThatProfilesCatalog();
    void malformedFileChangesNothing();
    void urlIsDownloaded();
    void slowDownloadCanBeCancelled();
    void silentServerTimesOut();
    void parsingRunsOnAWorker();
    void cancelledParseNeverLands();

private:
    CatalogUpdateDialog* openDialog();
    bool readDocument(const QString& source);
    template<typename T>
    T* inDialog(const QString& name) const
    {
        T* widget = m_dialog ? m_dialog->findChild<T*>(name) : nullptr;
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    QStringList pickerOperations() const;
    bool storedFileExists() const;

    std::unique_ptr<PrivateHome> m_home;
    std::unique_ptr<ConsoleWindowFixture> m_console;
    CatalogUpdateDialog* m_dialog = nullptr;
};

void TestCatalogUpdateDialog::init()
{
    m_home = std::make_unique<PrivateHome>(); // where the kept catalogs go
    QVERIFY(m_home->isValid());
    m_home->applyToThisProcess();
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_catalogupdatedialog"), &error), qPrintable(error));
    m_dialog = openDialog();
    QVERIFY(m_dialog);
}

void TestCatalogUpdateDialog::cleanup()
{
    m_dialog = nullptr;
    m_console.reset();
    m_home.reset();
}

CatalogUpdateDialog* TestCatalogUpdateDialog::openDialog()
{
    auto* action = m_console->find<QAction>(QStringLiteral("updateCatalogAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto* dialog = m_console->find<CatalogUpdateDialog>(QStringLiteral("catalogUpdateDialog"));
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Types the source, clicks Read and waits until the dialog has downloaded and parsed it.
bool TestCatalogUpdateDialog::readDocument(const QString& source)
{
    inDialog<QLineEdit>(QStringLiteral("catalogSourceEdit"))->setText(source);
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogReadButton")), Qt::LeftButton);
    return QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 20000);
}

QStringList TestCatalogUpdateDialog::pickerOperations() const
{
    auto* picker = m_console->find<QTreeWidget>(QStringLiteral("endpointPicker"));
    QStringList operations;
    for (int g = 0; g < picker->topLevelItemCount(); ++g) {
        for (int i = 0; i < picker->topLevelItem(g)->childCount(); ++i)
            operations << picker->topLevelItem(g)->text(0) + QLatin1String(": ")
                    + picker->topLevelItem(g)->child(i)->text(0);
    }
    return operations;
}

bool TestCatalogUpdateDialog::storedFileExists() const
{
    return QFile::exists(ProfileCatalogStore().pathFor(m_console->session()->profile().id));
}

void TestCatalogUpdateDialog::fileImportShowsDiffAndRequestsTreeFollows()
{
    const int builtIn = int(EndpointCatalog::builtIn().endpoints().size());
    QCOMPARE(pickerOperations().size(), builtIn);
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogApplyButton"))->isEnabled());
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogResetButton"))->isEnabled());

    QVERIFY(readDocument(dataPath(QStringLiteral("catalog/two-operations.openapi.json"))));
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        QStringLiteral("Operations in the document: 2 (2 added, %1 removed, 0 changed). Apply keeps them "
                       "for this profile.")
            .arg(builtIn));
    auto* diff = inDialog<QTreeWidget>(QStringLiteral("catalogDiffTree"));
    QCOMPARE(diff->topLevelItemCount(), 2 + builtIn);
    QCOMPARE(diff->topLevelItem(0)->text(0), QStringLiteral("Added"));
    QCOMPARE(diff->topLevelItem(0)->text(1), QStringLiteral("GET /v1/pets"));
    QCOMPARE(diff->topLevelItem(0)->text(2), QStringLiteral("List pets"));
    QCOMPARE(diff->topLevelItem(1)->text(1), QStringLiteral("DELETE /v1/pets/{petId}"));
    QCOMPARE(diff->topLevelItem(2)->text(0), QStringLiteral("Removed"));
    const CatalogEndpoint& first = EndpointCatalog::builtIn().endpoints().constFirst();
    QCOMPARE(diff->topLevelItem(2)->text(1), first.method + QLatin1Char(' ') + first.pathTemplate);
    QCOMPARE(pickerOperations().size(), builtIn); // nothing changes before Apply
    QVERIFY(!storedFileExists());

    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogApplyButton")), Qt::LeftButton);
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        QStringLiteral("This profile now uses the document's catalog (operations: 2)."));
    QCOMPARE(pickerOperations(),
        QStringList({QStringLiteral("Pets: GET /v1/pets"), QStringLiteral("Pets: DELETE /v1/pets/{petId}")}));
    auto* scopes = m_console->find<QTableWidget>(QStringLiteral("scopesTable"));
    QCOMPARE(scopes->rowCount(), 1);
    QCOMPARE(scopes->item(0, 0)->text(), QStringLiteral("Pets"));
    QVERIFY(storedFileExists());
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogApplyButton"))->isEnabled());
    QVERIFY(inDialog<QPushButton>(QStringLiteral("catalogResetButton"))->isEnabled());
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogCurrentLabel"))->text(),
        QStringLiteral("This profile uses an imported catalog (operations: 2)."));

    // The composer offers the new catalog's operations, with their parameters.
    auto* picker = m_console->find<QTreeWidget>(QStringLiteral("endpointPicker"));
    picker->setCurrentItem(picker->topLevelItem(0)->child(0));
    QVERIFY(m_console->find<QWidget>(QStringLiteral("param_limit")));
}

void TestCatalogUpdateDialog::resetToBuiltInBringsTheCatalogBack()
{
    QVERIFY(readDocument(dataPath(QStringLiteral("catalog/two-operations.openapi.json"))));
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogApplyButton")), Qt::LeftButton);
    QCOMPARE(pickerOperations().size(), 2);
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogResetButton")), Qt::LeftButton);
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        QStringLiteral("This profile uses the built-in catalog again."));
    QCOMPARE(pickerOperations().size(), int(EndpointCatalog::builtIn().endpoints().size()));
    QCOMPARE(m_console->find<QTableWidget>(QStringLiteral("scopesTable"))->rowCount(),
        int(EndpointCatalog::builtIn().apis().size()));
    QVERIFY(!storedFileExists());
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogResetButton"))->isEnabled());
}

void TestCatalogUpdateDialog::profileSwitchShowsThatProfilesCatalog()
{
    QVERIFY(readDocument(dataPath(QStringLiteral("catalog/two-operations.openapi.json"))));
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogApplyButton")), Qt::LeftButton);
    QCOMPARE(pickerOperations().size(), 2);
    QString error;
    QVERIFY2(m_console->session()->activateProfile(QStringLiteral("Lofty"), &error), qPrintable(error));
    QCOMPARE(pickerOperations().size(), int(EndpointCatalog::builtIn().endpoints().size()));
    QVERIFY2(m_console->session()->activateProfile(QStringLiteral("Sandbox"), &error), qPrintable(error));
    QCOMPARE(pickerOperations().size(), 2);
}

void TestCatalogUpdateDialog::malformedFileChangesNothing()
{
    QVERIFY(readDocument(dataPath(QStringLiteral("catalog/truncated.openapi.json"))));
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        QStringLiteral("The document cannot be used: The document is not valid JSON: line 3, column 1: "
                       "unterminated object: expected ',' or '}' The catalog was not changed."));
    QCOMPARE(inDialog<QTreeWidget>(QStringLiteral("catalogDiffTree"))->topLevelItemCount(), 0);
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogApplyButton"))->isEnabled());
    QCOMPARE(pickerOperations().size(), int(EndpointCatalog::builtIn().endpoints().size()));
    QVERIFY(!storedFileExists());

    QVERIFY(readDocument(dataPath(QStringLiteral("catalog/no-such-document.json"))));
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        dataPath(QStringLiteral("catalog/no-such-document.json"))
            + QStringLiteral(" cannot be read: No such file or directory The catalog was not changed."));
}

void TestCatalogUpdateDialog::urlIsDownloaded()
{
    DocumentServer server(dataFile(QStringLiteral("catalog/two-operations.openapi.json")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const int served = DocumentServer::requestsServed;
    QVERIFY(readDocument(server.url()));
    QCOMPARE(DocumentServer::requestsServed, served + 1);
    QCOMPARE(inDialog<QTreeWidget>(QStringLiteral("catalogDiffTree"))->topLevelItem(0)->text(1),
        QStringLiteral("GET /v1/pets"));
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogApplyButton")), Qt::LeftButton);
    QCOMPARE(pickerOperations().size(), 2);
}

void TestCatalogUpdateDialog::slowDownloadCanBeCancelled()
{
    DocumentServer server(QByteArray(), false);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    inDialog<QLineEdit>(QStringLiteral("catalogSourceEdit"))->setText(server.url());
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogReadButton")), Qt::LeftButton);
    QVERIFY(m_dialog->isDownloading());
    QVERIFY(inDialog<QProgressBar>(QStringLiteral("catalogProgress"))->isVisible());
    auto* cancel = inDialog<QPushButton>(QStringLiteral("catalogCancelButton"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogReadButton"))->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_dialog->isDownloading());
    QVERIFY(!inDialog<QProgressBar>(QStringLiteral("catalogProgress"))->isVisible());
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        QStringLiteral(
            "The download of http://127.0.0.1:%1/openapi.json was cancelled. The catalog was not changed.")
            .arg(server.serverPort()));
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogApplyButton"))->isEnabled());
    QCOMPARE(pickerOperations().size(), int(EndpointCatalog::builtIn().endpoints().size()));
}

void TestCatalogUpdateDialog::silentServerTimesOut()
{
    DocumentServer server(QByteArray(), false);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_dialog->setTimeoutSeconds(1);
    QVERIFY(readDocument(server.url()));
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        QStringLiteral(
            "http://127.0.0.1:%1/openapi.json did not answer within 1 s. The catalog was not changed.")
            .arg(server.serverPort()));
    QVERIFY(!storedFileExists());
}

void TestCatalogUpdateDialog::parsingRunsOnAWorker()
{
    const QString path = dataPath(QStringLiteral("catalog/two-operations.openapi.json"));
    inDialog<QLineEdit>(QStringLiteral("catalogSourceEdit"))->setText(path);
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogReadButton")), Qt::LeftButton);
    // The click has returned before any result: the parse runs on a worker, whose answer only
    // the event loop can deliver, while the window shows progress and offers Cancel.
    QVERIFY(m_dialog->isParsing());
    QVERIFY(!m_dialog->isDownloading());
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(),
        QStringLiteral("Reading the document (%1 KB)…").arg((QFileInfo(path).size() + 1023) / 1024));
    QVERIFY(inDialog<QProgressBar>(QStringLiteral("catalogProgress"))->isVisible());
    QVERIFY(inDialog<QPushButton>(QStringLiteral("catalogCancelButton"))->isEnabled());
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogReadButton"))->isEnabled());
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogApplyButton"))->isEnabled());
    QCOMPARE(inDialog<QTreeWidget>(QStringLiteral("catalogDiffTree"))->topLevelItemCount(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isParsing(), 20000);
    QVERIFY(!inDialog<QProgressBar>(QStringLiteral("catalogProgress"))->isVisible());
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogCancelButton"))->isEnabled());
    QCOMPARE(inDialog<QTreeWidget>(QStringLiteral("catalogDiffTree"))->topLevelItem(0)->text(1),
        QStringLiteral("GET /v1/pets"));
    QVERIFY(inDialog<QPushButton>(QStringLiteral("catalogApplyButton"))->isEnabled());
}

void TestCatalogUpdateDialog::cancelledParseNeverLands()
{
    inDialog<QLineEdit>(QStringLiteral("catalogSourceEdit"))
        ->setText(dataPath(QStringLiteral("catalog/two-operations.openapi.json")));
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogReadButton")), Qt::LeftButton);
    QVERIFY(m_dialog->isParsing());
    QTest::mouseClick(inDialog<QPushButton>(QStringLiteral("catalogCancelButton")), Qt::LeftButton);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!inDialog<QProgressBar>(QStringLiteral("catalogProgress"))->isVisible());
    const QString cancelled
        = QStringLiteral("Reading the document was cancelled. The catalog was not changed.");
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(), cancelled);

    // The worker finishes anyway; its result, delivered through the event loop, is dropped.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
    QCoreApplication::processEvents();
    QCOMPARE(inDialog<QLabel>(QStringLiteral("catalogStatusLabel"))->text(), cancelled);
    QCOMPARE(inDialog<QTreeWidget>(QStringLiteral("catalogDiffTree"))->topLevelItemCount(), 0);
    QVERIFY(!inDialog<QPushButton>(QStringLiteral("catalogApplyButton"))->isEnabled());
    QVERIFY(inDialog<QPushButton>(QStringLiteral("catalogReadButton"))->isEnabled());
    QCOMPARE(pickerOperations().size(), int(EndpointCatalog::builtIn().endpoints().size()));
}

QTEST_MAIN(TestCatalogUpdateDialog)
#include "tst_catalogupdatedialog.moc"
