#pragma once

#include <QByteArray>
#include <QString>

// Decodes the inside of a JSON string literal (between the quotes) and produces literals from
// text. Decoding assumes the text was validated by JsonReader.
class JsonStringCodec
{
public:
    static QString decode(const char* begin, qsizetype length, bool hasEscapes);
    static QByteArray quote(const QString& text); // "..." with the escapes RFC 8259 requires
};
