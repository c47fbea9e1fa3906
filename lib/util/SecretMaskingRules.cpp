#include "util/SecretMaskingRules.h"

#include "util/SecretMasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {

// Normalised (lower case, letters and digits only) words that make a name secret.
const QStringList& secretWords()
{
    static const QStringList words {QStringLiteral("secret"), QStringLiteral("password"),
        QStringLiteral("passwd"), QStringLiteral("passphrase"), QStringLiteral("token"),
        QStringLiteral("authorization"), QStringLiteral("credential"), QStringLiteral("cookie"),
        QStringLiteral("verifier")};
    return words;
}

// "key" alone names too much that is not secret (sortKey, primary_key, monkey): a name is secret
// by it when it is the whole name or ends in one of these.
const QStringList& secretKeyNames()
{
    static const QStringList names {QStringLiteral("apikey"), QStringLiteral("privatekey"),
        QStringLiteral("customerkey"), QStringLiteral("secretkey"), QStringLiteral("accesskey"),
        QStringLiteral("clientkey"), QStringLiteral("signingkey"), QStringLiteral("encryptionkey"),
        QStringLiteral("sessionkey"), QStringLiteral("authkey"), QStringLiteral("masterkey"),
        QStringLiteral("licensekey"), QStringLiteral("userkey"), QStringLiteral("subscriptionkey"),
        QStringLiteral("consumerkey"), QStringLiteral("hmackey")};
    return names;
}

bool namesSecretKey(QStringView normalised)
{
    if (normalised == QLatin1String("key"))
        return true;
    for (const QString& name : secretKeyNames()) {
        if (normalised.endsWith(name))
            return true;
    }
    return false;
}

// Names that contain a secret word but describe a secret instead of carrying one
// ("token_type", "token_url", "refresh_token_expires_in", "authorization_endpoint",
// "token_count").
const QStringList& describingSuffixes()
{
    static const QStringList suffixes {QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("uri"),
        QStringLiteral("endpoint"), QStringLiteral("method"), QStringLiteral("expiresin"),
        QStringLiteral("expiresat"), QStringLiteral("hint"), QStringLiteral("count")};
    return suffixes;
}

QString normalisedName(QStringView name)
{
    const QString decoded = name.contains(QLatin1Char('%'))
        ? QUrl::fromPercentEncoding(name.toString().toUtf8())
        : name.toString();
    QString normalised;
    normalised.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (c.isLetterOrNumber())
            normalised += c.toLower();
    }
    return normalised;
}

constexpr qsizetype MaxNameLength = 80;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('%')
        || c == QLatin1Char('-');
}

bool isValueDelimiter(QChar c)
{
    static const QString delimiters = QStringLiteral("\"'&,;<>{}[]()");
    return c.isSpace() || delimiters.contains(c);
}

// The end of the JSON string that starts (with its quote) at `start`, past the closing quote;
// -1 when it does not end on this line.
qsizetype jsonStringEnd(const QString& text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('"'))
            return i + 1;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return -1;
    }
    return -1;
}

// An authorization scheme keeps its word and hides what follows it.
const QRegularExpression& schemePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:Bearer|Basic|Digest|token|Bot|MAC|Negotiate)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString jsonStringContent(const QString& quoted)
{
    const QJsonDocument document = QJsonDocument::fromJson((u'[' + quoted + u']').toUtf8());
    return document.isArray() ? document.array().at(0).toString() : quoted.mid(1, quoted.size() - 2);
}

QString jsonQuoted(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Where an unquoted value that follows a scheme word ("Bearer") or a cookie header really ends.
qsizetype extendedValueEnd(const QString& text, qsizetype valueEnd, const QString& value, bool wholeLine)
{
    if (wholeLine) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), valueEnd);
        end = end < 0 ? text.size() : end;
        while (end > valueEnd && text.at(end - 1) == QLatin1Char('\r'))
            --end;
        return end;
    }
    if (!schemePattern().match(value).hasMatch())
        return valueEnd;
    qsizetype end = valueEnd;
    while (end < text.size() && (text.at(end) == QLatin1Char(' ') || text.at(end) == QLatin1Char('\t')))
        ++end;
    const qsizetype credentialStart = end;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"')
        && text.at(end) != QLatin1Char('\''))
        ++end;
    return end > credentialStart ? end : valueEnd;
}

} // namespace

bool SecretMaskingRules::isSecretName(QStringView name)
{
    // Most names are short and plain: normalised on the stack, no allocation.
    char16_t buffer[MaxNameLength];
    qsizetype length = 0;
    bool plain = name.size() <= MaxNameLength;
    for (qsizetype i = 0; plain && i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('%'))
            plain = false;
        else if (c.isLetterOrNumber())
            buffer[length++] = c.toLower().unicode();
    }
    const QString slow = plain ? QString() : normalisedName(name);
    const QStringView normalised = plain ? QStringView(buffer, length) : QStringView(slow);
    if (normalised.isEmpty())
        return false;
    bool secret = namesSecretKey(normalised);
    for (const QString& word : secretWords())
        secret = secret || normalised.contains(word);
    if (!secret)
        return false;
    for (const QString& suffix : describingSuffixes()) {
        if (normalised.endsWith(suffix))
            return false;
    }
    return true;
}

bool SecretMaskingRules::isMasked(QStringView value)
{
    static const QRegularExpression masked(QStringLiteral(R"(^[^…]{0,4}…\(\d+ chars\)$)"));
    // A shell variable standing for the secret, as a masked curl command writes it.
    static const QRegularExpression variable(QStringLiteral(R"(^\$\{?[A-Z_][A-Z0-9_]*\}?$)"));
    // A QString, not the view: match(QStringView) is deprecated from Qt 6.8 and matchView() is 6.5+.
    const QString text = value.toString();
    return value == QStringLiteral("••••••") || masked.match(text).hasMatch()
        || variable.match(text).hasMatch();
}

QString SecretMaskingRules::maskHeaderValue(QStringView name, const QString& value)
{
    if (!isSecretName(name) || isMasked(value))
        return value;
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space > 0 && schemePattern().match(value.left(space)).hasMatch())
        return value.left(space + 1) + SecretMasker::mask(value.mid(space + 1));
    return SecretMasker::mask(value);
}

namespace {

// A name, a separator and a value, found from the separator: a ':' or '=' whose preceding word
// (optionally quoted) is a secret name has its value masked.
struct Pair
{
    QStringView name;
    bool quotedName = false;
    bool colon = false;
    qsizetype valueStart = -1;
    qsizetype valueEnd = -1;
};

bool pairAt(const QString& text, qsizetype separator, Pair* pair)
{
    qsizetype end = separator;
    while (end > 0 && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char('\t')))
        --end;
    pair->quotedName = end > 0 && text.at(end - 1) == QLatin1Char('"');
    if (pair->quotedName)
        --end;
    qsizetype start = end;
    while (start > 0 && end - start < MaxNameLength && isNameChar(text.at(start - 1)))
        --start;
    if (start == end || (pair->quotedName && (start == 0 || text.at(start - 1) != QLatin1Char('"'))))
        return false;
    pair->name = QStringView(text).mid(start, end - start);
    if (!SecretMaskingRules::isSecretName(pair->name))
        return false;
    pair->colon = text.at(separator) == QLatin1Char(':');
    qsizetype value = separator + 1;
    while (value < text.size() && (text.at(value) == QLatin1Char(' ') || text.at(value) == QLatin1Char('\t')))
        ++value;
    if (value >= text.size())
        return false;
    pair->valueStart = value;
    if (text.at(value) == QLatin1Char('"')) {
        pair->valueEnd = jsonStringEnd(text, value);
        return pair->valueEnd > 0;
    }
    qsizetype valueEnd = value;
    while (valueEnd < text.size() && !isValueDelimiter(text.at(valueEnd)))
        ++valueEnd;
    pair->valueEnd = valueEnd;
    return valueEnd > value;
}

} // namespace

QString SecretMaskingRules::maskByName(const QString& text)
{
    QString result;
    qsizetype copiedUpTo = 0;
    for (qsizetype position = 0; position < text.size(); ++position) {
        const QChar c = text.at(position);
        if (c != QLatin1Char(':') && c != QLatin1Char('='))
            continue;
        Pair pair;
        if (position < copiedUpTo || !pairAt(text, position, &pair))
            continue;
        const QString value = text.mid(pair.valueStart, pair.valueEnd - pair.valueStart);
        const bool quoted = value.startsWith(QLatin1Char('"'));
        const bool jsonMember = pair.quotedName && pair.colon;
        QString replacement;
        qsizetype end = pair.valueEnd;
        if (quoted) {
            const QString content = jsonStringContent(value);
            if (content.isEmpty() || isMasked(content))
                continue;
            replacement = jsonQuoted(SecretMasker::mask(content));
        } else {
            if (value == QLatin1String("null") || value == QLatin1String("true")
                || value == QLatin1String("false"))
                continue;
            const bool wholeLine
                = !jsonMember && pair.colon && normalisedName(pair.name).contains(QLatin1String("cookie"));
            end = extendedValueEnd(text, end, value, wholeLine);
            const QString whole = text.mid(pair.valueStart, end - pair.valueStart);
            if (isMasked(whole) || isMasked(value))
                continue;
            const qsizetype space = whole.indexOf(QLatin1Char(' '));
            const bool scheme = !wholeLine && space > 0;
            replacement = scheme ? whole.left(space + 1) + SecretMasker::mask(whole.mid(space + 1).trimmed())
                                 : SecretMasker::mask(whole);
            if (jsonMember)
                replacement = jsonQuoted(replacement);
        }
        result += QStringView(text).mid(copiedUpTo, pair.valueStart - copiedUpTo);
        result += replacement;
        copiedUpTo = end;
        position = end - 1;
    }
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
}
