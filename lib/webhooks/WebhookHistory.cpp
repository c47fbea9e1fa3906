#include "webhooks/WebhookHistory.h"

#include "util/PrivateFiles.h"
#include "util/SecretMasker.h"
#include "util/SecretMaskingRules.h"
#include "webhooks/WebhookLog.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// When over a bound, keep this fraction of it so that the next appends do not rewrite at once.
constexpr double CompactionTarget = 0.75;

} // namespace

WebhookHistory::WebhookHistory(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
{ }

bool WebhookHistory::fail(QString* error, const QString& message) const
{
    qCWarning(lcWebhooks) << "webhook history:" << message;
    if (error)
        *error = message;
    return false;
}

WebhookDelivery WebhookHistory::masked(const WebhookDelivery& delivery)
{
    SecretMasker& masker = SecretMasker::global();
    WebhookDelivery result = delivery;
    for (auto& header : result.headers) {
        const QString name = QString::fromLatin1(header.first);
        // UTF-8: a mask contains "…".
        const QString value = SecretMaskingRules::maskHeaderValue(name, QString::fromUtf8(header.second));
        header.second = masker.redact(value).toUtf8();
    }
    const QString body = SecretMaskingRules::maskByName(QString::fromUtf8(delivery.body));
    result.body = masker.redact(body).toUtf8();
    return result;
}

bool WebhookHistory::load(QString* error)
{
    m_entries.clear();
    m_lineBytes.clear();
    m_fileBytes = 0;
    QFile file(m_filePath);
    if (!file.exists()) {
        emit reset();
        return true;
    }
    PrivateFiles::tighten(QFileInfo(m_filePath).absolutePath());
    if (!file.open(QIODevice::ReadOnly)) {
        emit reset();
        return fail(error, tr("Cannot read the webhook history %1: %2").arg(m_filePath, file.errorString()));
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        bool ok = false;
        const WebhookDelivery delivery = WebhookDelivery::fromJsonLine(line.trimmed(), &ok);
        if (!ok)
            continue; // a torn line from a crash mid-write
        m_entries.append(delivery);
        m_lineBytes.append(line.size() + (line.endsWith('\n') ? 0 : 1));
        m_fileBytes += m_lineBytes.last();
    }
    emit reset();
    return true;
}

bool WebhookHistory::append(const WebhookDelivery& delivery, QString* error)
{
    const WebhookDelivery entry = masked(delivery);
    const QByteArray line = entry.toJsonLine() + '\n';
    if (!PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath()))
        return fail(error, tr("Cannot create the folder of the webhook history %1.").arg(m_filePath));
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || !PrivateFiles::restrictFile(m_filePath))
        return fail(error, tr("Cannot write the webhook history %1: %2").arg(m_filePath, file.errorString()));
    // A torn last line (crash mid-write) gets a newline first so that only it is lost.
    const bool torn = file.size() > 0 && file.size() != m_fileBytes;
    const QByteArray data = torn ? '\n' + line : line;
    if (file.write(data) != data.size() || !file.flush())
        return fail(error, tr("Cannot write the webhook history %1: %2").arg(m_filePath, file.errorString()));
    file.close();
    m_entries.append(entry);
    m_lineBytes.append(line.size());
    m_fileBytes = torn ? QFileInfo(m_filePath).size() : m_fileBytes + line.size();
    if (m_entries.size() > m_maxEntries || m_fileBytes > m_maxFileBytes)
        return rewrite(error);
    emit appended(count() - 1);
    return true;
}

bool WebhookHistory::rewrite(QString* error)
{
    const int entryTarget = qMax(1, int(m_maxEntries * CompactionTarget));
    const qint64 byteTarget = qint64(double(m_maxFileBytes) * CompactionTarget);
    int first = count() - 1; // the newest stays even when it alone is over the bound
    qint64 kept = m_lineBytes.last();
    while (first > 0 && count() - first < entryTarget && kept + m_lineBytes[first - 1] <= byteTarget) {
        --first;
        kept += m_lineBytes[first];
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            error, tr("Cannot rewrite the webhook history %1: %2").arg(m_filePath, file.errorString()));
    for (int i = first; i < count(); ++i)
        file.write(m_entries[i].toJsonLine() + '\n');
    if (!PrivateFiles::commit(file))
        return fail(
            error, tr("Cannot rewrite the webhook history %1: %2").arg(m_filePath, file.errorString()));
    qCInfo(lcWebhooks) << "webhook history: dropped the" << first << "oldest deliveries";
    m_entries.erase(m_entries.begin(), m_entries.begin() + first);
    m_lineBytes.erase(m_lineBytes.begin(), m_lineBytes.begin() + first);
    m_fileBytes = QFileInfo(m_filePath).size();
    emit reset();
    return true;
}

bool WebhookHistory::clear(QString* error)
{
    QSaveFile file(m_filePath);
    if (!PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || !PrivateFiles::commit(file))
        return fail(error, tr("Cannot clear the webhook history %1: %2").arg(m_filePath, file.errorString()));
    m_entries.clear();
    m_lineBytes.clear();
    m_fileBytes = 0;
    emit reset();
    return true;
}
