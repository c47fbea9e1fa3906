#pragma once

#include "collections/Collection.h"
#include "collections/CollectionEnvironment.h"

#include <QCoreApplication>

// Reads and writes collections on disk:
//   <folder>/collection.json                 name, variables, names of secret variables
//   <folder>/environments/<name>.json        one per environment
//   <folder>/**/<request>.json               one file per request (CollectionRequest)
// Files are written whole (a save never leaves half a file) and private to the user.
class CollectionStore
{
    Q_DECLARE_TR_FUNCTIONS(CollectionStore)

public:
    static constexpr const char* SettingsFile = "collection.json";
    static constexpr const char* EnvironmentFolder = "environments";

    // The collection holding `path` (its folder, a subfolder or a request file): the nearest
    // folder upwards with a collection.json. *relativePath is `path` inside it ("" for the root).
    static bool load(const QString& path, Collection* collection, QString* relativePath, QString* error);
    static bool create(const QString& folder, const QString& name, QString* error);

    // Refuses a request that would put a secret in the file (CollectionRequest::secretsInClear).
    static bool saveRequest(const QString& rootPath, const QString& relativePath,
        const CollectionRequest& request, QString* error);
    static bool saveSettings(const Collection& collection, QString* error);

    static QStringList environmentNames(const QString& rootPath);
    static bool loadEnvironment(
        const QString& rootPath, const QString& name, CollectionEnvironment* environment, QString* error);
    static bool saveEnvironment(
        const QString& rootPath, const CollectionEnvironment& environment, QString* error);

    // A file name for a request name: "Create lead" -> "create-lead.json".
    static QString fileNameFor(const QString& requestName);

private:
    static QString findRoot(const QString& path);
    static void loadFolder(const QString& rootPath, const QString& relativeFolder, Collection* collection);
    static bool writeFile(const QString& path, const QByteArray& text, QString* error);
    static bool isSafeRelativePath(const QString& relativePath);
};
