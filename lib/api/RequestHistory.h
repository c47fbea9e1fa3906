#pragma once

#include "api/HistoryEntry.h"
#include "api/HistorySummary.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

struct ApiResponse;

// Every exchange of one profile, appended as JSON lines to one file (secrets masked before
// anything is written), bounded in size by dropping the oldest entries, searchable, and able to
// turn an entry back into a request.
//
// appendLater() keeps the request's path free: the entry is masked, encoded and written on a
// worker thread, in batches (one open and write per burst), and indexed from the event loop.
//
// Only a small summary of each entry stays in memory (with the line's offset in the file); the
// full entry is read from disk on demand. A torn last line (a crash mid-write) is skipped.
class RequestHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxFileBytes = 64LL * 1024 * 1024;
    static constexpr int DefaultMaxBodyBytes = 256 * 1024;

    using Summary = HistorySummary;
    using Query = HistoryQuery;

    explicit RequestHistory(const QString& filePath, QObject* parent = nullptr);
    ~RequestHistory() override; // writes what appendLater() queued

    QString filePath() const { return m_filePath; }
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }
    void setMaxBodyBytes(int bytes) { m_maxBodyBytes = bytes; }
    int maxBodyBytes() const { return m_maxBodyBytes; }

    // Reads the file's index. A missing file is an empty history. Unreadable lines are skipped
    // and counted (skippedLines()).
    bool load(QString* error = nullptr);
    // The same, with the file read and parsed on a worker thread (the console's window stays
    // responsive with a large history); reset() when the index is in. A load(), clear() or an
    // append that re-reads the file meanwhile wins over the older background result.
    void loadInBackground();
    bool isLoading() const { return m_loading; }
    int skippedLines() const { return m_skippedLines; }

    bool append(const ApiResponse& response, QString* error = nullptr);
    bool append(const HistoryEntry& entry, QString* error = nullptr);
    // Queues the exchange; it is written on a worker thread and entryAppended() follows from
    // the event loop.
    void appendLater(const ApiResponse& response);
    // Writes and indexes everything queued by appendLater() now.
    void flush();
    bool clear(QString* error = nullptr);

    int count() const { return int(m_summaries.size()); }
    const QList<Summary>& summaries() const { return m_summaries; } // oldest first
    std::optional<HistoryEntry> entry(int index) const;
    QList<int> search(const Query& query) const; // indexes, oldest first
    // The same search over a copy of summaries() and the file they index, for a worker thread
    // (the GUI filters off its thread). The file is only appended to or replaced whole, so a
    // stale copy finds stale or no lines, never torn ones.
    static QList<int> search(const QList<Summary>& summaries, const QString& filePath, const Query& query);
    ApiRequest resendRequest(int index) const; // invalid URL when the entry cannot be read

signals:
    void loadingChanged(bool loading);
    void entryAppended(int index);
    void reset(); // loaded, cleared or compacted: indexes changed

private:
    struct WriteQueue;
    struct Written
    {
        qint64 sizeBefore = 0; // of the file when the batch was appended
        QList<Summary> summaries; // offsets in the file
        qint64 sizeAfter = 0;
        QString error;
    };
    static void drain(const std::shared_ptr<WriteQueue>& queue, RequestHistory* history,
        const QString& filePath, int maxBodyBytes);
    static Written writeBatch(
        WriteQueue& queue, const QString& filePath, const QList<ApiResponse>& batch, int maxBodyBytes);
    void applyWritten(const Written& written);
    struct Index
    {
        QList<Summary> summaries;
        qint64 fileSize = 0;
        bool endsWithNewline = true;
        int skippedLines = 0;
        QString error; // set when the file exists but cannot be read
    };

    static Summary summaryOf(const HistoryEntry& entry);
    static Index readIndex(const QString& filePath); // thread-safe: touches no member
    void adoptIndex(const Index& index);
    static bool matchesFields(const Summary& summary, const Query& query);
    static QList<int> searchText(const QList<Summary>& summaries, const QString& filePath,
        const QList<int>& candidates, const QString& text);
    bool compactIfNeeded(QString* error);
    void setError(QString* error, const QString& message) const;

    QString m_filePath;
    qint64 m_maxFileBytes = DefaultMaxFileBytes;
    int m_maxBodyBytes = DefaultMaxBodyBytes;
    QList<Summary> m_summaries;
    qint64 m_fileSize = 0;
    bool m_endsWithNewline = true;
    int m_skippedLines = 0;
    std::shared_ptr<WriteQueue> m_queue;
    QThreadPool m_writer; // one thread: batches are written in the order they were queued
    int m_generation = 0; // of the index; a background load adopts only onto its own generation
    bool m_loading = false;
    QFutureWatcher<Index>* m_loader = nullptr;
};
