#include "collections/CollectionFiles.h"

#include "collections/CollectionStore.h"

#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace {

const QRegularExpression& orderPrefixPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+-"));
    return pattern;
}

} // namespace

bool CollectionFiles::isRequestPath(const QString& relativePath)
{
    return relativePath.endsWith(QLatin1String(".json"))
        && relativePath != QLatin1String(CollectionStore::SettingsFile)
        && isFolderPath(folderOf(relativePath));
}

bool CollectionFiles::isFolderPath(const QString& folder)
{
    if (folder.isEmpty())
        return true;
    if (QDir::isAbsolutePath(folder))
        return false;
    const QStringList parts = folder.split(QLatin1Char('/'));
    return parts.constFirst() != QLatin1String(CollectionStore::EnvironmentFolder)
        && std::none_of(parts.cbegin(), parts.cend(),
            [](const QString& part) { return part.isEmpty() || part.startsWith(QLatin1Char('.')); });
}

QString CollectionFiles::folderOf(const QString& relativePath)
{
    const int slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : relativePath.left(slash);
}

QString CollectionFiles::join(const QString& folder, const QString& fileName)
{
    return folder.isEmpty() ? fileName : folder + QLatin1Char('/') + fileName;
}

QString CollectionFiles::orderPrefix(const QString& fileName)
{
    return orderPrefixPattern().match(fileName).captured(0);
}

QString CollectionFiles::freeName(const QString& rootPath, const QString& folder, const QString& fileName)
{
    const QDir dir(join(rootPath, folder));
    if (!dir.exists(fileName))
        return fileName;
    const QString base = fileName.chopped(int(qstrlen(".json")));
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2.json").arg(base).arg(n);
        if (!dir.exists(candidate))
            return candidate;
    }
}

bool CollectionFiles::readRequest(
    const QString& rootPath, const QString& relativePath, CollectionRequest* request, QString* error)
{
    if (!isRequestPath(relativePath)) {
        *error = tr("\"%1\" is not a request file of the collection.").arg(relativePath);
        return false;
    }
    QFile file(join(rootPath, relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(relativePath, file.errorString());
        return false;
    }
    QString problem;
    if (!CollectionRequest::fromFileText(file.readAll(), request, &problem)) {
        *error = tr("%1: %2").arg(relativePath, problem);
        return false;
    }
    return true;
}

bool CollectionFiles::rename(const QString& rootPath, const QString& relativePath, const QString& newName,
    QString* newRelativePath, QString* error)
{
    const QString name = newName.trimmed();
    if (name.isEmpty()) {
        *error = tr("A request needs a name.");
        return false;
    }
    CollectionRequest request;
    if (!readRequest(rootPath, relativePath, &request, error))
        return false;
    request.name = name;
    const QString folder = folderOf(relativePath);
    const QString oldFile = relativePath.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    QString fileName = orderPrefix(oldFile) + CollectionStore::fileNameFor(name);
    if (fileName != oldFile)
        fileName = freeName(rootPath, folder, fileName);
    const QString target = join(folder, fileName);
    if (!CollectionStore::saveRequest(rootPath, target, request, error))
        return false;
    if (target != relativePath && !QFile::remove(join(rootPath, relativePath))) {
        *error = tr("Saved as %1, but %2 could not be removed.").arg(target, relativePath);
        return false;
    }
    *newRelativePath = target;
    return true;
}

bool CollectionFiles::duplicate(
    const QString& rootPath, const QString& relativePath, QString* newRelativePath, QString* error)
{
    CollectionRequest request;
    if (!readRequest(rootPath, relativePath, &request, error))
        return false;
    request.name = tr("%1 (copy)").arg(request.name);
    const QString folder = folderOf(relativePath);
    const QString oldFile = relativePath.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    const QString target = join(folder,
        freeName(rootPath, folder, oldFile.chopped(int(qstrlen(".json"))) + QLatin1String("-copy.json")));
    if (!CollectionStore::saveRequest(rootPath, target, request, error))
        return false;
    *newRelativePath = target;
    return true;
}

bool CollectionFiles::move(const QString& rootPath, const QString& relativePath, const QString& folder,
    QString* newRelativePath, QString* error)
{
    if (!isRequestPath(relativePath) || !QFileInfo::exists(join(rootPath, relativePath))) {
        *error = tr("\"%1\" is not a request file of the collection.").arg(relativePath);
        return false;
    }
    if (!isFolderPath(folder)) {
        *error = tr("\"%1\" is not a folder name inside the collection.").arg(folder);
        return false;
    }
    const QString target = join(folder, QFileInfo(relativePath).fileName());
    if (target == relativePath) {
        *newRelativePath = target;
        return true;
    }
    if (QFileInfo::exists(join(rootPath, target))) {
        *error = tr("%1 already exists; rename one of the two first.").arg(target);
        return false;
    }
    if (!PrivateFiles::ensureFolder(join(rootPath, folder))) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    QFile file(join(rootPath, relativePath));
    if (!file.rename(join(rootPath, target))) {
        *error = tr("Cannot move %1 to %2: %3").arg(relativePath, folder, file.errorString());
        return false;
    }
    *newRelativePath = target;
    return true;
}

bool CollectionFiles::remove(const QString& rootPath, const QString& relativePath, QString* error)
{
    QFile file(join(rootPath, relativePath));
    if (!isRequestPath(relativePath) || !file.exists()) {
        *error = tr("\"%1\" is not a request file of the collection.").arg(relativePath);
        return false;
    }
    if (!file.remove()) {
        *error = tr("Cannot delete %1: %2").arg(relativePath, file.errorString());
        return false;
    }
    return true;
}

QStringList CollectionFiles::requestFiles(const QString& rootPath, const QString& folder)
{
    QStringList files
        = QDir(join(rootPath, folder)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (folder.isEmpty())
        files.removeAll(QLatin1String(CollectionStore::SettingsFile));
    return files;
}

bool CollectionFiles::reorder(const QString& rootPath, const QString& relativePath, int delta,
    QHash<QString, QString>* renamed, QString* error)
{
    const QString folder = folderOf(relativePath);
    QStringList files = requestFiles(rootPath, folder);
    const int from = int(files.indexOf(QFileInfo(relativePath).fileName()));
    if (!isRequestPath(relativePath) || from < 0) {
        *error = tr("\"%1\" is not a request file of the collection.").arg(relativePath);
        return false;
    }
    const int to = from + delta;
    renamed->clear();
    if (to < 0 || to >= files.size())
        return true; // already first or last
    files.move(from, to);
    const int width = qMax(2, int(QString::number(files.size()).size()));
    QStringList targets;
    for (int i = 0; i < files.size(); ++i) {
        QString rest = files.at(i);
        rest.remove(orderPrefixPattern());
        targets.append(QStringLiteral("%1-%2").arg(i + 1, width, 10, QLatin1Char('0')).arg(rest));
    }
    if (QSet<QString>(targets.cbegin(), targets.cend()).size() != targets.size()) {
        *error = tr("Two requests of %1 would get the same file name.")
                     .arg(folder.isEmpty() ? QStringLiteral("/") : folder);
        return false;
    }
    // Two steps, so that no rename lands on a name another file still has.
    const QDir dir(join(rootPath, folder));
    for (int i = 0; i < files.size(); ++i) {
        if (files.at(i) != targets.at(i)
            && !QFile::rename(dir.filePath(files.at(i)),
                dir.filePath(QLatin1Char('.') + targets.at(i) + QLatin1String(".reorder")))) {
            *error = tr("Cannot rename %1.").arg(join(folder, files.at(i)));
            return false;
        }
    }
    for (int i = 0; i < files.size(); ++i) {
        if (files.at(i) != targets.at(i)
            && !QFile::rename(dir.filePath(QLatin1Char('.') + targets.at(i) + QLatin1String(".reorder")),
                dir.filePath(targets.at(i)))) {
            *error = tr("Cannot rename %1.").arg(join(folder, targets.at(i)));
            return false;
        }
    }
    for (int i = 0; i < files.size(); ++i) {
        if (files.at(i) != targets.at(i))
            renamed->insert(join(folder, files.at(i)), join(folder, targets.at(i)));
    }
    return true;
}

QStringList CollectionFiles::folders(const QString& rootPath)
{
    QStringList result {QString()};
    QStringList pending {QString()};
    while (!pending.isEmpty()) {
        const QString folder = pending.takeFirst();
        const QStringList children
            = QDir(join(rootPath, folder)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& child : children) {
            const QString path = join(folder, child);
            if (isFolderPath(path)) {
                result.append(path);
                pending.append(path);
            }
        }
    }
    std::sort(result.begin() + 1, result.end());
    return result;
}
