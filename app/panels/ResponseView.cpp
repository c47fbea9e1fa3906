#include "panels/ResponseView.h"

#include "widgets/JsonView.h"
#include "widgets/LoftyErrorBanner.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

ResponseView::ResponseView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("responseView"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("requestProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Request in progress"));
    m_status = new QLabel(tr("No response yet."), this);
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Response status"));
    m_timing = new QLabel(this);
    m_timing->setObjectName(QStringLiteral("responseTiming"));
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timing->setAccessibleName(tr("Response timing"));
    m_timing->hide();
    m_errorBanner = new LoftyErrorBanner(this);
    connect(
        m_errorBanner, &LoftyErrorBanner::registrationRequested, this, &ResponseView::registrationRequested);
    m_body = new JsonView;
    m_body->setObjectName(QStringLiteral("responseBody"));
    connect(m_body, &JsonView::copied, this, &ResponseView::copied);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("responseTabs"));
    tabs->setAccessibleName(tr("Response parts"));
    // "Time&out" in the composer has the o: the body's mnemonic is y.
    tabs->addTab(m_body, tr("Response bod&y"));
    tabs->addTab(createHeaderTable(), tr("Response h&eaders"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_timing);
    layout->addWidget(m_errorBanner);
    layout->addWidget(tabs, 1);
    setBusy(false);
}

QWidget* ResponseView::createHeaderTable()
{
    m_headers = new QTreeWidget;
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->setAccessibleName(tr("Response headers"));
    const auto add = [this](const QString& name, const QString& text, int column) {
        auto* action = new QAction(text, m_headers);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, column] { copyHeader(column); });
        m_headers->addAction(action);
    };
    add(QStringLiteral("copyHeaderValueAction"), tr("Copy value"), 1);
    add(QStringLiteral("copyHeaderNameAction"), tr("Copy key"), 0);
    m_headers->setContextMenuPolicy(Qt::ActionsContextMenu);
    return m_headers;
}

void ResponseView::copyHeader(int column)
{
    const QTreeWidgetItem* item = m_headers->currentItem();
    if (!item)
        return;
    QGuiApplication::clipboard()->setText(item->text(column));
    emit copied(column == 0 ? tr("Copied the header name %1").arg(item->text(0))
                            : tr("Copied the value of the header %1").arg(item->text(0)));
}

void ResponseView::setBusy(bool busy, const QString& text)
{
    m_progress->setVisible(busy);
    if (busy && !text.isEmpty())
        m_status->setText(text);
}

void ResponseView::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ResponseView::clear(const QString& status)
{
    m_errorBanner->clear();
    m_headers->clear();
    m_body->clear();
    m_timing->clear();
    m_timing->hide();
    m_status->setText(status);
}

QString ResponseView::timingText() const
{
    return m_timing->text();
}

QString ResponseView::timingLine(const ApiReply::Timing& timing)
{
    const auto ms = [](qint64 value) { return tr("%1 ms").arg(value); };
    QStringList parts;
    parts << tr("queued %1").arg(ms(timing.queuedMs));
    parts << tr("token %1").arg(ms(timing.tokenMs));
    parts << (timing.connectMs >= 0 ? tr("connect %1").arg(ms(timing.connectMs)) : tr("connection reused"));
    if (timing.firstByteMs >= 0)
        parts << tr("first byte %1").arg(ms(timing.firstByteMs));
    parts << tr("total %1").arg(ms(timing.totalMs));
    return tr("Timing: %1").arg(parts.join(QStringLiteral(" · ")));
}

void ResponseView::showResponse(const ApiResponse& response, const ApiReply::Timing& timing)
{
    const QLocale locale;
    if (response.httpStatus > 0) {
        // Body and headers apart: the body size is the one History shows too.
        const qint64 bodyBytes = response.body.size();
        // The head arrived, then the connection failed (dropped, reset, timed out): not a success.
        const LoftyError::Kind kind = response.error.kind();
        const bool brokeOff = kind == LoftyError::Kind::NetworkError || kind == LoftyError::Kind::Timeout;
        m_status->setText(
            (brokeOff ? tr("HTTP %1 %2, then the answer broke off · %3 ms · body %4 · headers %5")
                      : tr("HTTP %1 %2 · %3 ms · body %4 · headers %5"))
                .arg(response.httpStatus)
                .arg(QString::fromUtf8(response.reasonPhrase))
                .arg(response.elapsedMs)
                .arg(locale.formattedDataSize(bodyBytes),
                    locale.formattedDataSize(std::max<qint64>(0, response.bytesReceived - bodyBytes))));
    } else {
        m_status->setText(tr("No answer: %1").arg(response.error.title()));
    }
    if (response.waitedMs > 0)
        m_status->setText(m_status->text() + tr(" · waited %1 ms").arg(response.waitedMs));
    m_timing->setText(timingLine(timing));
    m_timing->setVisible(response.startedAt.isValid());
    m_errorBanner->setError(response.error);
    m_headers->clear();
    for (const auto& header : response.headers)
        new QTreeWidgetItem(m_headers, {QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
    m_body->setJson(response.body);
}
