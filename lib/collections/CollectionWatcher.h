#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Tells when a collection folder changed on disk (a `git pull`, an editor, another console): every
// folder and request file below the root is watched, and a burst of changes becomes one
// changed() after a quiet interval.
//
// Editors and git replace files atomically (write a temporary file, rename it over the old one);
// QFileSystemWatcher then stops watching the replaced path (inotify watches the inode, which is
// gone), so after each change the watched set is rebuilt from what is on disk. New folders and
// files are picked up the same way.
class CollectionWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultQuietMs = 250;

    explicit CollectionWatcher(QObject* parent = nullptr);

    void watch(const QString& rootPath); // replaces what was watched; "" stops watching
    QString rootPath() const { return m_rootPath; }
    void setQuietInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    QStringList watchedPaths() const; // folders and files, for tests and diagnostics

signals:
    void changed();

private:
    void arm();
    void onChange();
    static void collect(const QString& folder, QStringList* paths);

    QString m_rootPath;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_debounce;
};
