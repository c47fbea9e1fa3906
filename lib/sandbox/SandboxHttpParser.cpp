#include "sandbox/SandboxHttpParser.h"

#include "sandbox/SandboxResponse.h"

#include <QUrl>

namespace {

// RFC 9110 section 5.6.2: token characters (method and field names).
bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    static const QByteArray specials = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    for (const char c : text) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !specials.contains(c))
            return false;
    }
    return true;
}

bool hasControlCharacter(const QByteArray& text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return true;
    }
    return false;
}

// RFC 9112 section 2.2: a lone LF also ends a line; the CR before it is dropped.
QByteArray chopCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// End of the header section (the empty line), or -1; *terminatorSize is 4 for CRLFCRLF, 2 for LFLF.
qsizetype headEnd(const QByteArray& buffer, qsizetype* terminatorSize)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (lf >= 0 && (crlf < 0 || lf < crlf)) {
        *terminatorSize = 2;
        return lf;
    }
    *terminatorSize = 4;
    return crlf;
}

} // namespace

SandboxHttpParser::State SandboxHttpParser::feed(const QByteArray& data)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer += data;
    if (m_state == State::NeedMore)
        parse();
    return m_state;
}

SandboxRequest SandboxHttpParser::takeRequest()
{
    if (m_state != State::Complete)
        return SandboxRequest();
    SandboxRequest request = std::move(m_request);
    resetRequest();
    m_state = State::NeedMore;
    parse();
    return request;
}

void SandboxHttpParser::resetRequest()
{
    m_request = SandboxRequest();
    m_headComplete = false;
    m_contentLength = 0;
    m_http10 = false;
}

void SandboxHttpParser::parse()
{
    if (!m_headComplete) {
        // RFC 9112 section 2.2: empty lines before the request line are ignored.
        qsizetype skip = 0;
        while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n'))
            ++skip;
        m_buffer.remove(0, skip);
        qsizetype terminatorSize = 0;
        const qsizetype end = headEnd(m_buffer, &terminatorSize);
        if (end < 0) {
            // Only once a terminator could no longer end within the limit: the verdict must not
            // depend on how the bytes were sliced.
            if (m_buffer.size() >= MaxHeaderBytes + 4)
                fail(431, tr("The request line and header fields exceed %1 bytes.").arg(MaxHeaderBytes));
            return;
        }
        if (end > MaxHeaderBytes) {
            fail(431, tr("The request line and header fields exceed %1 bytes.").arg(MaxHeaderBytes));
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + terminatorSize);
        if (!parseHead(head) || !checkFraming())
            return;
        m_headComplete = true;
    }
    if (m_buffer.size() < m_contentLength)
        return;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    m_state = State::Complete;
}

bool SandboxHttpParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (!parseRequestLine(chopCr(lines.first())))
        return false;
    m_keepAlive = !m_http10;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!parseHeaderLine(chopCr(lines.at(i))))
            return false;
    }
    return true;
}

bool SandboxHttpParser::parseRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return fail(400, tr("The request line must be \"METHOD target HTTP/1.1\" with single spaces."));
    const QByteArray& method = parts.at(0);
    const QByteArray& target = parts.at(1);
    const QByteArray& version = parts.at(2);
    if (!isToken(method))
        return fail(400, tr("The request method is not a valid token."));
    if (version == "HTTP/1.0")
        m_http10 = true;
    else if (version != "HTTP/1.1")
        return fail(version.startsWith("HTTP/") ? 505 : 400,
            tr("Only HTTP/1.1 and HTTP/1.0 are supported, not \"%1\".")
                .arg(QString::fromLatin1(version.left(32))));
    if (!target.startsWith('/') || hasControlCharacter(target))
        return fail(400, tr("The request target must be an absolute path such as /oauth/token."));
    const qsizetype question = target.indexOf('?');
    m_request.method = QString::fromLatin1(method);
    m_request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    m_request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    return true;
}

bool SandboxHttpParser::parseHeaderLine(const QByteArray& line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, tr("Folded header lines (obs-fold) are not accepted."));
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
    // RFC 9112 section 5.1: no whitespace between the field name and the colon.
    if (!isToken(name))
        return fail(400, tr("Malformed header line: expected \"Name: value\"."));
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (hasControlCharacter(value))
        return fail(
            400, tr("The header field \"%1\" contains a control character.").arg(QString::fromLatin1(name)));
    m_request.headers.append({name, value});
    return true;
}

bool SandboxHttpParser::checkFraming()
{
    QByteArray length;
    int hosts = 0;
    for (const auto& header : std::as_const(m_request.headers)) {
        const QByteArray name = header.first.toLower();
        if (name == "host")
            ++hosts;
        if (name == "transfer-encoding")
            return fail(
                501, tr("Transfer-Encoding (chunked request bodies) is not supported; send Content-Length."));
        if (name == "connection") {
            const QByteArray value = header.second.toLower();
            if (value.contains("close"))
                m_keepAlive = false;
            else if (m_http10 && value.contains("keep-alive"))
                m_keepAlive = true;
        }
        if (name != "content-length")
            continue;
        if (!length.isNull() && header.second != length)
            return fail(400, tr("Conflicting Content-Length header fields."));
        length = header.second;
    }
    // RFC 9112 section 3.2: an HTTP/1.1 request without exactly one Host field gets 400.
    if (!m_http10 && hosts != 1)
        return fail(400, tr("An HTTP/1.1 request needs exactly one Host header field."));
    if (length.isNull())
        return true;
    bool digitsOnly = !length.isEmpty() && length.size() <= 18;
    for (const char c : std::as_const(length))
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (!digitsOnly)
        return fail(400, tr("Content-Length must be a decimal number of bytes."));
    m_contentLength = length.toLongLong();
    if (m_contentLength > m_maxBodyBytes)
        return fail(413, tr("The request body exceeds %1 bytes.").arg(m_maxBodyBytes));
    return true;
}

bool SandboxHttpParser::fail(int status, const QString& message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    m_keepAlive = false;
    m_buffer.clear();
    return false;
}

QByteArray SandboxHttpParser::reasonPhrase(int status)
{
    switch (status) {
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return SandboxResponse::reasonPhrase(status);
    }
}
