#include "panels/WebhooksPanel.h"

#include "api/ApiReply.h"
#include "api/ApiResponse.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "session/SessionHistory.h"
#include "webhooks/WebhookForward.h"
#include "webhooks/WebhookHistory.h"
#include "webhooks/WebhookReceiver.h"
#include "webhooks/WebhookSubscription.h"
#include "widgets/JsonView.h"
#include "widgets/KeyValueTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QString cellText(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

WebhooksPanel::WebhooksPanel(QWidget* parent)
    : QWidget(parent)
    , m_receiver(new WebhookReceiver(this))
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("webhooksPanel"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("webhooksExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setFocusPolicy(Qt::NoFocus); // read with the panel; Tab skips it
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createSubscriptionsBox(), 3);
    topLayout->addWidget(createReceiverBox(), 2);
    splitter->addWidget(top);
    splitter->addWidget(createDeliveriesBox());
    // Scrolls rather than making the main window taller than the other panels need.
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_explanation);
    contentLayout->addWidget(splitter, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // only its content takes focus
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_receiver, &WebhookReceiver::deliveryReceived, this, &WebhooksPanel::onDelivery);
    connect(m_receiver, &WebhookReceiver::deliveryRefused, this, [this](int status, const QString& reason) {
        m_receiverStatus->setText(tr("Refused a delivery (HTTP %1): %2").arg(status).arg(reason));
    });
    connect(m_receiver, &WebhookReceiver::listeningChanged, this, &WebhooksPanel::updateReceiverState);
    updateReceiverState();
}

WebhooksPanel::~WebhooksPanel()
{
    for (const QPointer<ApiReply>& reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

QWidget* WebhooksPanel::createSubscriptionsBox()
{
    auto* box = new QGroupBox(tr("Subscriptions of the selected account"), this);
    m_subscriptions = makeTable({tr("Id"), tr("Event list"), tr("Callback"), tr("Limit"), tr("Mode")},
        QStringLiteral("subscriptionsTable"), box);
    m_subscriptions->setAccessibleName(box->title());
    // The short columns as wide as their contents, the callback URL takes the rest: at 1024x700
    // (and in Chinese) the table fits without a horizontal scroll bar.
    QHeaderView* columns = m_subscriptions->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(CallbackColumn, QHeaderView::Stretch);
    m_subscriptions->setTextElideMode(Qt::ElideMiddle);
    m_listCombo = new QComboBox(box);
    m_listCombo->setObjectName(QStringLiteral("listCombo"));
    for (int list = 1; list <= 12; ++list)
        m_listCombo->addItem(WebhookDelivery::listName(list), list);
    m_callbackEdit = new QLineEdit(box);
    m_callbackEdit->setObjectName(QStringLiteral("callbackEdit"));
    m_callbackEdit->setPlaceholderText(tr("https://your-tunnel.example/lofty/webhook/2"));
    m_limitSpin = new QSpinBox(box);
    m_limitSpin->setObjectName(QStringLiteral("limitSpin"));
    m_limitSpin->setRange(1, 5000);
    m_limitSpin->setValue(WebhookSubscription::DefaultLimit);
    m_modeCombo = new QComboBox(box);
    m_modeCombo->setObjectName(QStringLiteral("permissionModeCombo"));
    m_modeCombo->addItem(tr("0"), 0);
    m_modeCombo->addItem(tr("1"), 1);
    auto* useReceiver = makeButton(tr("Use the local receiver"), QStringLiteral("useReceiverButton"), box);
    connect(useReceiver, &QPushButton::clicked, this,
        [this] { m_callbackEdit->setText(m_receiver->url(m_listCombo->currentData().toInt()).toString()); });
    auto* form = new QFormLayout;
    form->addRow(tr("Event list:"), m_listCombo);
    form->addRow(tr("Callback URL:"), m_callbackEdit);
    form->addRow(QString(), useReceiver);
    form->addRow(tr("Limit:"), m_limitSpin);
    form->addRow(tr("Permission mode:"), m_modeCombo);
    auto* buttons = new QHBoxLayout;
    auto* create = makeButton(tr("Subscribe"), QStringLiteral("createSubscriptionButton"), box);
    auto* remove = makeButton(tr("Delete selected"), QStringLiteral("deleteSubscriptionButton"), box);
    auto* refresh = makeButton(tr("Refresh"), QStringLiteral("refreshSubscriptionsButton"), box);
    connect(create, &QPushButton::clicked, this, &WebhooksPanel::createSubscription);
    connect(remove, &QPushButton::clicked, this, &WebhooksPanel::deleteSelectedSubscription);
    connect(refresh, &QPushButton::clicked, this, &WebhooksPanel::refreshSubscriptions);
    buttons->addWidget(create);
    buttons->addWidget(remove);
    buttons->addWidget(refresh);
    m_subscriptionStatus = new QLabel(box);
    m_subscriptionStatus->setObjectName(QStringLiteral("subscriptionStatus"));
    m_subscriptionStatus->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_subscriptions, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_subscriptionStatus);
    return box;
}

QWidget* WebhooksPanel::createReceiverBox()
{
    auto* box = new QGroupBox(tr("Local receiver (binds 127.0.0.1 only)"), this);
    m_portSpin = new QSpinBox(box);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_receiverButton = makeButton(QString(), QStringLiteral("receiverButton"), box);
    connect(m_receiverButton, &QPushButton::clicked, this, &WebhooksPanel::toggleReceiver);
    m_receiverStatus = new QLabel(box);
    m_receiverStatus->setObjectName(QStringLiteral("receiverStatus"));
    m_receiverStatus->setWordWrap(true);
    m_receiverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receiverStatus->setFocusPolicy(Qt::NoFocus);
    m_forwardEdit = new QLineEdit(box);
    m_forwardEdit->setObjectName(QStringLiteral("forwardEdit"));
    m_forwardEdit->setPlaceholderText(tr("http://127.0.0.1:3000/webhook"));
    m_forwardCheck = new QCheckBox(tr("Forward each delivery as it arrives"), box);
    m_forwardCheck->setObjectName(QStringLiteral("forwardCheck"));
    m_forwardStatus = new QLabel(box);
    m_forwardStatus->setObjectName(QStringLiteral("forwardStatus"));
    m_forwardStatus->setWordWrap(true);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Port:"), m_portSpin);
    form->addRow(QString(), m_receiverButton);
    form->addRow(m_receiverStatus);
    form->addRow(tr("Forward to:"), m_forwardEdit);
    form->addRow(QString(), m_forwardCheck);
    form->addRow(m_forwardStatus);
    return box;
}

QWidget* WebhooksPanel::createDeliveriesBox()
{
    auto* box = new QGroupBox(tr("Deliveries (kept in the webhook history, secrets masked)"), this);
    m_deliveries = makeTable(
        {tr("Received (UTC)"), tr("Event list"), tr("Path")}, QStringLiteral("deliveriesTable"), box);
    m_deliveries->setAccessibleName(box->title());
    connect(m_deliveries, &QTableWidget::currentCellChanged, this, [this](int row) { showDelivery(row); });
    m_headers = new KeyValueTable(box);
    m_headers->setObjectName(QStringLiteral("deliveryHeaders"));
    m_headers->setHeaderLabels(tr("Header"), tr("Value"));
    m_headers->setReadOnly(true); // what was received, not a request being composed
    m_body = new JsonView(box);
    m_body->setObjectName(QStringLiteral("deliveryBody"));
    m_activitiesButton
        = makeButton(tr("Fetch the lead's activities"), QStringLiteral("fetchActivitiesButton"), box);
    m_activitiesButton->setEnabled(false);
    connect(m_activitiesButton, &QPushButton::clicked, this, &WebhooksPanel::fetchLeadActivities);
    m_activities = new JsonView(box);
    m_activities->setObjectName(QStringLiteral("activitiesView"));
    m_replayEdit = new QLineEdit(box);
    m_replayEdit->setObjectName(QStringLiteral("replayEdit"));
    m_replayEdit->setPlaceholderText(tr("http://127.0.0.1:3000/webhook"));
    m_replayEdit->setAccessibleName(tr("Replay URL"));
    auto* replay = makeButton(tr("Replay to URL"), QStringLiteral("replayButton"), box);
    connect(replay, &QPushButton::clicked, this, &WebhooksPanel::replaySelected);
    m_replayStatus = new QLabel(box);
    m_replayStatus->setObjectName(QStringLiteral("replayStatus"));
    auto* replayRow = new QHBoxLayout;
    replayRow->addWidget(m_replayEdit, 1);
    replayRow->addWidget(replay);
    replayRow->addWidget(m_activitiesButton);
    auto* detail = new QSplitter(Qt::Horizontal, box);
    detail->addWidget(m_deliveries);
    detail->addWidget(m_headers);
    detail->addWidget(m_body);
    detail->addWidget(m_activities);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(detail, 1);
    layout->addLayout(replayRow);
    layout->addWidget(m_replayStatus);
    return box;
}

void WebhooksPanel::setSession(ConsoleSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &ConsoleSession::profileActivated, this, &WebhooksPanel::onProfileActivated);
    connect(m_session->accounts(), &AccountRegistry::currentAccountChanged, this,
        [this] { m_subscriptions->setRowCount(0); });
    onProfileActivated();
}

QString WebhooksPanel::portSettingsKey() const
{
    return QStringLiteral("webhooks/%1/port").arg(m_session ? m_session->profile().id : QString());
}

void WebhooksPanel::onProfileActivated()
{
    const bool sandbox = m_session->profile().isBuiltInSandbox;
    m_explanation->setText(sandbox
            ? tr(
                "Sandbox: subscribe with the local receiver's http://127.0.0.1 URL; the sandbox delivers its "
                "events there a few seconds after data changes.")
            : tr("Lofty delivers only to a public https:// callback. Run a tunnel of your choice that "
                 "forwards a public HTTPS address to the receiver's port, and subscribe with that address. "
                 "The console "
                 "itself never listens beyond 127.0.0.1."));
    m_portSpin->setValue(QSettings().value(portSettingsKey(), 0).toInt());
    delete m_history;
    m_history = nullptr;
    m_subscriptions->setRowCount(0);
    m_deliveries->setRowCount(0);
    // Beside the profile's request history, in the same private folder.
    const QString folder = m_session->history()->folder();
    if (folder.isEmpty())
        return;
    m_history = new WebhookHistory(
        folder + QStringLiteral("/webhooks-%1.jsonl").arg(m_session->profile().id), this);
    connect(m_history, &WebhookHistory::appended, this,
        [this](int index) { addDeliveryRow(m_history->at(index)); });
    connect(m_history, &WebhookHistory::reset, this, &WebhooksPanel::reloadDeliveries);
    m_history->load();
}

void WebhooksPanel::send(const QString& method, const QString& path, const QByteArray& body,
    const std::function<void(const ApiResponse&)>& done)
{
    if (!m_session || !m_session->requests()) {
        m_subscriptionStatus->setText(tr("Choose a profile and an account first."));
        return;
    }
    ApiRequest request = m_session->requests()->requestFor(method, path);
    request.setHeader("Content-Type", "application/json"); // Lofty refuses a DELETE without it
    request.body = body;
    ApiReply* reply = m_session->requests()->send(request);
    m_replies.append(reply);
    m_subscriptionStatus->setText(tr("%1 %2 …").arg(method, path));
    connect(reply, &ApiReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        const ApiResponse& response = reply->response();
        m_subscriptionStatus->setText(
            response.isSuccess() ? tr("HTTP %1").arg(response.httpStatus) : response.error.toText());
        if (response.isSuccess())
            done(response);
    });
}

void WebhooksPanel::refreshSubscriptions()
{
    send(QStringLiteral("GET"), QStringLiteral("/v1.0/webhooks"), QByteArray(),
        [this](const ApiResponse& response) { showSubscriptions(response); });
}

void WebhooksPanel::showSubscriptions(const ApiResponse& response)
{
    const QJsonArray items = QJsonDocument::fromJson(response.body).array();
    m_subscriptions->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject item = items.at(row).toObject();
        const QStringList cells {cellText(item.value(QStringLiteral("subscribeId"))),
            WebhookDelivery::listName(item.value(QStringLiteral("listId")).toInt()),
            item.value(QStringLiteral("callbackUrl")).toString(),
            cellText(item.value(QStringLiteral("limit"))),
            cellText(item.value(QStringLiteral("permissionMode")))};
        for (int column = 0; column < SubscriptionColumns; ++column)
            m_subscriptions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_subscriptionStatus->setText(tr("%n subscription(s).", nullptr, int(items.size())));
}

void WebhooksPanel::createSubscription()
{
    WebhookSubscription subscription;
    subscription.listId = m_listCombo->currentData().toInt();
    subscription.callbackUrl = m_callbackEdit->text().trimmed();
    subscription.limit = m_limitSpin->value();
    subscription.permissionMode = m_modeCombo->currentData().toInt();
    const QString invalid = subscription.validate(m_session && m_session->profile().isBuiltInSandbox);
    if (!invalid.isEmpty()) {
        m_subscriptionStatus->setText(invalid);
        return;
    }
    send(QStringLiteral("POST"), QStringLiteral("/v1.0/webhook"),
        QJsonDocument(subscription.toJson()).toJson(QJsonDocument::Compact),
        [this](const ApiResponse&) { refreshSubscriptions(); });
}

void WebhooksPanel::deleteSelectedSubscription()
{
    const int row = m_subscriptions->currentRow();
    if (row < 0) {
        m_subscriptionStatus->setText(tr("Select the subscription to delete."));
        return;
    }
    send(QStringLiteral("DELETE"),
        QStringLiteral("/v1.0/webhook/") + m_subscriptions->item(row, IdColumn)->text(), QByteArray(),
        [this](const ApiResponse&) { refreshSubscriptions(); });
}

void WebhooksPanel::toggleReceiver()
{
    if (m_receiver->isListening()) {
        m_receiver->stop();
        return;
    }
    QString error;
    if (!m_receiver->start(quint16(m_portSpin->value()), &error)) {
        m_receiverStatus->setText(error);
        return;
    }
    if (m_session)
        QSettings().setValue(portSettingsKey(), m_portSpin->value());
}

void WebhooksPanel::updateReceiverState()
{
    const bool listening = m_receiver->isListening();
    m_receiverButton->setText(listening ? tr("Stop receiver") : tr("Start receiver"));
    m_portSpin->setEnabled(!listening);
    m_receiverStatus->setText(listening
            ? tr("Listening on %1 (127.0.0.1 only).").arg(m_receiver->url().toString())
            : tr("Stopped."));
}

void WebhooksPanel::onDelivery(const WebhookDelivery& delivery)
{
    if (m_forwardCheck->isChecked())
        forward(delivery, m_forwardEdit->text().trimmed(), m_forwardStatus);
    if (m_history)
        m_history->append(delivery); // appended() adds the row
}

void WebhooksPanel::reloadDeliveries()
{
    m_deliveries->setRowCount(0);
    for (int i = 0; m_history && i < m_history->count(); ++i)
        addDeliveryRow(m_history->at(i));
}

void WebhooksPanel::addDeliveryRow(const WebhookDelivery& delivery)
{
    const int row = m_deliveries->rowCount();
    m_deliveries->insertRow(row);
    m_deliveries->setItem(
        row, TimeColumn, new QTableWidgetItem(delivery.receivedAt.toString(Qt::ISODateWithMs)));
    m_deliveries->setItem(
        row, DeliveryListColumn, new QTableWidgetItem(WebhookDelivery::listName(delivery.listId())));
    m_deliveries->setItem(row, TargetColumn, new QTableWidgetItem(delivery.target));
    m_deliveries->setCurrentCell(row, TimeColumn);
}

void WebhooksPanel::showDelivery(int row)
{
    if (!m_history || row < 0 || row >= m_history->count()) {
        m_headers->setPairs({});
        m_body->clear();
        m_activitiesButton->setEnabled(false);
        return;
    }
    const WebhookDelivery& delivery = m_history->at(row);
    KeyValueTable::Pairs pairs;
    for (const auto& header : delivery.headers)
        pairs.append({QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    m_headers->setPairs(pairs);
    m_body->setJson(delivery.body);
    m_activitiesButton->setEnabled(!delivery.leadActivityLeadId().isEmpty());
}

void WebhooksPanel::fetchLeadActivities()
{
    const int row = m_deliveries->currentRow();
    if (!m_history || row < 0 || row >= m_history->count())
        return;
    const QString leadId = m_history->at(row).leadActivityLeadId();
    send(QStringLiteral("GET"), QStringLiteral("/v1.0/leads/%1/activities").arg(leadId), QByteArray(),
        [this](const ApiResponse& response) { m_activities->setJson(response.body); });
}

void WebhooksPanel::replaySelected()
{
    const int row = m_deliveries->currentRow();
    if (!m_history || row < 0 || row >= m_history->count()) {
        m_replayStatus->setText(tr("Select a delivery to replay."));
        return;
    }
    forward(m_history->at(row), m_replayEdit->text().trimmed(), m_replayStatus);
}

void WebhooksPanel::forward(const WebhookDelivery& delivery, const QString& url, QLabel* status)
{
    auto* job = new WebhookForward(m_network, delivery, QUrl::fromUserInput(url), this);
    status->setText(tr("Posting to %1 …").arg(url));
    connect(job, &WebhookForward::finished, this, [job, status, url](int code, const QString& error) {
        status->setText(error.isEmpty() ? tr("%1 answered HTTP %2.").arg(url).arg(code) : error);
        job->deleteLater();
    });
    job->start();
}
