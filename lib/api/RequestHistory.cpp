#include "api/RequestHistory.h"

#include "api/ApiResponse.h"
#include "util/LogCategories.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// When over the bound, keep this fraction of it, so that the next appends do not rewrite the file
// again at once.
constexpr double CompactionTarget = 0.75;

QByteArray jsonEscaped(const QString& text)
{
    // The form `text` takes inside a JSON string, as QJsonDocument writes it.
    const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return quoted.mid(2, quoted.size() - 4);
}

} // namespace

struct RequestHistory::WriteQueue
{
    QMutex mutex;
    QList<ApiResponse> waiting;
    QMutex fileMutex; // held while the writer appends, and while compaction or clear() rewrite
    bool draining = false;
};

RequestHistory::RequestHistory(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_queue(std::make_shared<WriteQueue>())
{
    m_writer.setMaxThreadCount(1);
}

RequestHistory::~RequestHistory()
{
    m_writer.waitForDone(); // what is not indexed any more is still written
}

namespace {
constexpr int MaxWaitingEntries = 256;
}

void RequestHistory::appendLater(const ApiResponse& response)
{
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->waiting.append(response);
        if (!m_queue->draining) {
            m_queue->draining = true;
            m_writer.start([queue = m_queue, this, path = m_filePath, maxBodyBytes = m_maxBodyBytes] {
                drain(queue, this, path, maxBodyBytes);
            });
        }
        if (m_queue->waiting.size() < MaxWaitingEntries)
            return;
    }
    // The writer fell behind (answers arriving faster than it masks and writes them): wait for it
    // instead of holding an ever longer backlog of exchanges in memory.
    m_writer.waitForDone();
}

// On the writer thread: takes what is waiting in one batch until nothing is; each batch is
// indexed on the history's own thread (posted; dropped by Qt if the history is gone).
void RequestHistory::drain(const std::shared_ptr<WriteQueue>& queue, RequestHistory* history,
    const QString& filePath, int maxBodyBytes)
{
    for (;;) {
        QList<ApiResponse> batch;
        {
            QMutexLocker lock(&queue->mutex);
            batch.swap(queue->waiting);
            if (batch.isEmpty()) {
                queue->draining = false;
                return;
            }
        }
        const Written written = writeBatch(*queue, filePath, batch, maxBodyBytes);
        QMetaObject::invokeMethod(
            history, [history, written] { history->applyWritten(written); }, Qt::QueuedConnection);
    }
}

RequestHistory::Written RequestHistory::writeBatch(
    WriteQueue& queue, const QString& filePath, const QList<ApiResponse>& batch, int maxBodyBytes)
{
    Written written;
    QByteArray data;
    QList<Summary> summaries;
    for (const ApiResponse& response : batch) {
        const HistoryEntry entry = HistoryEntry::fromResponse(response, maxBodyBytes);
        const QByteArray line = entry.toJsonLine();
        Summary summary = summaryOf(entry);
        summary.offset = data.size(); // within the batch until the file's size is known
        summary.length = int(line.size());
        summaries.append(summary);
        data += line + '\n';
    }
    QMutexLocker lock(&queue.fileMutex);
    PrivateFiles::ensureFolder(QFileInfo(filePath).absolutePath());
    QFile file(filePath);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append) || !PrivateFiles::restrictFile(filePath)) {
        written.error = file.errorString();
        return written;
    }
    written.sizeBefore = file.size();
    // A crash may have left half a line; start a fresh one so that only that line is lost.
    qint64 lead = 0;
    if (written.sizeBefore > 0 && file.seek(written.sizeBefore - 1) && file.read(1) != "\n") {
        data.prepend('\n');
        lead = 1;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        written.error = file.errorString();
        return written;
    }
    for (Summary& summary : summaries)
        summary.offset += written.sizeBefore + lead;
    written.summaries = summaries;
    written.sizeAfter = written.sizeBefore + data.size();
    return written;
}

void RequestHistory::applyWritten(const Written& written)
{
    if (!written.error.isEmpty()) {
        setError(nullptr, tr("Cannot write the history file %1: %2").arg(m_filePath, written.error));
        return;
    }
    // Another process (or a clear() meanwhile) changed the file: the index is read again.
    if (written.sizeBefore != m_fileSize || !m_endsWithNewline) {
        load();
        compactIfNeeded(nullptr);
        return;
    }
    m_fileSize = written.sizeAfter;
    for (const Summary& summary : written.summaries) {
        m_summaries.append(summary);
        emit entryAppended(count() - 1);
    }
    compactIfNeeded(nullptr);
}

void RequestHistory::flush()
{
    m_writer.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void RequestHistory::setError(QString* error, const QString& message) const
{
    qCWarning(lcApi) << "history" << m_filePath << ":" << message;
    if (error)
        *error = message;
}

RequestHistory::Summary RequestHistory::summaryOf(const HistoryEntry& entry)
{
    Summary summary;
    summary.time = entry.time;
    summary.accountId = entry.accountId;
    summary.endpointId = entry.endpointId;
    summary.method = entry.method;
    summary.url = entry.url;
    summary.status = entry.status;
    summary.elapsedMs = entry.elapsedMs;
    summary.responseBytes = entry.responseBytes;
    summary.errorKind = entry.errorKind;
    summary.errorCode = entry.errorCode;
    summary.renewedAndRetried = entry.renewedAndRetried;
    return summary;
}

RequestHistory::Index RequestHistory::readIndex(const QString& filePath)
{
    Index index;
    QFile file(filePath);
    if (!file.exists())
        return index;
    // An earlier version created history world-readable.
    PrivateFiles::tighten(QFileInfo(filePath).absolutePath());
    if (!file.open(QIODevice::ReadOnly)) {
        index.error = tr("Cannot read the history file %1: %2").arg(filePath, file.errorString());
        return index;
    }
    const QByteArray content = file.readAll();
    index.fileSize = content.size();
    index.endsWithNewline = content.isEmpty() || content.endsWith('\n');
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        if (end > start) {
            bool ok = false;
            const HistoryEntry entry = HistoryEntry::fromJsonLine(
                QByteArray::fromRawData(content.constData() + start, end - start), &ok,
                HistoryEntry::Part::Summary);
            if (ok) {
                Summary summary = summaryOf(entry);
                summary.offset = start;
                summary.length = int(end - start);
                index.summaries.append(summary);
            } else {
                ++index.skippedLines;
            }
        }
        start = end + 1;
    }
    return index;
}

void RequestHistory::adoptIndex(const Index& index)
{
    ++m_generation;
    m_summaries = index.summaries;
    m_fileSize = index.fileSize;
    m_endsWithNewline = index.endsWithNewline;
    m_skippedLines = index.skippedLines;
    if (m_skippedLines > 0)
        qCWarning(lcApi) << "history: skipped" << m_skippedLines << "unreadable line(s) in" << m_filePath;
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    emit reset();
}

bool RequestHistory::load(QString* error)
{
    const Index index = readIndex(m_filePath);
    if (!index.error.isEmpty())
        setError(error, index.error);
    adoptIndex(index);
    return index.error.isEmpty();
}

void RequestHistory::loadInBackground()
{
    if (!m_loader) {
        m_loader = new QFutureWatcher<Index>(this);
        connect(m_loader, &QFutureWatcherBase::finished, this, [this] {
            const Index index = m_loader->result();
            if (m_loader->property("generation").toInt() != m_generation)
                return; // superseded by a load, clear or re-read meanwhile
            if (!index.error.isEmpty())
                setError(nullptr, index.error);
            adoptIndex(index);
        });
    }
    m_loader->setProperty("generation", m_generation);
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    m_loader->setFuture(QtConcurrent::run(&RequestHistory::readIndex, m_filePath));
}

bool RequestHistory::append(const ApiResponse& response, QString* error)
{
    return append(HistoryEntry::fromResponse(response, m_maxBodyBytes), error);
}

bool RequestHistory::append(const HistoryEntry& entry, QString* error)
{
    PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || !PrivateFiles::restrictFile(m_filePath)) {
        setError(error, tr("Cannot write the history file %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    // The console and lofty-console-cli may share this file: when the other one appended or
    // compacted since we indexed it, our offsets are stale and the index is read again below.
    const bool changedElsewhere = file.size() != m_fileSize;
    // A crash may have left half a line; start a fresh one so that only that line is lost.
    QByteArray data = m_endsWithNewline ? QByteArray() : QByteArray("\n");
    const QByteArray line = entry.toJsonLine();
    const qint64 offset = file.size() + data.size();
    data += line + '\n';
    if (file.write(data) != data.size() || !file.flush()) {
        setError(error, tr("Cannot write the history file %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    file.close();
    if (changedElsewhere) {
        if (!load(error)) // emits reset()
            return false;
        return compactIfNeeded(error);
    }
    m_endsWithNewline = true;
    m_fileSize = offset + line.size() + 1;
    Summary summary = summaryOf(entry);
    summary.offset = offset;
    summary.length = int(line.size());
    m_summaries.append(summary);
    emit entryAppended(count() - 1);
    return compactIfNeeded(error);
}

bool RequestHistory::compactIfNeeded(QString* error)
{
    if (m_fileSize <= m_maxFileBytes)
        return true;
    if (QFileInfo(m_filePath).size() != m_fileSize && !load(error)) // changed by another process
        return false;
    QMutexLocker lock(&m_queue->fileMutex);
    const qint64 target = qint64(double(m_maxFileBytes) * CompactionTarget);
    // Keep the newest entries that fit in the target.
    int first = count();
    qint64 kept = 0;
    while (first > 0 && kept + m_summaries[first - 1].length + 1 <= target) {
        --first;
        kept += m_summaries[first].length + 1;
    }
    if (first == count())
        first = count() - 1; // the newest entry stays even when it alone is over the bound
    QFile source(m_filePath);
    if (!source.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read the history file %1: %2").arg(m_filePath, source.errorString()));
        return false;
    }
    QSaveFile rewritten(m_filePath);
    if (!rewritten.open(QIODevice::WriteOnly)) {
        setError(
            error, tr("Cannot rewrite the history file %1: %2").arg(m_filePath, rewritten.errorString()));
        return false;
    }
    QList<Summary> keptSummaries;
    qint64 offset = 0;
    for (int i = first; i < count(); ++i) {
        Summary summary = m_summaries[i];
        const QByteArray line
            = source.seek(summary.offset) ? source.read(summary.length) + '\n' : QByteArray();
        if (line.size() != summary.length + 1 || !line.startsWith('{')
            || rewritten.write(line) != line.size()) {
            rewritten.cancelWriting();
            setError(error,
                tr("The history file %1 changed while it was being compacted; nothing was dropped.")
                    .arg(m_filePath));
            return false;
        }
        summary.offset = offset;
        offset += line.size();
        keptSummaries.append(summary);
    }
    if (!PrivateFiles::commit(rewritten)) {
        setError(
            error, tr("Cannot rewrite the history file %1: %2").arg(m_filePath, rewritten.errorString()));
        return false;
    }
    qCInfo(lcApi) << "history: dropped" << first << "oldest entries of" << m_filePath;
    ++m_generation;
    m_summaries = keptSummaries;
    m_fileSize = offset;
    emit reset();
    return true;
}

bool RequestHistory::clear(QString* error)
{
    flush();
    QMutexLocker lock(&m_queue->fileMutex);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::commit(file)) {
        setError(error, tr("Cannot clear the history file %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    adoptIndex(Index());
    return true;
}

std::optional<HistoryEntry> RequestHistory::entry(int index) const
{
    if (index < 0 || index >= count())
        return std::nullopt;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_summaries[index].offset))
        return std::nullopt;
    bool ok = false;
    HistoryEntry entry = HistoryEntry::fromJsonLine(file.read(m_summaries[index].length), &ok);
    if (!ok)
        return std::nullopt;
    return entry;
}

ApiRequest RequestHistory::resendRequest(int index) const
{
    const std::optional<HistoryEntry> found = entry(index);
    return found ? found->toRequest() : ApiRequest();
}

bool RequestHistory::matchesFields(const Summary& summary, const Query& query)
{
    if (!query.endpointId.isEmpty() && summary.endpointId != query.endpointId)
        return false;
    if (!query.accountId.isEmpty() && summary.accountId != query.accountId)
        return false;
    if (query.status >= 1 && query.status <= 5)
        return summary.status / 100 == query.status;
    return query.status == 0 || summary.status == query.status;
}

QList<int> RequestHistory::search(const Query& query) const
{
    return search(m_summaries, m_filePath, query);
}

QList<int> RequestHistory::search(
    const QList<Summary>& summaries, const QString& filePath, const Query& query)
{
    QList<int> matches;
    for (int i = 0; i < summaries.size(); ++i) {
        if (matchesFields(summaries[i], query))
            matches.append(i);
    }
    if (query.text.isEmpty())
        return matches;
    return searchText(summaries, filePath, matches, query.text);
}

QList<int> RequestHistory::searchText(const QList<Summary>& summaries, const QString& filePath,
    const QList<int>& candidates, const QString& text)
{
    QList<int> matches;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return matches;
    // Lines hold JSON: look for the text as JSON writes it, and as it is (in URLs).
    const QByteArray escaped = jsonEscaped(text).toLower();
    const QByteArray plain = text.toUtf8().toLower();
    for (const int index : candidates) {
        const Summary& summary = summaries[index];
        if (!file.seek(summary.offset))
            continue;
        const QByteArray line = file.read(summary.length).toLower();
        if (line.contains(escaped) || line.contains(plain))
            matches.append(index);
    }
    return matches;
}
