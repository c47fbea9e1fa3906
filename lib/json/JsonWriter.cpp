#include "json/JsonWriter.h"

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isStructural(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':' || c == '"';
}

class Reformatter
{
public:
    Reformatter(const QByteArray& raw, bool pretty)
        : m_p(raw.constData())
        , m_end(raw.constData() + raw.size())
        , m_pretty(pretty)
    {
        m_out.reserve(pretty ? raw.size() + raw.size() / 2 : raw.size());
    }

    QByteArray run()
    {
        while (m_p < m_end) {
            const char c = *m_p;
            if (isWhitespace(c))
                ++m_p;
            else if (c == '"')
                copyString();
            else if (c == '{' || c == '[')
                open(c);
            else if (c == '}' || c == ']')
                close(c);
            else if (c == ',')
                comma();
            else if (c == ':')
                colon();
            else
                copyBareWord();
        }
        return std::move(m_out);
    }

private:
    void newline()
    {
        if (!m_pretty)
            return;
        m_out += '\n';
        m_out.append(qsizetype(qMin(m_depth, JsonWriter::MaxIndentDepth)) * JsonWriter::IndentWidth, ' ');
    }

    void open(char c)
    {
        ++m_p;
        const char* next = m_p;
        while (next < m_end && isWhitespace(*next))
            ++next;
        if (next < m_end && *next == (c == '{' ? '}' : ']')) {
            m_out += c;
            m_out += *next;
            m_p = next + 1;
            return;
        }
        m_out += c;
        ++m_depth;
        newline();
    }

    void close(char c)
    {
        ++m_p;
        if (m_depth > 0)
            --m_depth;
        newline();
        m_out += c;
    }

    void comma()
    {
        ++m_p;
        m_out += ',';
        newline();
    }

    void colon()
    {
        ++m_p;
        m_out += m_pretty ? QByteArrayView(": ") : QByteArrayView(":");
    }

    void copyString()
    {
        const char* start = m_p++;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' && m_p + 1 < m_end)
                ++m_p;
            ++m_p;
        }
        if (m_p < m_end)
            ++m_p;
        m_out.append(start, m_p - start);
    }

    void copyBareWord()
    {
        const char* start = m_p;
        while (m_p < m_end && !isWhitespace(*m_p) && !isStructural(*m_p))
            ++m_p;
        m_out.append(start, m_p - start);
    }

    const char* m_p;
    const char* m_end;
    bool m_pretty;
    int m_depth = 0;
    QByteArray m_out;
};

} // namespace

QByteArray JsonWriter::write(const JsonNode& node, Style style)
{
    // Every node carries its exact source text, so writing is re-indenting that text.
    return reformat(node.rawText(), style);
}

QByteArray JsonWriter::reformat(const QByteArray& raw, Style style)
{
    return Reformatter(raw, style == Pretty).run();
}
