#include "json/JsonReader.h"

#include <QCoreApplication>

#include <limits>
#include <vector>

namespace {

using Entry = JsonDocumentData::Entry;
using Kind = JsonDocumentData::Kind;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hex4(const char* p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        value = value * 16 + (isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return value;
}

// One open array or object.
struct Frame
{
    bool isObject = false;
    quint32 start = 0;
    Entry self; // key fields filled when the container opened
    std::vector<Entry>* children; // reused buffer of this depth
    Entry pendingKey; // for objects: the key read before the current value
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    Parser(const QByteArray& json, int maxDepth, const std::atomic<bool>* cancelled)
        : m_json(json)
        , m_begin(json.constData())
        , m_end(json.constData() + json.size())
        , m_p(m_begin)
        , m_maxDepth(maxDepth)
        , m_cancelled(cancelled)
    { }

    std::shared_ptr<const JsonDocumentData> run(JsonParseError* error);

private:
    enum class Expect { Value, ValueAfterComma, FirstElementOrClose, FirstKeyOrClose, Key, CommaOrClose };

    bool step(Expect& expect);
    bool parseValueStart(Expect& expect, bool afterComma);
    bool parseKey();
    bool openContainer(bool isObject);
    bool closeContainer();
    bool scanString(quint8* hasEscapes);
    bool scanEscape();
    bool scanUtf8();
    bool scanNumber();
    bool scanLiteral(const char* word, qsizetype length);
    void addValue(Entry entry);
    void skipWhitespace();
    bool fail(const QString& message, const char* where);
    bool fail(const QString& message) { return fail(message, m_p); }
    bool cancelled();

    const QByteArray& m_json;
    const char* m_begin;
    const char* m_end;
    const char* m_p;
    int m_maxDepth;
    const std::atomic<bool>* m_cancelled;
    quint32 m_steps = 0;

    std::vector<Entry> m_entries;
    std::vector<Frame> m_stack;
    std::vector<std::unique_ptr<std::vector<Entry>>> m_childBuffers; // one per depth, reused
    bool m_haveRoot = false;
    Entry m_root;
    JsonParseError m_error;
};

std::shared_ptr<const JsonDocumentData> Parser::run(JsonParseError* error)
{
    if (m_json.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        fail(tr("the text is too large (4 GiB or more)"), m_begin);
    } else {
        if (m_end - m_p >= 3 && uchar(m_p[0]) == 0xEF && uchar(m_p[1]) == 0xBB && uchar(m_p[2]) == 0xBF)
            m_p += 3;
        m_entries.reserve(size_t(m_json.size() / 64) + 1);
        Expect expect = Expect::Value;
        while (!m_haveRoot || !m_stack.empty()) {
            if (!step(expect))
                break;
        }
        if (!m_error.isError()) {
            skipWhitespace();
            if (m_p != m_end)
                fail(tr("unexpected text after the JSON value"));
        }
    }
    if (m_error.isError()) {
        if (error)
            *error = m_error;
        return nullptr;
    }
    m_entries.push_back(m_root);
    if (m_entries.capacity() > m_entries.size() + m_entries.size() / 4)
        m_entries.shrink_to_fit();
    const quint32 rootIndex = quint32(m_entries.size() - 1);
    return std::make_shared<const JsonDocumentData>(m_json, std::move(m_entries), rootIndex);
}

bool Parser::step(Expect& expect)
{
    if (cancelled())
        return fail(tr("parsing was cancelled"));
    skipWhitespace();
    switch (expect) {
    case Expect::FirstElementOrClose:
        if (m_p < m_end && *m_p == ']')
            return closeContainer() && (expect = Expect::CommaOrClose, true);
        return parseValueStart(expect, false);
    case Expect::FirstKeyOrClose:
        if (m_p < m_end && *m_p == '}')
            return closeContainer() && (expect = Expect::CommaOrClose, true);
        return parseKey() && (expect = Expect::Value, true);
    case Expect::Key:
        return parseKey() && (expect = Expect::Value, true);
    case Expect::Value:
        return parseValueStart(expect, false);
    case Expect::ValueAfterComma:
        return parseValueStart(expect, true);
    case Expect::CommaOrClose:
        break;
    }
    const Frame& top = m_stack.back();
    if (m_p >= m_end)
        return fail(top.isObject ? tr("unterminated object: expected ',' or '}'")
                                 : tr("unterminated array: expected ',' or ']'"));
    if (*m_p == ',') {
        ++m_p;
        expect = top.isObject ? Expect::Key : Expect::ValueAfterComma;
        return true;
    }
    if (*m_p == (top.isObject ? '}' : ']'))
        return closeContainer();
    return fail(top.isObject ? tr("expected ',' or '}' after an object member")
                             : tr("expected ',' or ']' after an array element"));
}

bool Parser::parseValueStart(Expect& expect, bool afterComma)
{
    if (m_p >= m_end)
        return fail(m_stack.empty()       ? tr("the text is empty")
                : m_stack.back().isObject ? tr("unterminated object: expected a value")
                                          : tr("unterminated array: expected a value"));
    Entry entry;
    entry.offset = quint32(m_p - m_begin);
    const char c = *m_p;
    switch (c) {
    case '{':
    case '[':
        if (!openContainer(c == '{'))
            return false;
        expect = c == '{' ? Expect::FirstKeyOrClose : Expect::FirstElementOrClose;
        return true;
    case '"':
        entry.kind = Kind::String;
        if (!scanString(&entry.flags))
            return false;
        if (entry.flags)
            entry.flags = JsonDocumentData::ValueHasEscapes;
        break;
    case 't':
        entry.kind = Kind::Bool;
        if (!scanLiteral("true", 4))
            return false;
        break;
    case 'f':
        entry.kind = Kind::Bool;
        if (!scanLiteral("false", 5))
            return false;
        break;
    case 'n':
        entry.kind = Kind::Null;
        if (!scanLiteral("null", 4))
            return false;
        break;
    case ']':
    case '}':
        return fail(afterComma ? tr("trailing comma: expected a value") : tr("expected a value"));
    default:
        if (c == '-' || isDigit(c)) {
            entry.kind = Kind::Number;
            if (!scanNumber())
                return false;
            break;
        }
        return fail(tr("unexpected character: expected a value"));
    }
    entry.length = quint32(m_p - m_begin) - entry.offset;
    addValue(entry);
    expect = Expect::CommaOrClose;
    return true;
}

bool Parser::parseKey()
{
    if (m_p >= m_end)
        return fail(tr("unterminated object: expected a key"));
    if (*m_p == '}')
        return fail(tr("trailing comma: expected a key"));
    if (*m_p != '"')
        return fail(tr("expected a string key"));
    Frame& top = m_stack.back();
    top.pendingKey = Entry();
    top.pendingKey.keyOffset = quint32(m_p - m_begin) + 1;
    quint8 escapes = 0;
    if (!scanString(&escapes))
        return false;
    top.pendingKey.keyLength = quint32(m_p - m_begin) - top.pendingKey.keyOffset - 1;
    top.pendingKey.flags = JsonDocumentData::HasKey | (escapes ? JsonDocumentData::KeyHasEscapes : 0);
    skipWhitespace();
    if (m_p >= m_end || *m_p != ':')
        return fail(tr("expected ':' after an object key"));
    ++m_p;
    return true;
}

bool Parser::openContainer(bool isObject)
{
    const size_t depth = m_stack.size();
    if (int(depth) >= m_maxDepth)
        return fail(tr("nesting is deeper than %1 levels").arg(m_maxDepth));
    if (m_childBuffers.size() <= depth)
        m_childBuffers.push_back(std::make_unique<std::vector<Entry>>());
    Frame frame;
    frame.isObject = isObject;
    frame.start = quint32(m_p - m_begin);
    frame.children = m_childBuffers[depth].get();
    frame.children->clear();
    if (!m_stack.empty() && m_stack.back().isObject) {
        const Entry& key = m_stack.back().pendingKey;
        frame.self.keyOffset = key.keyOffset;
        frame.self.keyLength = key.keyLength;
        frame.self.flags = key.flags;
    }
    m_stack.push_back(frame);
    ++m_p;
    return true;
}

bool Parser::closeContainer()
{
    Frame& frame = m_stack.back();
    ++m_p;
    Entry entry = frame.self;
    entry.kind = frame.isObject ? Kind::Object : Kind::Array;
    entry.offset = frame.start;
    entry.length = quint32(m_p - m_begin) - frame.start;
    entry.firstChild = quint32(m_entries.size());
    entry.childCount = quint32(frame.children->size());
    m_entries.insert(m_entries.end(), frame.children->begin(), frame.children->end());
    frame.children->clear();
    if (frame.children->capacity() > 4096)
        frame.children->shrink_to_fit();
    m_stack.pop_back();
    if (m_stack.empty()) {
        m_root = entry;
        m_haveRoot = true;
    } else {
        m_stack.back().children->push_back(entry);
    }
    return true;
}

void Parser::addValue(Entry entry)
{
    if (m_stack.empty()) {
        m_root = entry;
        m_haveRoot = true;
        return;
    }
    Frame& top = m_stack.back();
    if (top.isObject) {
        entry.keyOffset = top.pendingKey.keyOffset;
        entry.keyLength = top.pendingKey.keyLength;
        entry.flags |= top.pendingKey.flags;
    }
    top.children->push_back(entry);
}

bool Parser::scanString(quint8* hasEscapes)
{
    const char* opening = m_p;
    ++m_p;
    *hasEscapes = 0;
    while (m_p < m_end) {
        const uchar c = uchar(*m_p);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c == '\\') {
            *hasEscapes = 1;
            if (!scanEscape())
                return false;
        } else if (c < 0x20) {
            return fail(tr("control character in a string (it must be escaped)"));
        } else if (c >= 0x80) {
            if (!scanUtf8())
                return false;
        } else {
            ++m_p;
        }
    }
    return fail(tr("unterminated string"), opening);
}

bool Parser::scanEscape()
{
    const char* escape = m_p;
    if (m_p + 1 >= m_end)
        return fail(tr("unterminated string"));
    const char c = m_p[1];
    if (c != 'u') {
        if (c != '"' && c != '\\' && c != '/' && c != 'b' && c != 'f' && c != 'n' && c != 'r' && c != 't')
            return fail(tr("invalid escape sequence"), escape);
        m_p += 2;
        return true;
    }
    auto readUnit = [this](const char* at, int* unit) {
        if (m_end - at < 6 || at[0] != '\\' || at[1] != 'u')
            return false;
        for (int i = 2; i < 6; ++i) {
            if (!isHex(at[i]))
                return false;
        }
        *unit = hex4(at + 2);
        return true;
    };
    int unit = 0;
    if (!readUnit(m_p, &unit))
        return fail(tr("invalid \\u escape: expected four hex digits"), escape);
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return fail(tr("unpaired low surrogate in a \\u escape"), escape);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        int low = 0;
        if (!readUnit(m_p + 6, &low) || low < 0xDC00 || low > 0xDFFF)
            return fail(tr("unpaired high surrogate in a \\u escape"), escape);
        m_p += 12;
        return true;
    }
    m_p += 6;
    return true;
}

bool Parser::scanUtf8()
{
    const uchar lead = uchar(*m_p);
    int extra = 0;
    uint codePoint = 0;
    uint minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
        codePoint = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        codePoint = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        codePoint = lead & 0x07;
        minimum = 0x10000;
    } else {
        return fail(tr("invalid UTF-8 byte"));
    }
    if (m_end - m_p <= extra)
        return fail(tr("truncated UTF-8 sequence"));
    for (int i = 1; i <= extra; ++i) {
        const uchar next = uchar(m_p[i]);
        if ((next & 0xC0) != 0x80)
            return fail(tr("invalid UTF-8 sequence"));
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return fail(tr("invalid UTF-8 sequence"));
    m_p += extra + 1;
    return true;
}

bool Parser::scanNumber()
{
    if (*m_p == '-')
        ++m_p;
    if (m_p >= m_end || !isDigit(*m_p))
        return fail(tr("invalid number: expected a digit"));
    if (*m_p == '0') {
        ++m_p;
        if (m_p < m_end && isDigit(*m_p))
            return fail(tr("invalid number: leading zeros are not allowed"));
    } else {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return fail(tr("invalid number: expected a digit after the decimal point"));
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return fail(tr("invalid number: expected a digit in the exponent"));
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    return true;
}

bool Parser::scanLiteral(const char* word, qsizetype length)
{
    if (m_end - m_p < length || qstrncmp(m_p, word, size_t(length)) != 0)
        return fail(tr("invalid literal: expected '%1'").arg(QLatin1String(word)));
    m_p += length;
    return true;
}

void Parser::skipWhitespace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool Parser::cancelled()
{
    return m_cancelled && (++m_steps & 0x3FFF) == 0 && m_cancelled->load(std::memory_order_relaxed);
}

bool Parser::fail(const QString& message, const char* where)
{
    if (m_error.isError())
        return false;
    m_error.message = message;
    m_error.offset = where - m_begin;
    int line = 1;
    const char* lineStart = m_begin;
    for (const char* p = m_begin; p < where; ++p) {
        if (*p == '\n') {
            ++line;
            lineStart = p + 1;
        }
    }
    int column = 1;
    for (const char* p = lineStart; p < where; ++p) {
        if ((uchar(*p) & 0xC0) != 0x80)
            ++column;
    }
    m_error.line = line;
    m_error.column = column;
    return false;
}

} // namespace

std::shared_ptr<const JsonDocumentData> JsonReader::read(const QByteArray& json, JsonParseError* error) const
{
    return Parser(json, m_maxDepth, m_cancelled).run(error);
}

JsonNode JsonReader::parse(const QByteArray& json, QString* error)
{
    JsonParseError parseError;
    const auto document = JsonReader().read(json, &parseError);
    if (!document) {
        if (error)
            *error = parseError.toString();
        return {};
    }
    if (error)
        error->clear();
    return document->root();
}
