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

namespace {

// Every remembered form is at least MinimumRememberedLength long, so a prefix this long exists.
constexpr int PrefixLength = 4;
static_assert(PrefixLength <= MinimumRememberedLength, "every form must have a whole prefix");
constexpr quint32 PrefixFilterBits = 1u << 18;

} // namespace

// The first four UTF-16 units, exactly: no two different prefixes share a key.
quint64 SecretMasker::prefixKey(const QChar* start)
{
    quint64 key = 0;
    for (int i = 0; i < PrefixLength; ++i)
        key = (key << 16) | start[i].unicode();
    return key;
}

quint32 SecretMasker::filterBit(quint64 prefix)
{
    return quint32((prefix * 0x9E3779B97F4A7C15ull) >> 40) % PrefixFilterBits;
}

void SecretMasker::addForm(const QString& form, const QString& masked)
{
    m_replacements.insert(form, masked);
    const quint64 prefix = prefixKey(form.constData());
    QStringList& forms = m_formsByPrefix[prefix];
    const auto longerOrEqual = [](const QString& a, const QString& b) { return a.size() > b.size(); };
    forms.insert(std::upper_bound(forms.begin(), forms.end(), form, longerOrEqual), form);
    if (m_prefixFilter.empty())
        m_prefixFilter.assign(PrefixFilterBits / 64, 0);
    const quint32 bit = filterBit(prefix);
    m_prefixFilter[bit / 64] |= quint64(1) << (bit % 64);
}

void SecretMasker::rebuildPrefixFilter()
{
    m_prefixFilter.assign(m_formsByPrefix.isEmpty() ? 0 : PrefixFilterBits / 64, 0);
    for (auto it = m_formsByPrefix.cbegin(); it != m_formsByPrefix.cend(); ++it) {
        const quint32 bit = filterBit(it.key());
        m_prefixFilter[bit / 64] |= quint64(1) << (bit % 64);
    }
}

void SecretMasker::remember(const QString& secret)
{
    if (secret.size() < MinimumRememberedLength)
        return;
    const QString masked = mask(secret);
    QMutexLocker lock(&m_mutex);
    for (const QString& form : encodedForms(secret)) {
        if (!m_replacements.contains(form)) // remembered again on every request
            addForm(form, masked);
    }
}

void SecretMasker::forget(const QString& secret)
{
    QMutexLocker lock(&m_mutex);
    for (const QString& form : encodedForms(secret)) {
        if (!m_replacements.remove(form))
            continue;
        const auto bucket = m_formsByPrefix.find(prefixKey(form.constData()));
        bucket->removeOne(form);
        if (bucket->isEmpty())
            m_formsByPrefix.erase(bucket);
    }
    rebuildPrefixFilter();
}

void SecretMasker::clear()
{
    QMutexLocker lock(&m_mutex);
    m_replacements.clear();
    m_formsByPrefix.clear();
    m_prefixFilter.clear();
}

// The longest remembered form that starts at `position` (whose first four units are `prefix`), or null.
const QString* SecretMasker::formAt(QStringView text, qsizetype position, quint64 prefix) const
{
    const quint32 bit = filterBit(prefix);
    if (!(m_prefixFilter[bit / 64] & (quint64(1) << (bit % 64))))
        return nullptr;
    const auto bucket = m_formsByPrefix.constFind(prefix);
    if (bucket == m_formsByPrefix.cend())
        return nullptr;
    const QStringView rest = text.mid(position);
    for (const QString& form : *bucket) {
        if (rest.startsWith(form))
            return &form;
    }
    return nullptr;
}

// Left to right, the longest form at each position wins, so that a secret is replaced whole
// before any shorter secret inside it; the replaced text is not looked at again.
QString SecretMasker::redact(const QString& text) const
{
    QMutexLocker lock(&m_mutex);
    if (m_replacements.isEmpty() || text.size() < PrefixLength)
        return text;
    QString result;
    qsizetype copiedUpTo = 0;
    const qsizetype lastStart = text.size() - PrefixLength;
    const QChar* units = text.constData();
    quint64 prefix = prefixKey(units);
    for (qsizetype position = 0; position <= lastStart;) {
        const QString* form = formAt(text, position, prefix);
        if (form) {
            result += QStringView(text).mid(copiedUpTo, position - copiedUpTo);
            result += m_replacements.value(*form);
            position += form->size();
            copiedUpTo = position;
            if (position <= lastStart)
                prefix = prefixKey(units + position);
        } else if (++position <= lastStart) {
            prefix = (prefix << 16) | units[position + PrefixLength - 1].unicode();
        }
    }
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
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
