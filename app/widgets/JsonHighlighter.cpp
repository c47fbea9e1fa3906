#include "widgets/JsonHighlighter.h"

JsonHighlighter::JsonHighlighter(QTextDocument* document, bool darkBackground)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(darkBackground ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x45, 0x8c));
    m_string.setForeground(darkBackground ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(darkBackground ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(darkBackground ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
}

// Returns the index just past the closing quote (or the end of the line).
int JsonHighlighter::highlightString(const QString& text, int start)
{
    int i = start + 1;
    while (i < text.size() && text.at(i) != QLatin1Char('"'))
        i += text.at(i) == QLatin1Char('\\') ? 2 : 1;
    const int end = qMin(int(text.size()), i + 1);
    int next = end;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    const bool isKey = next < text.size() && text.at(next) == QLatin1Char(':');
    setFormat(start, end - start, isKey ? m_key : m_string);
    return end;
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            i = highlightString(text, i);
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            const int start = i++;
            while (i < text.size() && (text.at(i).isDigit() || QStringLiteral(".eE+-").contains(text.at(i))))
                ++i;
            setFormat(start, i - start, m_number);
        } else if (c.isLetter()) {
            const int start = i;
            while (i < text.size() && text.at(i).isLetter())
                ++i;
            const QStringView word = QStringView(text).mid(start, i - start);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(start, i - start, m_literal);
        } else {
            ++i;
        }
    }
}
