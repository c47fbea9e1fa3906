#include "session/SessionSecrets.h"

#include "util/SecretMasker.h"

#include <QAtomicInteger>

namespace {

QAtomicInteger<quint64> nextTag;

} // namespace

SessionSecrets::SessionSecrets(SecretMasker* masker)
    : m_masker(masker)
    , m_tag(QStringLiteral("session %1/").arg(nextTag.fetchAndAddRelaxed(1)))
{ }

SessionSecrets::~SessionSecrets()
{
    removeWithPrefix(QString());
}

QString SessionSecrets::accountOwner(const QString& accountId, const QString& part)
{
    return QStringLiteral("account/%1/%2").arg(accountId, part);
}

QString SessionSecrets::maskerOwner(const QString& owner) const
{
    return m_tag + owner;
}

void SessionSecrets::set(const QString& owner, const QString& value)
{
    if (value.isEmpty()) {
        remove(owner);
        return;
    }
    const QString previous = m_values.value(owner);
    if (previous == value)
        return;
    m_masker->remember(value, maskerOwner(owner)); // first, so that the value is never unmasked
    if (!previous.isEmpty())
        m_masker->forget(previous, maskerOwner(owner));
    m_values.insert(owner, value);
}

void SessionSecrets::remove(const QString& owner)
{
    const QString previous = m_values.take(owner);
    if (!previous.isEmpty())
        m_masker->forget(previous, maskerOwner(owner));
}

void SessionSecrets::removeWithPrefix(const QString& ownerPrefix)
{
    QStringList owners;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key().startsWith(ownerPrefix))
            owners << it.key();
    }
    for (const QString& owner : std::as_const(owners))
        remove(owner);
}

QString SessionSecrets::redact(const QString& text) const
{
    return m_masker->redact(text);
}
