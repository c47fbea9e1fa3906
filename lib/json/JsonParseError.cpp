#include "json/JsonParseError.h"

#include <QCoreApplication>

QString JsonParseError::toString() const
{
    if (!isError())
        return {};
    return QCoreApplication::translate("JsonParseError", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}
