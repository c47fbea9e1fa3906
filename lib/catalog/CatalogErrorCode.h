#pragma once

#include <QString>

// An error an operation documents: the HTTP status that carries it and Lofty-style numeric code
// and/or symbolic name ("20017", "PERMISSION_DENIED"), either of which may be empty.
struct CatalogErrorCode
{
    int httpStatus = 0;
    QString code;
    QString name;

    bool operator==(const CatalogErrorCode& other) const
    {
        return httpStatus == other.httpStatus && code == other.code && name == other.name;
    }
};
