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
        QStringLiteral("key"), QStringLiteral("authorization"), QStringLiteral("credential"),
        QStringLiteral("cookie"), QStringLiteral("customerkey"), QStringLiteral("privatekey")};
    return words;
}

// Names that contain a secret word but describe a secret instead of carrying one
// ("token_type", "token_url", "refresh_token_expires_in", "authorization_endpoint").
const QStringList& describingSuffixes()
{
    static const QStringList suffixes {QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("uri"),
        QStringLiteral("endpoint"), QStringLiteral("method"), QStringLiteral("expiresin"),
        QStringLiteral("expiresat"), QStringLiteral("hint")};
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

// "name" = value, name: value, name=value; the value a JSON string or a run up to a delimiter.
const QRegularExpression& pairPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![A-Za-z0-9_.%\-])("?)([A-Za-z0-9_.%\-]{1,80})\1(\s*[:=]\s*))"
                       R"(("(?:[^"\\\r\n]|\\.)*"|[^\s"'&,;<>{}\[\]()]+))"));
    return pattern;
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
    const QString normalised = normalisedName(name);
    if (normalised.isEmpty())
        return false;
    bool secret = false;
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
    return value == QStringLiteral("••••••") || value.startsWith(QLatin1Char('$'))
        || masked.match(value).hasMatch();
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

QString SecretMaskingRules::maskByName(const QString& text)
{
    QString result;
    qsizetype copiedUpTo = 0;
    // Not globalMatch: after a name that is not secret, the search resumes right after its
    // separator, so that "https://host/x?token=..." still finds the token.
    for (qsizetype from = 0; from < text.size();) {
        const QRegularExpressionMatch match = pairPattern().match(text, from);
        if (!match.hasMatch())
            break;
        from = match.capturedEnd(3);
        if (!isSecretName(match.capturedView(2)))
            continue;
        const QString value = match.captured(4);
        const bool quoted = value.startsWith(QLatin1Char('"'));
        const bool jsonMember = !match.captured(1).isEmpty() && match.captured(3).contains(QLatin1Char(':'));
        QString replacement;
        qsizetype end = match.capturedEnd(4);
        if (quoted) {
            const QString content = jsonStringContent(value);
            if (content.isEmpty() || isMasked(content))
                continue;
            replacement = jsonQuoted(SecretMasker::mask(content));
        } else {
            if (value == QLatin1String("null") || value == QLatin1String("true")
                || value == QLatin1String("false"))
                continue;
            const bool wholeLine = !jsonMember && match.captured(3).contains(QLatin1Char(':'))
                && normalisedName(match.capturedView(2)).contains(QLatin1String("cookie"));
            end = extendedValueEnd(text, end, value, wholeLine);
            const QString whole = text.mid(match.capturedStart(4), end - match.capturedStart(4));
            if (isMasked(whole) || isMasked(value))
                continue;
            const qsizetype space = whole.indexOf(QLatin1Char(' '));
            const bool scheme = !wholeLine && space > 0;
            replacement = scheme ? whole.left(space + 1) + SecretMasker::mask(whole.mid(space + 1).trimmed())
                                 : SecretMasker::mask(whole);
            if (jsonMember)
                replacement = jsonQuoted(replacement);
        }
        result += QStringView(text).mid(copiedUpTo, match.capturedStart(4) - copiedUpTo);
        result += replacement;
        copiedUpTo = end;
        from = end;
    }
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
}
