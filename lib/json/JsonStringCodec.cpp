#include "json/JsonStringCodec.h"

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char16_t readHex4(const char* p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i)
        value = value * 16 + qMax(0, hexValue(p[i]));
    return char16_t(value);
}

char16_t simpleEscape(char c)
{
    switch (c) {
    case 'b':
        return u'\b';
    case 'f':
        return u'\f';
    case 'n':
        return u'\n';
    case 'r':
        return u'\r';
    case 't':
        return u'\t';
    default:
        return char16_t(uchar(c)); // '"', '\\', '/'
    }
}

} // namespace

QString JsonStringCodec::decode(const char* begin, qsizetype length, bool hasEscapes)
{
    if (!hasEscapes)
        return QString::fromUtf8(begin, length);
    QString result;
    result.reserve(length);
    const char* p = begin;
    const char* end = begin + length;
    while (p < end) {
        const char* run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            result += QString::fromUtf8(run, p - run);
        if (p >= end)
            break;
        if (p + 1 < end && p[1] == 'u' && p + 6 <= end) {
            result += QChar(readHex4(p + 2));
            p += 6;
        } else if (p + 1 < end) {
            result += QChar(simpleEscape(p[1]));
            p += 2;
        } else {
            break;
        }
    }
    return result;
}

QByteArray JsonStringCodec::quote(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    static const char hex[] = "0123456789abcdef";
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += hex[(uchar(c) >> 4) & 0xf];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}
