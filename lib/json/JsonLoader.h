#pragma once

#include "json/JsonDocumentData.h"
#include "json/JsonParseError.h"
#include "json/JsonReader.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

// Parses JSON on a worker thread so the GUI stays responsive with a 50 MB body. One parse at a
// time: load() cancels the one before, whose result is never delivered. The source buffer is
// shared, not copied. Destroying the loader cancels and waits for its worker.
class JsonLoader : public QObject
{
    Q_OBJECT

public:
    explicit JsonLoader(QObject* parent = nullptr);
    ~JsonLoader() override;

    void setMaxDepth(int depth) { m_maxDepth = depth; }
    void load(const QByteArray& json);
    void cancel(); // no signal follows for the cancelled parse
    bool isBusy() const { return m_current != nullptr; }
    JsonParseError lastError() const { return m_lastError; }

signals:
    void loaded(std::shared_ptr<const JsonDocumentData> document);
    void failed(const QString& error); // JsonParseError::toString(): message with line and column

private:
    struct Job
    {
        std::atomic<bool> cancelled {false};
    };

    void deliver(const std::shared_ptr<Job>& job, std::shared_ptr<const JsonDocumentData> document,
        const JsonParseError& error);

    int m_maxDepth = JsonReader::DefaultMaxDepth;
    std::shared_ptr<Job> m_current;
    QList<std::pair<QPointer<QThread>, std::shared_ptr<Job>>> m_workers;
    JsonParseError m_lastError;
};

Q_DECLARE_METATYPE(std::shared_ptr<const JsonDocumentData>)
