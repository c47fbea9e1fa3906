#pragma once

#include <QString>

// Why and where a JSON text was rejected. line and column are 1-based; column counts characters
// (UTF-8 code points), offset counts bytes from the start of the text.
struct JsonParseError
{
    QString message;
    qint64 offset = -1;
    int line = 0;
    int column = 0;

    bool isError() const { return offset >= 0; }
    QString toString() const; // "line 3, column 14: expected ':' after an object key"
};
