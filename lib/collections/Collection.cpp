#include "collections/Collection.h"

QList<Collection::Item> Collection::itemsUnder(const QString& relativePath) const
{
    if (relativePath.isEmpty() || relativePath == QLatin1String("."))
        return items;
    const QString folder
        = relativePath.endsWith(QLatin1Char('/')) ? relativePath : relativePath + QLatin1Char('/');
    QList<Item> result;
    for (const Item& item : items) {
        if (item.relativePath == relativePath || item.relativePath.startsWith(folder))
            result.append(item);
    }
    return result;
}
