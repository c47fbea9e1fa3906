#include "panels/RequestEditor.h"

#include "catalog/EndpointCatalog.h"
#include "catalog/ProfileCatalog.h"
#include "session/RequestService.h"
#include "widgets/KeyValueTable.h"
#include "json/JsonWriter.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// What the user last chose in the timeout box (seconds), kept across runs.
const QString TimeoutSettingKey = QStringLiteral("requests/timeoutSeconds");

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

int rememberedTimeout()
{
    bool remembered = false;
    const int seconds = QSettings().value(TimeoutSettingKey).toInt(&remembered);
    return remembered && seconds >= 1 && seconds <= ApiRequest::MaxTimeoutSeconds
        ? seconds
        : ApiRequest().timeoutSeconds;
}

} // namespace

RequestEditor::RequestEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestEditor"));
    m_endpointSummary = new QLabel(tr("Pick an endpoint, or type a URL."), this);
    m_endpointSummary->setObjectName(QStringLiteral("endpointSummary"));
    m_endpointSummary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    // The request line has a row of its own so that the whole URL shows at 1024 px; the actions
    // follow on the next row, in the order Tab reaches them.
    layout->addLayout(createRequestLine());
    layout->addLayout(createActions());
    layout->addWidget(m_endpointSummary);
    layout->addWidget(createParts(), 1);
    setBusy(false);
}

QLayout* RequestEditor::createRequestLine()
{
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    m_method->setAccessibleName(tr("HTTP method"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setAccessibleDescription(tr("Filled from the parameters; may be edited freely (Ctrl+L)"));
    connect(m_url, &QLineEdit::returnPressed, this, &RequestEditor::sendRequested);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_urlFollowsForm = false; // typed by hand: a new base URL must not overwrite it
        emit edited();
    });
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestEditor::edited);
    auto* line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    return line;
}

QLayout* RequestEditor::createActions()
{
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setAccessibleDescription(m_sendButton->toolTip());
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Cancel the request (Esc)"));
    m_cancelButton->setAccessibleName(tr("Cancel request"));
    m_cancelButton->setAccessibleDescription(m_cancelButton->toolTip());
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, ApiRequest::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_timeout->setValue(rememberedTimeout());
    m_timeout->setToolTip(tr("Timeout: the request is abandoned after this many seconds without data"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setAccessibleDescription(m_timeout->toolTip());
    connect(m_timeout, &QSpinBox::valueChanged, this,
        [](int seconds) { QSettings().setValue(TimeoutSettingKey, seconds); });
    m_curlButton = new QToolButton(this);
    m_curlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_curlButton->setText(tr("Copy as &curl"));
    m_curlButton->setToolTip(tr("Copy a curl command; secrets become shell variables (Ctrl+Shift+C)"));
    m_curlButton->setAccessibleName(tr("Copy as curl"));
    m_curlButton->setAccessibleDescription(m_curlButton->toolTip());
    m_curlButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* curlMenu = new QMenu(m_curlButton);
    curlMenu->addAction(tr("Copy with secrets in clear"), this, [this] { emit copyAsCurlRequested(true); });
    m_curlButton->setMenu(curlMenu);
    connect(m_sendButton, &QPushButton::clicked, this, &RequestEditor::sendRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    connect(m_curlButton, &QToolButton::clicked, this, [this] { emit copyAsCurlRequested(false); });

    auto* timeoutLabel = new QLabel(tr("Time&out:"), this);
    timeoutLabel->setBuddy(m_timeout);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_sendButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_curlButton);
    actions->addStretch(1);
    actions->addWidget(timeoutLabel);
    actions->addWidget(m_timeout);
    return actions;
}

QWidget* RequestEditor::createParts()
{
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
    connect(m_headers, &KeyValueTable::edited, this, &RequestEditor::edited);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("requestBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setAccessibleDescription(tr("JSON body, pre-filled with the catalog's sample"));
    m_body->setTabChangesFocus(true);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestEditor::edited);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("composerTabs"));
    tabs->setAccessibleName(tr("Request parts"));
    tabs->addTab(scroll, tr("Pa&rameters"));
    tabs->addTab(m_headers, tr("&Headers"));
    tabs->addTab(m_body, tr("&Body"));
    return tabs;
}

void RequestEditor::setRequestService(RequestService* requests)
{
    if (m_client == requests)
        return;
    m_client = requests;
    profileChanged();
}

void RequestEditor::profileChanged()
{
    if (m_urlFollowsForm)
        updateUrlFromForm();
}

void RequestEditor::setBusy(bool busy)
{
    m_cancelButton->setEnabled(busy);
}

void RequestEditor::setCatalog(ProfileCatalog* catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &ProfileCatalog::catalogChanged, this, &RequestEditor::onCatalogChanged);
    onCatalogChanged();
}

void RequestEditor::onCatalogChanged()
{
    if (const CatalogEndpoint* endpoint = ProfileCatalog::of(m_catalog).find(m_endpointId))
        showEndpoint(*endpoint);
    else if (!m_endpointId.isEmpty()) {
        m_endpointId.clear();
        emit endpointShown(QString());
    }
}

void RequestEditor::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
}

bool RequestEditor::selectEndpoint(const QString& endpointId)
{
    const CatalogEndpoint* endpoint = ProfileCatalog::of(m_catalog).find(endpointId);
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

void RequestEditor::showEndpoint(const CatalogEndpoint& endpoint)
{
    m_endpointId = endpoint.id;
    m_method->setCurrentText(endpoint.method);
    m_endpointSummary->setText(tr("%1 — needs the API \"%2\"").arg(endpoint.summary, endpoint.api));
    buildParameterForm(endpoint);
    emit endpointShown(m_endpointId);
}

void RequestEditor::buildParameterForm(const CatalogEndpoint& endpoint)
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
            // The accessible name says what the row's label says, so a screen reader reads the
            // same words (where and whether required) that a sighted user sees.
            editor->setAccessibleName(label.chopped(1));
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

QWidget* RequestEditor::parameterEditor(const CatalogParameter& parameter)
{
    QWidget* editor = nullptr;
    if (parameter.type == QLatin1String("enum") || parameter.type == QLatin1String("bool")) {
        auto* combo = new QComboBox;
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(parameter.type == QLatin1String("bool")
                ? QStringList {QStringLiteral("true"), QStringLiteral("false")}
                : parameter.allowedValues);
        connect(combo, &QComboBox::currentTextChanged, this, &RequestEditor::updateUrlFromForm);
        editor = combo;
    } else {
        auto* line = new QLineEdit;
        QString hint = parameter.type;
        if (!parameter.defaultValue.isEmpty())
            hint += tr(", default %1").arg(parameter.defaultValue);
        line->setPlaceholderText(hint);
        connect(line, &QLineEdit::textChanged, this, &RequestEditor::updateUrlFromForm);
        editor = line;
    }
    editor->setObjectName(QStringLiteral("param_") + parameter.name);
    return editor;
}

// The form shows the values of the loaded URL, so that a later rebuild of the URL from the form
// (another profile's base URL) keeps them.
void RequestEditor::fillFormFrom(const CatalogEndpoint& endpoint, const QUrl& url)
{
    const QStringList templateParts = endpoint.pathTemplate.split(QLatin1Char('/'));
    const QStringList parts = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'));
    const int offset = int(parts.size() - templateParts.size()); // the base URL may add a prefix
    for (int i = 0; offset >= 0 && i < templateParts.size(); ++i) {
        const QString& part = templateParts.at(i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
            setEditorText(m_pathEditors.value(part.mid(1, part.size() - 2)), parts.at(offset + i));
    }
    const QUrlQuery query(url);
    for (auto it = m_queryEditors.cbegin(); it != m_queryEditors.cend(); ++it)
        setEditorText(it.value(), query.queryItemValue(it.key(), QUrl::FullyDecoded));
}

void RequestEditor::setEditorText(QWidget* editor, const QString& text)
{
    const QSignalBlocker blocker(editor);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(text);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentText(text);
}

QString RequestEditor::editorText(const QWidget* editor)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(editor))
        return line->text();
    if (const auto* combo = qobject_cast<const QComboBox*>(editor))
        return combo->currentText();
    return QString();
}

bool RequestEditor::setParameter(const QString& name, const QString& value)
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

void RequestEditor::updateUrlFromForm()
{
    const CatalogEndpoint* endpoint = ProfileCatalog::of(m_catalog).find(m_endpointId);
    if (!endpoint || !m_client)
        return;
    QMap<QString, QString> pathValues;
    for (auto it = m_pathEditors.cbegin(); it != m_pathEditors.cend(); ++it)
        pathValues.insert(it.key(), editorText(it.value()));
    QList<QPair<QString, QString>> query;
    for (const CatalogParameter& parameter : endpoint->queryParameters)
        query.append({parameter.name, editorText(m_queryEditors.value(parameter.name))});
    m_url->setText(m_client->requestFor(*endpoint, pathValues, query).url.toString());
    m_urlFollowsForm = true;
    emit edited();
}

ApiRequest RequestEditor::composedRequest() const
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
    const CatalogEndpoint* match = ProfileCatalog::of(m_catalog).match(request.method, request.url.path());
    request.endpointId = match ? match->id : QString();
    request.timeoutSeconds = m_timeout->value();
    return request;
}

QString RequestEditor::summaryTitle() const
{
    // Until every path parameter has a value, the endpoint's template says more than the URL.
    const CatalogEndpoint* endpoint = ProfileCatalog::of(m_catalog).find(m_endpointId);
    const bool unfilled = std::any_of(m_pathEditors.cbegin(), m_pathEditors.cend(),
        [](const QWidget* editor) { return editorText(editor).isEmpty(); });
    if (endpoint && unfilled)
        return m_method->currentText() + QLatin1Char(' ') + endpoint->pathTemplate;
    const QUrl url(m_url->text().trimmed());
    if (url.path().isEmpty())
        return QString();
    return m_method->currentText() + QLatin1Char(' ') + url.path();
}

void RequestEditor::loadRequest(const ApiRequest& request)
{
    const CatalogEndpoint* endpoint = ProfileCatalog::of(m_catalog).match(request.method, request.url.path());
    if (endpoint) {
        showEndpoint(*endpoint);
        fillFormFrom(*endpoint, request.url);
    } else {
        m_endpointId.clear();
        emit endpointShown(QString());
    }
    m_method->setCurrentText(request.method);
    m_url->setText(request.url.toString());
    // A loaded URL the form does not describe (extra query items, another host) is kept as it is
    // when the profile's base URL changes.
    m_urlFollowsForm = false;
    KeyValueTable::Pairs headers;
    for (const auto& header : request.headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) != 0)
            headers.append({QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
    }
    m_headers->setPairs(headers);
    m_body->setPlainText(QString::fromUtf8(request.body));
    emit edited();
}
