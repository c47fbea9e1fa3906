// The Webhooks panel (Ctrl+8) in the real main window on the Sandbox profile, driven by object
// name: subscribe to list 2 with the local receiver's URL, create a lead through the API and see
// the delivery in the panel; replay it to a loopback server. Each slot gets a fresh window.
#include "ConsoleWindowFixture.h"
#include "MainWindow.h"
#include "api/ApiReply.h"
#include "panels/WebhooksPanel.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxWebhookDispatcher.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "webhooks/WebhookHistory.h"
#include "webhooks/WebhookReceiver.h"
#include "widgets/JsonView.h"
#include "widgets/KeyValueTable.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

class tst_WebhooksPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleWindowFixture> m_console;

    template<typename T>
    T* find(const QString& name) const
    {
        return m_console->find<T>(name);
    }

    // The built-in app lacks the Webhooks API; grant it before authorizing (adding an API
    // invalidates earlier tokens, as on Lofty).
    void authorizeWithWebhooks()
    {
        ConsoleSession* session = m_console->session();
        QVERIFY(session->sandbox());
        QVERIFY(session->sandbox()->updateRegistration(session->profile().registration.clientId,
                    SandboxApp::Mode::Development, SandboxConfig::allGrantableApis())
            >= 0);
        session->sandbox()->webhookDispatcher()->setDelayMs(0);
        QString error;
        QVERIFY2(!m_console->authorizeWithPkce(QStringLiteral("Hooks"), &error).isEmpty(), qPrintable(error));
    }

    void startReceiverAndSubscribe(int listId)
    {
        m_console->window()->findChild<QAction*>(QStringLiteral("showPanelAction9"))->trigger();
        QCOMPARE(m_console->window()->currentPanel(), MainWindow::Panel::Webhooks);
        find<QPushButton>(QStringLiteral("receiverButton"))->click();
        WebhooksPanel* panel = m_console->window()->webhooksPanel();
        QVERIFY(panel->receiver()->isListening());
        QCOMPARE(find<QLabel>(QStringLiteral("receiverStatus"))->text(),
            QStringLiteral("Listening on %1 (127.0.0.1 only).").arg(panel->receiver()->url().toString()));
        auto* lists = find<QComboBox>(QStringLiteral("listCombo"));
        lists->setCurrentIndex(lists->findData(listId));
        find<QPushButton>(QStringLiteral("useReceiverButton"))->click();
        QCOMPARE(find<QLineEdit>(QStringLiteral("callbackEdit"))->text(),
            panel->receiver()->url(listId).toString());
        find<QPushButton>(QStringLiteral("createSubscriptionButton"))->click();
        // The seeded subscription and ours.
        QTRY_COMPARE(find<QTableWidget>(QStringLiteral("subscriptionsTable"))->rowCount(), 2);
    }

    qint64 createLead()
    {
        RequestService* api = m_console->session()->requests();
        ApiRequest request = api->requestFor(QStringLiteral("POST"), QStringLiteral("/v1.0/leads"));
        request.setHeader("Content-Type", "application/json");
        request.body = R"({"firstName":"Panel"})";
        ApiReply* reply = api->send(request);
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!finished.wait(20000))
            return 0;
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->response().body)
            .object()
            .value(QStringLiteral("leadId"))
            .toInteger();
    }

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleWindowFixture>();
        QString error;
        QVERIFY2(m_console->start(QStringLiteral("tst_webhookspanel"), &error), qPrintable(error));
    }

    void cleanup() { m_console.reset(); }

    void createdLeadShowsAsADelivery()
    {
        authorizeWithWebhooks();
        startReceiverAndSubscribe(2);
        const qint64 leadId = createLead();
        QVERIFY(leadId > 0);
        auto* deliveries = find<QTableWidget>(QStringLiteral("deliveriesTable"));
        QTRY_COMPARE(deliveries->rowCount(), 1);
        QCOMPARE(
            deliveries->item(0, WebhooksPanel::DeliveryListColumn)->text(), QStringLiteral("2 Lead Info"));
        QCOMPARE(
            deliveries->item(0, WebhooksPanel::TargetColumn)->text(), QStringLiteral("/lofty/webhook/2"));
        auto* body = find<JsonView>(QStringLiteral("deliveryBody"));
        const QJsonObject shown = QJsonDocument::fromJson(body->rawJson()).object();
        QCOMPARE(shown.value(QStringLiteral("event")).toString(), QStringLiteral("lead.created"));
        QCOMPARE(shown.value(QStringLiteral("leadId")).toInteger(), leadId);
        QVERIFY(!find<QPushButton>(QStringLiteral("fetchActivitiesButton"))->isEnabled());
        // The received headers are shown, not composed: no Add/Remove, no editing.
        auto* headers = find<KeyValueTable>(QStringLiteral("deliveryHeaders"));
        QVERIFY(headers->rowCount() > 0);
        QVERIFY(headers->findChild<QPushButton*>(QStringLiteral("keyValueAdd"))->isHidden());
        QVERIFY(headers->findChild<QPushButton*>(QStringLiteral("keyValueRemove"))->isHidden());
        QCOMPARE(headers->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!(headers->table()->item(0, 1)->flags() & Qt::ItemIsEditable));
        // Kept in the webhook history file.
        QCOMPARE(m_console->window()->webhooksPanel()->history()->count(), 1);
    }

    // At 1024x700 the subscriptions table shows every column header whole, without a horizontal
    // scroll bar: the callback column takes what the short ones leave.
    void subscriptionsTableFitsAt1024x700()
    {
        authorizeWithWebhooks();
        startReceiverAndSubscribe(2);
        m_console->window()->resize(1024, 700);
        m_console->window()->show();
        auto* table = find<QTableWidget>(QStringLiteral("subscriptionsTable"));
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        const QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < table->columnCount(); ++column)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                qPrintable(table->horizontalHeaderItem(column)->text()));
    }

    void list3PingFetchesTheLeadsActivities()
    {
        authorizeWithWebhooks();
        startReceiverAndSubscribe(3);
        const qint64 leadId = createLead();
        RequestService* api = m_console->session()->requests();
        ApiRequest request
            = api->requestFor(QStringLiteral("POST"), QStringLiteral("/v1.0/leads/%1/activity").arg(leadId));
        request.setHeader("Content-Type", "application/json");
        request.body = R"({"type":"Custom","text":"Viewed a listing"})";
        ApiReply* reply = api->send(request);
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(20000));
        reply->deleteLater();
        auto* deliveries = find<QTableWidget>(QStringLiteral("deliveriesTable"));
        QTRY_COMPARE(deliveries->rowCount(), 1);
        QCOMPARE(deliveries->item(0, WebhooksPanel::DeliveryListColumn)->text(),
            QStringLiteral("3 Lead Activity"));
        auto* fetch = find<QPushButton>(QStringLiteral("fetchActivitiesButton"));
        QVERIFY(fetch->isEnabled());
        fetch->click();
        auto* activities = find<JsonView>(QStringLiteral("activitiesView"));
        QTRY_VERIFY(activities->rawJson().contains("Viewed a listing"));
    }

    void replayReachesALoopbackServer()
    {
        authorizeWithWebhooks();
        startReceiverAndSubscribe(2);
        QVERIFY(createLead() > 0);
        QTRY_COMPARE(find<QTableWidget>(QStringLiteral("deliveriesTable"))->rowCount(), 1);
        WebhookReceiver target;
        QVERIFY(target.start(0));
        QSignalSpy received(&target, &WebhookReceiver::deliveryReceived);
        find<QLineEdit>(QStringLiteral("replayEdit"))->setText(target.url().toString());
        find<QPushButton>(QStringLiteral("replayButton"))->click();
        QTRY_COMPARE(received.count(), 1);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("replayStatus"))->text(),
            QStringLiteral("%1 answered HTTP 200.").arg(target.url().toString()));
        QCOMPARE(received.at(0).at(0).value<WebhookDelivery>().body,
            m_console->window()->webhooksPanel()->history()->at(0).body);
    }
};

QTEST_MAIN(tst_WebhooksPanel)
#include "tst_webhookspanel.moc"
