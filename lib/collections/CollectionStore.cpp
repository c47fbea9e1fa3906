#include "collections/CollectionStore.h"

#include "collections/CollectionSettings.h"

#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

bool readSmallFile(const QString& path, QByteArray* text, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = CollectionStore::tr("larger than 16 MiB");
        return false;
    }
    *text = file.readAll();
    return true;
}

} // namespace

QString CollectionStore::findRoot(const QString& path)
{
    QFileInfo info(path);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    for (;;) {
        if (dir.exists(QLatin1String(SettingsFile)))
            return dir.absolutePath();
        if (!dir.cdUp())
            return {};
    }
}

bool CollectionStore::load(const QString& path, Collection* collection, QString* relativePath, QString* error)
{
    if (!QFileInfo::exists(path)) {
        *error = tr("%1 does not exist.").arg(path);
        return false;
    }
    const QString root = findRoot(path);
    if (root.isEmpty()) {
        *error = tr("%1 is not inside a collection (no %2 in it or above it).")
                     .arg(path, QLatin1String(SettingsFile));
        return false;
    }
    Collection result;
    result.rootPath = root;
    QByteArray text;
    QString problem;
    if (!readSmallFile(root + QLatin1Char('/') + QLatin1String(SettingsFile), &text, &problem)
        || !CollectionSettings::read(text, QStringLiteral("lofty-console-collection"), &result.name,
            &result.variables, &result.secretVariables, &problem)) {
        *error = tr("%1: %2").arg(QLatin1String(SettingsFile), problem);
        return false;
    }
    loadFolder(root, QString(), &result);
    if (relativePath) {
        const QString inside = QDir(root).relativeFilePath(QFileInfo(path).absoluteFilePath());
        *relativePath = inside == QLatin1String(".") ? QString() : inside;
    }
    *collection = result;
    return true;
}

void CollectionStore::loadFolder(
    const QString& rootPath, const QString& relativeFolder, Collection* collection)
{
    const QDir dir(relativeFolder.isEmpty() ? rootPath : rootPath + QLatin1Char('/') + relativeFolder);
    const QFileInfoList entries = dir.entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString relative = relativeFolder.isEmpty()
            ? entry.fileName()
            : relativeFolder + QLatin1Char('/') + entry.fileName();
        if (entry.isDir()) {
            if (!entry.fileName().startsWith(QLatin1Char('.'))
                && !(relativeFolder.isEmpty() && entry.fileName() == QLatin1String(EnvironmentFolder)))
                loadFolder(rootPath, relative, collection);
            continue;
        }
        if (relativeFolder.isEmpty() && entry.fileName() == QLatin1String(SettingsFile))
            continue;
        QByteArray text;
        QString problem;
        CollectionRequest request;
        if (readSmallFile(entry.absoluteFilePath(), &text, &problem)
            && CollectionRequest::fromFileText(text, &request, &problem))
            collection->items.append({relative, request});
        else
            collection->problems.append(tr("%1: %2").arg(relative, problem));
    }
}

bool CollectionStore::create(const QString& folder, const QString& name, QString* error)
{
    if (QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(SettingsFile))) {
        *error = tr("%1 already holds a collection.").arg(folder);
        return false;
    }
    if (!PrivateFiles::ensureFolder(folder)) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    Collection collection;
    collection.rootPath = folder;
    collection.name = name;
    return saveSettings(collection, error);
}

bool CollectionStore::saveSettings(const Collection& collection, QString* error)
{
    return writeFile(collection.rootPath + QLatin1Char('/') + QLatin1String(SettingsFile),
        CollectionSettings::write(QStringLiteral("lofty-console-collection"), collection.name,
            collection.variables, collection.secretVariables),
        error);
}

bool CollectionStore::isSafeRelativePath(const QString& relativePath)
{
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath)
        || !relativePath.endsWith(QLatin1String(".json")))
        return false;
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(),
               [](const QString& part) {
                   return part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".");
               })
        && parts.constFirst() != QLatin1String(EnvironmentFolder)
        && relativePath != QLatin1String(SettingsFile);
}

bool CollectionStore::saveRequest(
    const QString& rootPath, const QString& relativePath, const CollectionRequest& request, QString* error)
{
    if (!isSafeRelativePath(relativePath)) {
        *error
            = tr("\"%1\" is not a request file name inside the collection (a relative path ending in .json).")
                  .arg(relativePath);
        return false;
    }
    const QStringList secrets = request.secretsInClear();
    if (!secrets.isEmpty()) {
        *error = tr("Not saved: %1 would put a secret in the file. Use a {{variable}} (secret variables "
                    "are kept in the keychain); the account's credentials are added when sending.")
                     .arg(secrets.join(QLatin1String(", ")));
        return false;
    }
    const QString path = rootPath + QLatin1Char('/') + relativePath;
    if (!PrivateFiles::ensureFolder(QFileInfo(path).absolutePath())) {
        *error = tr("Cannot create the folder for %1.").arg(relativePath);
        return false;
    }
    return writeFile(path, request.toFileText(), error);
}

QStringList CollectionStore::environmentNames(const QString& rootPath)
{
    const QDir dir(rootPath + QLatin1Char('/') + QLatin1String(EnvironmentFolder));
    QStringList names;
    for (const QFileInfo& entry : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(entry.completeBaseName());
    return names;
}

bool CollectionStore::loadEnvironment(
    const QString& rootPath, const QString& name, CollectionEnvironment* environment, QString* error)
{
    if (!environmentNames(rootPath).contains(name)) {
        const QStringList known = environmentNames(rootPath);
        *error = known.isEmpty() ? tr("The collection has no environment \"%1\" (it has none).").arg(name)
                                 : tr("The collection has no environment \"%1\" (it has: %2).")
                                       .arg(name, known.join(QLatin1String(", ")));
        return false;
    }
    QByteArray text;
    QString problem;
    const QString relative
        = QLatin1String(EnvironmentFolder) + QLatin1Char('/') + name + QLatin1String(".json");
    if (!readSmallFile(rootPath + QLatin1Char('/') + relative, &text, &problem)
        || !CollectionEnvironment::fromFileText(text, environment, &problem)) {
        *error = tr("%1: %2").arg(relative, problem);
        return false;
    }
    if (environment->name.isEmpty())
        environment->name = name;
    return true;
}

bool CollectionStore::saveEnvironment(
    const QString& rootPath, const CollectionEnvironment& environment, QString* error)
{
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!safeName.match(environment.name).hasMatch()) {
        *error = tr("An environment name uses letters, digits, \".\", \"_\" and \"-\" only, not \"%1\".")
                     .arg(environment.name);
        return false;
    }
    const QString folder = rootPath + QLatin1Char('/') + QLatin1String(EnvironmentFolder);
    if (!PrivateFiles::ensureFolder(folder)) {
        *error = tr("Cannot create the folder %1.").arg(QLatin1String(EnvironmentFolder));
        return false;
    }
    return writeFile(folder + QLatin1Char('/') + environment.name + QLatin1String(".json"),
        environment.toFileText(), error);
}

QString CollectionStore::fileNameFor(const QString& requestName)
{
    QString base = requestName.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return (base.isEmpty() ? QStringLiteral("request") : base.left(80)) + QLatin1String(".json");
}

bool CollectionStore::writeFile(const QString& path, const QByteArray& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !PrivateFiles::commit(file)) {
        *error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}
