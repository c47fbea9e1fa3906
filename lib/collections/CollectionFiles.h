#pragma once

#include "collections/CollectionRequest.h"

#include <QCoreApplication>
#include <QHash>

// Operations on the request files of a collection, as the Collections panel offers them: rename,
// duplicate, move to another folder, delete and reorder. Paths are relative to the collection's
// root, with "/". A request never gets lost half-way: the new file is written (whole, private)
// before the old one is removed, and nothing is overwritten.
//
// Run order is the order of file names (Collection), so reordering renumbers the request files of
// one folder "01-…", "02-…" (an existing numeric prefix is replaced) and keeps the rest of the name.
class CollectionFiles
{
    Q_DECLARE_TR_FUNCTIONS(CollectionFiles)

public:
    // A new display name; the file is renamed after it, keeping a numeric order prefix.
    static bool rename(const QString& rootPath, const QString& relativePath, const QString& newName,
        QString* newRelativePath, QString* error);
    // A copy named "<name> (copy)" beside the original.
    static bool duplicate(
        const QString& rootPath, const QString& relativePath, QString* newRelativePath, QString* error);
    // Into `folder` ("" for the root; created when missing).
    static bool move(const QString& rootPath, const QString& relativePath, const QString& folder,
        QString* newRelativePath, QString* error);
    static bool remove(const QString& rootPath, const QString& relativePath, QString* error);
    // One place earlier (delta -1) or later (+1) among the request files of its folder.
    // *renamed maps the old relative path of every renamed file to its new one.
    static bool reorder(const QString& rootPath, const QString& relativePath, int delta,
        QHash<QString, QString>* renamed, QString* error);

    // The folders of the collection that can hold requests ("" first, then "a", "a/b", sorted).
    static QStringList folders(const QString& rootPath);

private:
    static bool readRequest(
        const QString& rootPath, const QString& relativePath, CollectionRequest* request, QString* error);
    static bool isRequestPath(const QString& relativePath);
    static bool isFolderPath(const QString& folder);
    static QString folderOf(const QString& relativePath);
    static QString join(const QString& folder, const QString& fileName);
    static QString orderPrefix(const QString& fileName); // "01-" of "01-create.json", else ""
    static QString freeName(const QString& rootPath, const QString& folder, const QString& fileName);
    static QStringList requestFiles(const QString& rootPath, const QString& folder);
};
