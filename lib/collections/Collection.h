#pragma once

#include "collections/CollectionRequest.h"

// A collection as loaded from its folder: the name and variables of collection.json and every
// request file below it, in run order (file and folder names sorted, so "01-create-lead.json"
// runs before "02-add-note.json" and a folder runs where its name sorts).
struct Collection
{
    struct Item
    {
        QString relativePath; // "leads/01-create-lead.json", always with "/"
        CollectionRequest request;
    };

    QString rootPath; // the folder holding collection.json
    QString name;
    NameValueList variables;
    QStringList secretVariables;
    QList<Item> items;
    QStringList problems; // files that could not be read, "path: why"

    // The items under `relativeFolder` ("" for all), or the one item of that relative file path.
    QList<Item> itemsUnder(const QString& relativePath) const;
};
