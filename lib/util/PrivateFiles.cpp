#include "util/PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>

namespace {

constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions FolderPermissions
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

bool PrivateFiles::ensureFolder(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return false;
    return QFile::setPermissions(folder, FolderPermissions);
}

bool PrivateFiles::commit(QSaveFile& file)
{
    // QSaveFile writes a temporary file and renames it over the target: the permissions set on
    // the open device are those of the temporary file, which become the target's.
    if (!file.setPermissions(FilePermissions)) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

bool PrivateFiles::restrictFile(const QString& path)
{
    return QFile::setPermissions(path, FilePermissions);
}

void PrivateFiles::tighten(const QString& folder)
{
    if (!QFileInfo(folder).isDir())
        return;
    QFile::setPermissions(folder, FolderPermissions);
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::setPermissions(path, it.fileInfo().isDir() ? FolderPermissions : FilePermissions);
    }
}
