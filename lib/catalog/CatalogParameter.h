#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One path or query parameter of a catalog endpoint, as Lofty documents it.
struct CatalogParameter
{
    QString name;
    QString type; // "string", "int", "int64", "bool", "enum", "datetime", "epochMs", "array"
    bool required = false;
    QString description;
    QString defaultValue; // empty when the documentation names no default
    QStringList allowedValues; // for "enum"
    std::optional<qint64> minimum, maximum;
};
