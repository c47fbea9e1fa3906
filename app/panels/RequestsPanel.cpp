#include "panels/RequestsPanel.h"

#include "api/CurlExport.h"
#include "catalog/EndpointCatalog.h"
#include "widgets/JsonView.h"
#include "widgets/KeyValueTable.h"
#include "widgets/LoftyErrorBanner.h"
#include "json/JsonWriter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int EndpointIdRole = Qt::UserRole + 1;

// The header rows for a newly picked endpoint: the user's own rows stay, Accept and Content-Type
// become what the profile sends for it (RequestDefaults), JSON when it adds none.
KeyValueTable::Pairs headersFor(const KeyValueTable::Pairs& current, const ApiRequest& defaults)
{
    KeyValueTable::Pairs pairs;
    for (const auto& row : current) {
        if (row.first.compare(QLatin1String("Accept"), Qt::CaseInsensitive) != 0
            && row.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            pairs.append(row);
    }
    if (!defaults.hasHeader("Accept"))
        pairs.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    for (const auto& header : defaults.headers)
        pairs.append({QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
    return pairs;
}
// What the user last chose in the timeout box (seconds), kept across runs.
const QString TimeoutSettingKey = QStringLiteral("requests/timeoutSeconds");

QStringList methods()
{
    return {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
        QStringLiteral("DELETE")};
}

} // namespace

RequestsPanel::RequestsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestsPanel"));
    setAccessibleName(tr("Requests"));
    setAccessibleDescription(
        tr("Compose a request from the endpoint catalog, send it and read the response"));

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(createComposer());
    right->addWidget(createResponseArea());
    right->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    splitter->addWidget(createPicker());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    createShortcuts();
    fillPicker();
    setBusy(false);
}

QWidget* RequestsPanel::createPicker()
{
    auto* box = new QWidget(this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("endpointSearch"));
    m_search->setPlaceholderText(tr("Search endpoints (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search endpoints"));
    m_search->setAccessibleDescription(tr("Filters the catalog by path, method, summary, group or API"));
    m_picker = new QTreeWidget(box);
    m_picker->setObjectName(QStringLiteral("endpointPicker"));
    m_picker->setHeaderHidden(true);
    m_picker->setAccessibleName(tr("Endpoints"));
    m_picker->setAccessibleDescription(
        tr("The catalog grouped as in Lofty's documentation; Enter picks one"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_picker, 1);
    connect(m_search, &QLineEdit::textChanged, this, &RequestsPanel::filterPicker);
    m_search->installEventFilter(this);
    // Whatever the picker highlights (mouse or arrow keys) is what the composer shows and what
    // Ctrl+Return sends: loading follows the current item, not only activation.
    connect(m_picker, &QTreeWidget::currentItemChanged, this, &RequestsPanel::onPickerItemActivated);
    connect(m_picker, &QTreeWidget::itemActivated, this, &RequestsPanel::onPickerItemActivated);
    return box;
}

QWidget* RequestsPanel::createComposer()
{
    auto* box = new QWidget(this);
    m_method = new QComboBox(box);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItems(methods());
    m_method->setAccessibleName(tr("HTTP method"));
    m_url = new QLineEdit(box);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setAccessibleDescription(tr("Filled from the parameters; may be edited freely (Ctrl+L)"));
    m_sendButton = new QPushButton(tr("&Send"), box);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setAccessibleDescription(m_sendButton->toolTip());
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Cancel the request (Esc)"));
    m_cancelButton->setAccessibleName(tr("Cancel request"));
    m_cancelButton->setAccessibleDescription(m_cancelButton->toolTip());
    m_timeout = new QSpinBox(box);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, ApiRequest::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s", "seconds"));
    bool remembered = false;
    const int seconds = QSettings().value(TimeoutSettingKey).toInt(&remembered);
    m_timeout->setValue(remembered && seconds >= 1 && seconds <= ApiRequest::MaxTimeoutSeconds
            ? seconds
            : ApiRequest().timeoutSeconds);
    m_timeout->setToolTip(tr("Timeout: the request is abandoned after this many seconds without data"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setAccessibleDescription(m_timeout->toolTip());
    connect(m_timeout, &QSpinBox::valueChanged, this,
        [](int seconds) { QSettings().setValue(TimeoutSettingKey, seconds); });
    m_curlButton = new QToolButton(box);
    m_curlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_curlButton->setText(tr("Copy as &curl"));
    m_curlButton->setToolTip(tr("Copy a curl command; secrets become shell variables (Ctrl+Shift+C)"));
    m_curlButton->setAccessibleName(tr("Copy as curl"));
    m_curlButton->setAccessibleDescription(m_curlButton->toolTip());
    m_curlButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* curlMenu = new QMenu(m_curlButton);
    curlMenu->addAction(tr("Copy with secrets in clear"), this, [this] { copyAsCurl(true); });
    m_curlButton->setMenu(curlMenu);
    connect(m_sendButton, &QPushButton::clicked, this, &RequestsPanel::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &RequestsPanel::cancel);
    connect(m_curlButton, &QToolButton::clicked, this, [this] { copyAsCurl(false); });

    // The request line has a row of its own so that the whole URL shows at 1024 px; the actions
    // follow on the next row, in the order Tab reaches them.
    auto* line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_sendButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_curlButton);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Time&out:"), box));
    actions->addWidget(m_timeout);
    static_cast<QLabel*>(actions->itemAt(actions->count() - 2)->widget())->setBuddy(m_timeout);

    m_endpointSummary = new QLabel(tr("Pick an endpoint, or type a URL."), box);
    m_endpointSummary->setObjectName(QStringLiteral("endpointSummary"));
    m_endpointSummary->setWordWrap(true);

    m_parameterPage = new QWidget;
    m_parameterForm = new QFormLayout(m_parameterPage);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("parameterForm"));
    scroll->setAccessibleName(tr("Path and query parameters"));
    scroll->setWidget(m_parameterPage);
    scroll->setWidgetResizable(true);
    m_headers = new KeyValueTable;
    m_headers->setObjectName(QStringLiteral("requestHeaders"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setPairs({{QStringLiteral("Accept"), QStringLiteral("application/json")}});
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("requestBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setAccessibleDescription(tr("JSON body, pre-filled with the catalog's sample"));
    m_body->setTabChangesFocus(true);
    auto* tabs = new QTabWidget(box);
    tabs->setObjectName(QStringLiteral("composerTabs"));
    tabs->setAccessibleName(tr("Request parts"));
    tabs->addTab(scroll, tr("Pa&rameters"));
    tabs->addTab(m_headers, tr("&Headers"));
    tabs->addTab(m_body, tr("&Body"));

    m_queueLabel = new QLabel(box);
    m_queueLabel->setObjectName(QStringLiteral("rateQueueLabel"));
    m_queueLabel->hide();

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(line);
    layout->addLayout(actions);
    layout->addWidget(m_endpointSummary);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_queueLabel);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestsPanel::send);
    return box;
}

QWidget* RequestsPanel::createResponseArea()
{
    auto* box = new QWidget(this);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("requestProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Request in progress"));
    m_statusLabel = new QLabel(tr("No response yet."), box);
    m_statusLabel->setObjectName(QStringLiteral("responseStatus"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_statusLabel->setAccessibleName(tr("Response status"));
    m_errorBanner = new LoftyErrorBanner(box);
    connect(
        m_errorBanner, &LoftyErrorBanner::registrationRequested, this, &RequestsPanel::registrationRequested);
    m_responseBody = new JsonView;
    m_responseBody->setObjectName(QStringLiteral("responseBody"));
    m_responseHeaders = new QTreeWidget;
    m_responseHeaders->setObjectName(QStringLiteral("responseHeaders"));
    m_responseHeaders->setHeaderLabels({tr("Header"), tr("Value")});
    m_responseHeaders->setRootIsDecorated(false);
    m_responseHeaders->setAccessibleName(tr("Response headers"));
    auto* tabs = new QTabWidget(box);
    tabs->setObjectName(QStringLiteral("responseTabs"));
    tabs->setAccessibleName(tr("Response parts"));
    tabs->addTab(m_responseBody, tr("Response b&ody"));
    tabs->addTab(m_responseHeaders, tr("Response h&eaders"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorBanner);
    layout->addWidget(tabs, 1);
    return box;
}

void RequestsPanel::createShortcuts()
{
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this, slot);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { send(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { send(); });
    add(QKeySequence(Qt::Key_Escape), [this] { cancel(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_url->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyAsCurl(false); });
}

void RequestsPanel::setRequestService(RequestService* requests)
{
    if (m_client == requests)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    cancel();
    m_pending = nullptr;
    setBusy(false);
    m_client = requests;
    if (requests) {
        connect(requests, &RequestService::profileChanged, this, [this] {
            cancel();
            setBusy(false);
            updateUrlFromForm();
        });
        // The wait counts down with the limiter's usage ticks, not only when the queue changes.
        connect(requests, &RequestService::rateUsageChanged, this, &RequestsPanel::updateQueue);
        updateQueue(requests->rateUsage());
    }
    updateUrlFromForm();
}

void RequestsPanel::fillPicker()
{
    const EndpointCatalog& catalog = EndpointCatalog::builtIn();
    QHash<QString, QTreeWidgetItem*> groups;
    for (const QString& group : catalog.groups()) {
        auto* item = new QTreeWidgetItem(m_picker, {group});
        item->setFlags(Qt::ItemIsEnabled);
        groups.insert(group, item);
    }
    for (const CatalogEndpoint& endpoint : catalog.endpoints()) {
        QTreeWidgetItem* group = groups.value(endpoint.group);
        if (!group) {
            group = new QTreeWidgetItem(m_picker, {endpoint.group});
            groups.insert(endpoint.group, group);
        }
        auto* item = new QTreeWidgetItem(group, {endpoint.method + QLatin1Char(' ') + endpoint.pathTemplate});
        item->setData(0, EndpointIdRole, endpoint.id);
        item->setToolTip(0, endpoint.summary + QLatin1Char('\n') + tr("API: %1").arg(endpoint.api));
        item->setData(0, Qt::AccessibleDescriptionRole, endpoint.summary);
    }
    for (int g = m_picker->topLevelItemCount() - 1; g >= 0; --g) {
        if (m_picker->topLevelItem(g)->childCount() == 0) // an API group with no operation of its own
            delete m_picker->takeTopLevelItem(g);
    }
}

void RequestsPanel::filterPicker(const QString& text)
{
    const EndpointCatalog& catalog = EndpointCatalog::builtIn();
    for (int g = 0; g < m_picker->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_picker->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const CatalogEndpoint* endpoint = catalog.find(item->data(0, EndpointIdRole).toString());
            const QString haystack = item->text(0) + QLatin1Char(' ') + group->text(0)
                + (endpoint ? QLatin1Char(' ') + endpoint->summary + QLatin1Char(' ') + endpoint->api
                            + QLatin1Char(' ') + endpoint->id
                            : QString());
            const bool match = text.isEmpty() || haystack.contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
        group->setExpanded(!text.isEmpty() && visible > 0);
    }
}

// Down in the search field moves into the results, onto the first endpoint still shown.
bool RequestsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        for (QTreeWidgetItemIterator it(m_picker, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
            if (!(*it)->data(0, EndpointIdRole).toString().isEmpty()) {
                m_picker->setCurrentItem(*it);
                break;
            }
        }
        m_picker->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RequestsPanel::onPickerItemActivated(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString id = item->data(0, EndpointIdRole).toString();
    if (!id.isEmpty())
        selectEndpoint(id);
}

bool RequestsPanel::selectEndpoint(const QString& endpointId)
{
    const CatalogEndpoint* endpoint = EndpointCatalog::builtIn().find(endpointId);
    if (!endpoint)
        return false;
    showEndpoint(*endpoint);
    if (m_client)
        m_headers->setPairs(headersFor(m_headers->pairs(), m_client->requestFor(*endpoint, {})));
    const QString sample = endpoint->sampleBody.isEmpty()
        ? QString()
        : QString::fromUtf8(JsonWriter::reformat(endpoint->sampleBody, JsonWriter::Pretty));
    m_body->setPlainText(sample);
    updateUrlFromForm();
    return true;
}

void RequestsPanel::showEndpoint(const CatalogEndpoint& endpoint)
{
    m_endpointId = endpoint.id;
    m_method->setCurrentText(endpoint.method);
    m_endpointSummary->setText(tr("%1 — needs the API \"%2\"").arg(endpoint.summary, endpoint.api));
    buildParameterForm(endpoint);
    for (int g = 0; g < m_picker->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_picker->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, EndpointIdRole).toString() == endpoint.id) {
                const QSignalBlocker blocker(m_picker);
                group->setExpanded(true);
                m_picker->setCurrentItem(group->child(i));
            }
        }
    }
}

void RequestsPanel::buildParameterForm(const CatalogEndpoint& endpoint)
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_pathEditors.clear();
    m_queryEditors.clear();
    auto addRows = [this](const QList<CatalogParameter>& parameters, QMap<QString, QWidget*>* editors,
                       bool inPath) {
        for (const CatalogParameter& parameter : parameters) {
            QWidget* editor = parameterEditor(parameter);
            const QString where = inPath ? tr("path") : tr("query");
            const QString label = parameter.required ? tr("%1 (%2, required):").arg(parameter.name, where)
                                                     : tr("%1 (%2):").arg(parameter.name, where);
            editor->setAccessibleName(parameter.name);
            editor->setAccessibleDescription(
                tr("%1 parameter of type %2. %3").arg(where, parameter.type, parameter.description));
            editor->setToolTip(parameter.description);
            m_parameterForm->addRow(label, editor);
            editors->insert(parameter.name, editor);
        }
    };
    addRows(endpoint.pathParameters, &m_pathEditors, true);
    addRows(endpoint.queryParameters, &m_queryEditors, false);
    if (m_parameterForm->rowCount() == 0)
        m_parameterForm->addRow(new QLabel(tr("This endpoint takes no parameters.")));
}

QWidget* RequestsPanel::parameterEditor(const CatalogParameter& parameter)
{
    QWidget* editor = nullptr;
    if (parameter.type == QLatin1String("enum") || parameter.type == QLatin1String("bool")) {
        auto* combo = new QComboBox;
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(parameter.type == QLatin1String("bool")
                ? QStringList {QStringLiteral("true"), QStringLiteral("false")}
                : parameter.allowedValues);
        connect(combo, &QComboBox::currentTextChanged, this, &RequestsPanel::updateUrlFromForm);
        editor = combo;
    } else {
        auto* line = new QLineEdit;
        QString hint = parameter.type;
        if (!parameter.defaultValue.isEmpty())
            hint += tr(", default %1").arg(parameter.defaultValue);
        line->setPlaceholderText(hint);
        connect(line, &QLineEdit::textChanged, this, &RequestsPanel::updateUrlFromForm);
        editor = line;
    }
    editor->setObjectName(QStringLiteral("param_") + parameter.name);
    return editor;
}

QString RequestsPanel::editorText(const QWidget* editor)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(editor))
        return line->text();
    if (const auto* combo = qobject_cast<const QComboBox*>(editor))
        return combo->currentText();
    return QString();
}

bool RequestsPanel::setParameter(const QString& name, const QString& value)
{
    QWidget* editor = m_pathEditors.value(name, m_queryEditors.value(name));
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentText(value);
    else
        return false;
    updateUrlFromForm();
    return true;
}

void RequestsPanel::updateUrlFromForm()
{
    const CatalogEndpoint* endpoint = EndpointCatalog::builtIn().find(m_endpointId);
    if (!endpoint || !m_client)
        return;
    QMap<QString, QString> pathValues;
    for (auto it = m_pathEditors.cbegin(); it != m_pathEditors.cend(); ++it)
        pathValues.insert(it.key(), editorText(it.value()));
    QList<QPair<QString, QString>> query;
    for (const CatalogParameter& parameter : endpoint->queryParameters)
        query.append({parameter.name, editorText(m_queryEditors.value(parameter.name))});
    m_url->setText(m_client->requestFor(*endpoint, pathValues, query).url.toString());
}

ApiRequest RequestsPanel::composedRequest() const
{
    ApiRequest request = m_client
        ? m_client->requestFor(m_method->currentText(), m_url->text().trimmed())
        : ApiRequest::fromUrl(m_method->currentText(), QUrl(m_url->text().trimmed()));
    for (const auto& header : m_headers->pairs())
        request.setHeader(header.first.toUtf8(), header.second.toUtf8());
    if (request.method != QLatin1String("GET") && request.method != QLatin1String("DELETE"))
        request.body = m_body->toPlainText().toUtf8();
    if (!request.body.isEmpty() && !request.hasHeader("Content-Type"))
        request.setHeader("Content-Type", "application/json");
    const CatalogEndpoint* match = EndpointCatalog::builtIn().match(request.method, request.url.path());
    request.endpointId = match ? match->id : QString();
    request.timeoutSeconds = m_timeout->value();
    return request;
}

void RequestsPanel::loadRequest(const ApiRequest& request)
{
    const CatalogEndpoint* endpoint = EndpointCatalog::builtIn().match(request.method, request.url.path());
    if (endpoint)
        showEndpoint(*endpoint);
    else
        m_endpointId.clear();
    m_method->setCurrentText(request.method);
    m_url->setText(request.url.toString());
    KeyValueTable::Pairs headers;
    for (const auto& header : request.headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) != 0)
            headers.append({QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
    }
    m_headers->setPairs(headers);
    m_body->setPlainText(QString::fromUtf8(request.body));
    clearResponse(tr("No response yet."));
}

// What is on screen always belongs to the composed request: a response to another one goes.
void RequestsPanel::clearResponse(const QString& status)
{
    m_lastResponse = ApiResponse();
    m_errorBanner->clear();
    m_responseHeaders->clear();
    m_responseBody->clear();
    m_statusLabel->setText(status);
}

void RequestsPanel::send()
{
    if (!m_client) {
        m_statusLabel->setText(tr("No account to send with: authorize one first."));
        return;
    }
    cancel();
    const ApiRequest request = composedRequest();
    clearResponse(QString());
    m_sendingText = tr("Sending %1 %2…").arg(request.method, request.url.toString());
    setBusy(true, m_sendingText);
    ApiReply* reply = m_client->send(request);
    m_pending = reply;
    connect(reply, &ApiReply::queued, this, [this] { setBusy(true, tr("Waiting for the rate limit…")); });
    connect(reply, &ApiReply::stageChanged, this, &RequestsPanel::onStageChanged);
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    onStageChanged(reply->stage());
}

void RequestsPanel::cancel()
{
    if (m_pending)
        m_pending->abort(); // finishes through onFinished
}

void RequestsPanel::onStageChanged(ApiReply::Stage stage)
{
    // Waiting for the limiter shows only when the reply says it is really held (queued()).
    switch (stage) {
    case ApiReply::Stage::WaitingForRateLimit:
        break;
    case ApiReply::Stage::FetchingToken:
        setBusy(true, tr("Getting a fresh token…"));
        break;
    case ApiReply::Stage::Sending:
        setBusy(true, m_sendingText);
        break;
    case ApiReply::Stage::Finished:
        break;
    }
}

void RequestsPanel::onFinished(ApiReply* reply)
{
    reply->deleteLater();
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    setBusy(false);
    showResponse(reply->response());
}

void RequestsPanel::showResponse(const ApiResponse& response)
{
    m_lastResponse = response;
    const QLocale locale;
    if (response.httpStatus > 0) {
        // Body and headers apart: the body size is the one History shows too.
        const qint64 bodyBytes = response.body.size();
        m_statusLabel->setText(
            tr("HTTP %1 %2 · %3 ms · body %4 · headers %5")
                .arg(response.httpStatus)
                .arg(QString::fromUtf8(response.reasonPhrase))
                .arg(response.elapsedMs)
                .arg(locale.formattedDataSize(bodyBytes),
                    locale.formattedDataSize(std::max<qint64>(0, response.bytesReceived - bodyBytes))));
    } else {
        m_statusLabel->setText(tr("No answer: %1").arg(response.error.title()));
    }
    if (response.waitedMs > 0)
        m_statusLabel->setText(m_statusLabel->text() + tr(" · waited %1 ms").arg(response.waitedMs));
    m_errorBanner->setError(response.error);
    m_responseHeaders->clear();
    for (const auto& header : response.headers)
        new QTreeWidgetItem(
            m_responseHeaders, {QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
    m_responseBody->setJson(response.body);
    emit responseShown(response);
}

void RequestsPanel::copyAsCurl(bool withSecrets)
{
    // The last response's request is the one as sent (Authorization included, masked below).
    const ApiRequest composed = composedRequest();
    const bool sameAsSent
        = m_lastResponse.request.url == composed.url && m_lastResponse.request.method == composed.method;
    const ApiRequest& request = sameAsSent ? m_lastResponse.request : composed;
    QApplication::clipboard()->setText(CurlExport::toCurl(
        request, withSecrets ? CurlExport::Secrets::InClear : CurlExport::Secrets::Masked));
    emit statusMessage(withSecrets
            ? tr("Copied %1 %2 as curl, secrets in clear").arg(request.method, request.url.path())
            : tr("Copied %1 %2 as curl, secrets as shell variables").arg(request.method, request.url.path()));
}

void RequestsPanel::updateQueue(const RateUsage& usage)
{
    m_queueLabel->setVisible(usage.queued > 0);
    if (usage.queued > 0) {
        m_queueLabel->setText(
            tr("%n request(s) held by the rate limit; the next slot frees in %1 s (Esc cancels)", nullptr,
                usage.queued)
                .arg(usage.secondsToReset));
    }
}

void RequestsPanel::setBusy(bool busy, const QString& text)
{
    m_progress->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (busy && !text.isEmpty())
        m_statusLabel->setText(text);
}
