#include "util/SecretMasker.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// Secrets shorter than this are too short to be worth partial display; they are fully hidden.
constexpr int MinimumLengthToShowPrefix = 12;
constexpr int VisiblePrefixLength = 4;
// Values this short are not remembered for redaction: replacing every "abc" in a log would
// destroy the log and protects nothing real.
constexpr int MinimumRememberedLength = 6;

QtMessageHandler previousHandler = nullptr;

void redactingMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString safe = SecretMasker::global().redact(message);
    if (previousHandler)
        previousHandler(type, context, safe);
}

} // namespace

QString SecretMasker::mask(const QString& secret)
{
    if (secret.isEmpty())
        return QString();
    if (secret.size() < MinimumLengthToShowPrefix)
        return QStringLiteral("••••••");
    return secret.left(VisiblePrefixLength) + QStringLiteral("…(%1 chars)").arg(secret.size());
}

QSet<QString> SecretMasker::encodedForms(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QSet<QString> forms {secret};
    forms.insert(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    forms.insert(QString::fromLatin1(utf8.toBase64()));
    forms.insert(
        QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    // Form encoding writes spaces as '+'.
    QString formEncoded = QString::fromLatin1(QUrl::toPercentEncoding(secret, " "));
    formEncoded.replace(QLatin1Char(' '), QLatin1Char('+'));
    forms.insert(formEncoded);
    return forms;
}

void SecretMasker::remember(const QString& secret)
{
    if (secret.size() < MinimumRememberedLength)
        return;
    const QString masked = mask(secret);
    QMutexLocker lock(&m_mutex);
    for (const QString& form : encodedForms(secret)) {
        if (m_replacements.contains(form))
            continue; // remembered again on every request: no rebuild for that
        m_replacements.insert(form, masked);
        m_patternsAreStale = true;
    }
}

void SecretMasker::forget(const QString& secret)
{
    QMutexLocker lock(&m_mutex);
    for (const QString& form : encodedForms(secret))
        m_replacements.remove(form);
    m_patternsAreStale = true;
}

void SecretMasker::clear()
{
    QMutexLocker lock(&m_mutex);
    m_replacements.clear();
    m_patternsAreStale = true;
}

QString SecretMasker::redact(const QString& text) const
{
    QMutexLocker lock(&m_mutex);
    if (m_replacements.isEmpty() || text.isEmpty())
        return text;
    if (m_patternsAreStale)
        rebuildPatterns();
    QString result = text;
    for (const QRegularExpression& pattern : m_patterns)
        result = replaceMatches(result, pattern);
    return result;
}

QString SecretMasker::replaceMatches(const QString& text, const QRegularExpression& pattern) const
{
    QString result;
    qsizetype copiedUpTo = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        result += m_replacements.value(match.captured());
        copiedUpTo = match.capturedEnd();
    }
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

// Alternations of every known form, longest first, so that a secret is replaced whole before any
// shorter secret inside it: a few passes however many secrets a long session has seen. PCRE2
// limits a compiled pattern's size, hence several patterns.
void SecretMasker::rebuildPatterns() const
{
    constexpr qsizetype MaxPatternLength = 16 * 1024;
    QStringList forms = m_replacements.keys();
    std::sort(
        forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    m_patterns.clear();
    QString pattern;
    for (const QString& form : qAsConst(forms)) {
        const QString escaped = QRegularExpression::escape(form);
        if (!pattern.isEmpty() && pattern.size() + escaped.size() + 1 > MaxPatternLength) {
            m_patterns.append(QRegularExpression(pattern));
            pattern.clear();
        }
        pattern += (pattern.isEmpty() ? QString() : QStringLiteral("|")) + escaped;
    }
    if (!pattern.isEmpty())
        m_patterns.append(QRegularExpression(pattern));
    for (QRegularExpression& compiled : m_patterns)
        compiled.optimize();
    m_patternsAreStale = false;
}

QByteArray SecretMasker::redact(const QByteArray& text) const
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

void SecretMasker::rememberSecretFieldsIn(const QByteArray& text)
{
    static const QString names = QStringLiteral(
        "access_token|refresh_token|id_token|client_secret|customer_key|code_verifier|api_key|apiKey|"
        "accessToken|refreshToken|clientSecret|customerKey");
    static const QRegularExpression jsonField(
        QStringLiteral("\"(?:%1)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").arg(names));
    static const QRegularExpression formField(QStringLiteral("(?:^|[?&\\s])(?:%1)=([^&\\s\"']*)").arg(names));
    if (text.isEmpty())
        return;
    const QString decoded = QString::fromUtf8(text);
    for (auto it = jsonField.globalMatch(decoded); it.hasNext();)
        remember(it.next().captured(1).replace(QStringLiteral("\\/"), QStringLiteral("/")));
    for (auto it = formField.globalMatch(decoded); it.hasNext();) {
        QString value = it.next().captured(1);
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        remember(QUrl::fromPercentEncoding(value.toUtf8()));
    }
}

bool SecretMasker::isCredentialHeader(const QByteArray& name)
{
    static const QList<QByteArray> names {
        "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"};
    return names.contains(name.toLower());
}

SecretMasker& SecretMasker::global()
{
    static SecretMasker masker;
    return masker;
}

void SecretMasker::installMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingMessageHandler);
    if (previous != redactingMessageHandler)
        previousHandler = previous;
}
