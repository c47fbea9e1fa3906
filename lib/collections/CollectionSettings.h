#pragma once

#include "collections/CollectionRequest.h"

// The shared shape of collection.json and environments/<name>.json: a format marker, a name,
// plain variables (name and value) and the names of secret variables (no values).
class CollectionSettings
{
public:
    static constexpr int FormatVersion = 1;

    static QByteArray write(const QString& marker, const QString& name, const NameValueList& variables,
        const QStringList& secretVariables);
    static bool read(const QByteArray& text, const QString& marker, QString* name, NameValueList* variables,
        QStringList* secretVariables, QString* error);
};
