#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours JSON text: member names, strings, numbers and the literals true, false and null. A
// scanner per line (JSON strings cannot span lines), so pretty and raw text both work; colours
// follow the palette's lightness, readable in light and dark themes. Not valid JSON is coloured
// as far as it looks like JSON.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument* document, bool darkBackground);

protected:
    void highlightBlock(const QString& text) override;

private:
    int highlightString(const QString& text, int start);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};
