#include "collections/CollectionWatcher.h"

#include <QDir>

CollectionWatcher::CollectionWatcher(QObject* parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultQuietMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        arm();
        emit changed();
    });
}

void CollectionWatcher::watch(const QString& rootPath)
{
    m_rootPath = rootPath.isEmpty() ? QString() : QDir(rootPath).absolutePath();
    m_debounce.stop();
    arm();
}

QStringList CollectionWatcher::watchedPaths() const
{
    return m_watcher ? m_watcher->directories() + m_watcher->files() : QStringList();
}

void CollectionWatcher::arm()
{
    // A fresh watcher: removing paths one by one from the old one costs more than this, and a
    // path whose inode was replaced would otherwise be reported as still watched.
    delete m_watcher;
    m_watcher = nullptr;
    if (m_rootPath.isEmpty() || !QDir(m_rootPath).exists())
        return;
    m_watcher = new QFileSystemWatcher(this);
    QStringList paths;
    collect(m_rootPath, &paths);
    m_watcher->addPaths(paths);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &CollectionWatcher::onChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &CollectionWatcher::onChange);
}

void CollectionWatcher::collect(const QString& folder, QStringList* paths)
{
    // Hidden folders (.git above all) are skipped: their churn says nothing about the requests.
    paths->append(folder);
    const QFileInfoList entries = QDir(folder).entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (entry.fileName().startsWith(QLatin1Char('.')))
            continue;
        if (entry.isDir())
            collect(entry.absoluteFilePath(), paths);
        else
            paths->append(entry.absoluteFilePath());
    }
}

void CollectionWatcher::onChange()
{
    m_debounce.start(); // restarts: one changed() per burst
}
