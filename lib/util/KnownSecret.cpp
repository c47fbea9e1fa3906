#include "util/KnownSecret.h"

#include "util/SecretMasker.h"

#include <QAtomicInteger>

namespace {

QAtomicInteger<quint64> nextOwner;

} // namespace

KnownSecret::KnownSecret(SecretMasker* masker)
    : m_masker(masker ? masker : &SecretMasker::global())
    , m_owner(QStringLiteral("known secret %1").arg(nextOwner.fetchAndAddRelaxed(1)))
{ }

KnownSecret::~KnownSecret()
{
    clear();
}

void KnownSecret::set(const QString& value)
{
    if (value == m_value)
        return;
    clear();
    if (value.isEmpty())
        return;
    m_value = value;
    m_masker->remember(m_value, m_owner);
}

void KnownSecret::clear()
{
    if (!m_value.isEmpty())
        m_masker->forget(m_value, m_owner);
    m_value.clear();
}
