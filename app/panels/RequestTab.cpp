#include "panels/RequestTab.h"

#include "panels/RequestEditor.h"
#include "panels/ResponseView.h"
#include "session/RequestService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSplitter>
#include <QVBoxLayout>

RequestTab::RequestTab(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestTab"));
    m_editor = new RequestEditor(this);
    m_response = new ResponseView(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_editor, &RequestEditor::sendRequested, this, &RequestTab::send);
    connect(m_editor, &RequestEditor::cancelRequested, this, &RequestTab::cancel);
    connect(m_editor, &RequestEditor::copyAsCurlRequested, this, &RequestTab::copyAsCurl);
    connect(m_editor, &RequestEditor::edited, this, &RequestTab::titleChanged);
    connect(m_response, &ResponseView::copied, this, &RequestTab::statusMessage);
}

RequestTab::~RequestTab()
{
    // A tab closed with its request out: the reply goes, and nothing comes back to this tab.
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
}

void RequestTab::setRequestService(RequestService* requests)
{
    if (m_client == requests)
        return;
    cancel();
    m_pending = nullptr;
    setBusy(false);
    m_client = requests;
    m_editor->setRequestService(requests);
}

void RequestTab::profileChanged()
{
    cancel();
    m_editor->profileChanged();
}

QString RequestTab::title() const
{
    const QString summary = m_editor->summaryTitle();
    return summary.isEmpty() ? tr("New request") : summary;
}

void RequestTab::loadRequest(const ApiRequest& request)
{
    m_editor->loadRequest(request);
    m_lastResponse = ApiResponse();
    m_response->clear(tr("No response yet."));
}

void RequestTab::send()
{
    if (!m_client) {
        m_response->setStatus(tr("No account to send with: authorize one first."));
        return;
    }
    cancel();
    const ApiRequest request = m_editor->composedRequest();
    m_lastResponse = ApiResponse();
    m_response->clear(QString());
    m_sendingText = tr("Sending %1 %2…").arg(request.method, request.url.toString());
    ApiReply* reply = m_client->send(request);
    m_pending = reply;
    setBusy(true, m_sendingText);
    connect(reply, &ApiReply::queued, this, [this] { setBusy(true, tr("Waiting for the rate limit…")); });
    connect(reply, &ApiReply::stageChanged, this, &RequestTab::onStageChanged);
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    onStageChanged(reply->stage());
}

void RequestTab::cancel()
{
    if (m_pending)
        m_pending->abort(); // finishes through onFinished
}

void RequestTab::onStageChanged(ApiReply::Stage stage)
{
    // Waiting for the limiter shows only when the reply says it is really held (queued()).
    if (stage == ApiReply::Stage::FetchingToken)
        setBusy(true, tr("Getting a fresh token…"));
    else if (stage == ApiReply::Stage::Sending)
        setBusy(true, m_sendingText);
}

void RequestTab::onFinished(ApiReply* reply)
{
    reply->deleteLater();
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    setBusy(false);
    m_lastResponse = reply->response();
    m_response->showResponse(m_lastResponse, reply->timing());
    emit responseShown(m_lastResponse);
}

void RequestTab::setBusy(bool busy, const QString& text)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_editor->setBusy(busy);
    m_response->setBusy(busy, text);
    if (changed)
        emit busyChanged(busy);
}

void RequestTab::copyAsCurl(bool withSecrets)
{
    // The last response's request is the one as sent (Authorization included, masked below).
    const ApiRequest composed = m_editor->composedRequest();
    const bool sameAsSent
        = m_lastResponse.request.url == composed.url && m_lastResponse.request.method == composed.method;
    const ApiRequest& request = sameAsSent ? m_lastResponse.request : composed;
    QGuiApplication::clipboard()->setText(RequestService::curlCommand(request, withSecrets));
    emit statusMessage(withSecrets
            ? tr("Copied %1 %2 as curl, secrets in clear").arg(request.method, request.url.path())
            : tr("Copied %1 %2 as curl, secrets as shell variables").arg(request.method, request.url.path()));
}
