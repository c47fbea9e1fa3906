#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One path or query parameter of a catalog endpoint, as Lofty documents it.
struct CatalogParameter
{
    QString name;
    // "string", "int", "int64", "number", "bool", "enum", "datetime", "epochMs", "array", "object"
    QString type;
    bool required = false;
    QString description;
    QString defaultValue; // empty when the documentation names no default
    QStringList allowedValues; // for "enum"
    std::optional<qint64> minimum, maximum;

    bool operator==(const CatalogParameter& other) const
    {
        return name == other.name && type == other.type && required == other.required
            && defaultValue == other.defaultValue && allowedValues == other.allowedValues
            && minimum == other.minimum && maximum == other.maximum;
    }
};
