#pragma once

#include "webhooks/WebhookDelivery.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ApiReply;
class ConsoleSession;
class JsonView;
class KeyValueTable;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTableWidget;
class WebhookHistory;
class WebhookReceiver;
struct ApiResponse;

// Webhooks: the selected account's subscriptions (list, create with Lofty's fields and rules,
// delete) sent like any request (rate limiter, history); a receiver on 127.0.0.1 only that shows
// each delivery live (time, event list, headers, exact JSON body) and keeps it in a masked,
// bounded history; replay of a delivery to a loopback URL, forwarding as they arrive, and for a
// list-3 ping a button that fetches the lead's activities. For Lofty it explains the public HTTPS
// callback and the tunnel the user runs.
class WebhooksPanel : public QWidget
{
    Q_OBJECT

public:
    enum SubscriptionColumn {
        IdColumn,
        ListColumn,
        CallbackColumn,
        LimitColumn,
        ModeColumn,
        SubscriptionColumns
    };
    enum DeliveryColumn { TimeColumn, DeliveryListColumn, TargetColumn, DeliveryColumns };

    explicit WebhooksPanel(QWidget* parent = nullptr);
    ~WebhooksPanel() override;

    void setSession(ConsoleSession* session);
    WebhookReceiver* receiver() const { return m_receiver; }
    WebhookHistory* history() const { return m_history; }

public slots:
    void refreshSubscriptions();
    void createSubscription();
    void deleteSelectedSubscription();
    void toggleReceiver();
    void replaySelected();
    void fetchLeadActivities();

private:
    QWidget* createSubscriptionsBox();
    QWidget* createReceiverBox();
    QWidget* createDeliveriesBox();
    void onProfileActivated();
    void send(const QString& method, const QString& path, const QByteArray& body,
        const std::function<void(const ApiResponse&)>& done);
    void showSubscriptions(const ApiResponse& response);
    void onDelivery(const WebhookDelivery& delivery);
    void addDeliveryRow(const WebhookDelivery& delivery);
    void reloadDeliveries();
    void showDelivery(int row);
    void forward(const WebhookDelivery& delivery, const QString& url, QLabel* status);
    void updateReceiverState();
    QString portSettingsKey() const;

    ConsoleSession* m_session = nullptr;
    WebhookReceiver* m_receiver;
    WebhookHistory* m_history = nullptr;
    QNetworkAccessManager* m_network;
    QList<QPointer<ApiReply>> m_replies;

    QLabel* m_explanation = nullptr;
    QTableWidget* m_subscriptions = nullptr;
    QComboBox* m_listCombo = nullptr;
    QLineEdit* m_callbackEdit = nullptr;
    QSpinBox* m_limitSpin = nullptr;
    QComboBox* m_modeCombo = nullptr;
    QLabel* m_subscriptionStatus = nullptr;
    QSpinBox* m_portSpin = nullptr;
    QPushButton* m_receiverButton = nullptr;
    QLabel* m_receiverStatus = nullptr;
    QLineEdit* m_forwardEdit = nullptr;
    QCheckBox* m_forwardCheck = nullptr;
    QLabel* m_forwardStatus = nullptr;
    QTableWidget* m_deliveries = nullptr;
    KeyValueTable* m_headers = nullptr;
    JsonView* m_body = nullptr;
    QPushButton* m_activitiesButton = nullptr;
    JsonView* m_activities = nullptr;
    QLineEdit* m_replayEdit = nullptr;
    QLabel* m_replayStatus = nullptr;
};
