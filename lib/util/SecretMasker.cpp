#include "util/SecretMasker.h"

#include "util/SecretMaskingRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// Secrets shorter than this are too short to be worth partial display; they are fully hidden.
constexpr int MinimumLengthToShowPrefix = 12;
constexpr int VisiblePrefixLength = 4;

// The owner of values learnt from the fields of an exchange (rememberSecretFieldsIn).
const QString SeenOwner = QStringLiteral("seen");

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
    // As a JSON string holds it: quotes, backslashes and control characters escaped, and '/'
    // written either way ("\/" is legal JSON and some servers emit it).
    const QByteArray json = QJsonDocument(QJsonArray {secret}).toJson(QJsonDocument::Compact);
    QString jsonEscaped = QString::fromUtf8(json.mid(2, json.size() - 4));
    forms.insert(jsonEscaped);
    forms.insert(jsonEscaped.replace(QLatin1Char('/'), QLatin1String("\\/")));
    forms.remove(QString());
    return forms;
}

namespace {

// Forms at least this long are found through the prefix index; shorter ones are tried one by one.
constexpr int PrefixLength = 4;
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
    if (form.size() < PrefixLength) {
        const auto longer = [](const QString& a, const QString& b) { return a.size() > b.size(); };
        m_shortForms.insert(std::upper_bound(m_shortForms.begin(), m_shortForms.end(), form, longer), form);
        return;
    }
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

void SecretMasker::remember(const QString& secret, const QString& owner)
{
    if (secret.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    QSet<QString>& owners = m_owners[secret];
    const bool known = !owners.isEmpty();
    owners.insert(owner);
    if (known)
        return;
    const QString masked = mask(secret);
    for (const QString& form : encodedForms(secret)) {
        if (!m_replacements.contains(form)) // a form of another secret, e.g. its base64
            addForm(form, masked);
    }
}

void SecretMasker::removeForm(const QString& form)
{
    if (!m_replacements.remove(form))
        return;
    if (form.size() < PrefixLength) {
        m_shortForms.removeOne(form);
        return;
    }
    const auto bucket = m_formsByPrefix.find(prefixKey(form.constData()));
    bucket->removeOne(form);
    if (bucket->isEmpty())
        m_formsByPrefix.erase(bucket);
}

void SecretMasker::forget(const QString& secret, const QString& owner)
{
    QMutexLocker lock(&m_mutex);
    const auto owners = m_owners.find(secret);
    if (owners == m_owners.end() || !owners->remove(owner) || !owners->isEmpty())
        return;
    m_owners.erase(owners);
    const QSet<QString> forms = encodedForms(secret);
    for (const QString& form : forms) {
        // A form that is also a form of a secret still known stays.
        bool shared = false;
        for (auto other = m_owners.cbegin(); other != m_owners.cend() && !shared; ++other)
            shared = form == other.key() || encodedForms(other.key()).contains(form);
        if (!shared)
            removeForm(form);
    }
    rebuildPrefixFilter();
}

void SecretMasker::clear()
{
    QMutexLocker lock(&m_mutex);
    m_owners.clear();
    m_replacements.clear();
    m_shortForms.clear();
    m_formsByPrefix.clear();
    m_prefixFilter.clear();
}

int SecretMasker::knownCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_owners.size());
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

QString SecretMasker::redact(const QString& text) const
{
    return redactKnown(SecretMaskingRules::maskByName(text));
}

// Left to right, the longest form at each position wins, so that a secret is replaced whole
// before any shorter secret inside it; the replaced text is not looked at again.
QString SecretMasker::redactKnown(const QString& text) const
{
    QMutexLocker lock(&m_mutex);
    if (m_replacements.isEmpty())
        return text;
    QString result;
    qsizetype copiedUpTo = 0;
    const qsizetype lastStart = text.size() - PrefixLength;
    const QChar* units = text.constData();
    quint64 prefix = lastStart >= 0 ? prefixKey(units) : 0;
    for (qsizetype position = 0; position < text.size();) {
        const QString* form
            = position <= lastStart && !m_formsByPrefix.isEmpty() ? formAt(text, position, prefix) : nullptr;
        for (qsizetype i = 0; !form && i < m_shortForms.size(); ++i) {
            if (QStringView(text).mid(position).startsWith(m_shortForms.at(i)))
                form = &m_shortForms.at(i);
        }
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
    static const QRegularExpression jsonField(
        QStringLiteral("\"([^\"\\\\]{1,80})\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")"));
    static const QRegularExpression formField(
        QStringLiteral("(?:^|[?&\\s])([^=&\\s\"']{1,80})=([^&\\s\"']*)"));
    if (text.isEmpty())
        return;
    const QString decoded = QString::fromUtf8(text);
    for (auto it = jsonField.globalMatch(decoded); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!SecretMaskingRules::isSecretName(match.capturedView(1)))
            continue;
        const QJsonDocument value = QJsonDocument::fromJson(('[' + match.captured(2) + ']').toUtf8());
        remember(value.array().at(0).toString(), SeenOwner);
    }
    for (auto it = formField.globalMatch(decoded); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!SecretMaskingRules::isSecretName(match.capturedView(1)))
            continue;
        QString value = match.captured(2);
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        remember(QUrl::fromPercentEncoding(value.toUtf8()), SeenOwner);
    }
}

bool SecretMasker::isCredentialHeader(const QByteArray& name)
{
    return SecretMaskingRules::isSecretName(QString::fromLatin1(name));
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
