#include "json/JsonLoader.h"

JsonLoader::JsonLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const JsonDocumentData>>();
}

JsonLoader::~JsonLoader()
{
    for (auto& [thread, job] : m_workers) {
        job->cancelled = true;
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

void JsonLoader::load(const QByteArray& json)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_current = job;
    const int maxDepth = m_maxDepth;
    QThread* thread = QThread::create([this, job, json, maxDepth] {
        JsonReader reader;
        reader.setMaxDepth(maxDepth);
        reader.setCancelFlag(&job->cancelled);
        JsonParseError error;
        std::shared_ptr<const JsonDocumentData> document = reader.read(json, &error);
        QMetaObject::invokeMethod(
            this, [this, job, document, error] { deliver(job, document, error); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("JsonLoader"));
    connect(thread, &QThread::finished, this, [this, thread] {
        m_workers.removeIf([thread](const auto& worker) { return worker.first == thread || !worker.first; });
        thread->deleteLater();
    });
    m_workers.append({thread, job});
    thread->start();
}

void JsonLoader::cancel()
{
    if (!m_current)
        return;
    m_current->cancelled = true;
    m_current.reset();
}

void JsonLoader::deliver(const std::shared_ptr<Job>& job, std::shared_ptr<const JsonDocumentData> document,
    const JsonParseError& error)
{
    if (job != m_current)
        return; // cancelled or replaced by a newer load()
    m_current.reset();
    m_lastError = error;
    if (document)
        emit loaded(std::move(document));
    else
        emit failed(error.toString());
}
