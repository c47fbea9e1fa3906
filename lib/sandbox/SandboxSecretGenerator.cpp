#include "sandbox/SandboxSecretGenerator.h"

#include "util/SecretMasker.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace {

constexpr int RandomBytes = 30; // a multiple of 3: base64 without padding

QByteArray randomBytes()
{
    QByteArray bytes(RandomBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32*>(bytes.data()), RandomBytes / sizeof(quint32));
    for (int i = RandomBytes - RandomBytes % int(sizeof(quint32)); i < RandomBytes; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

QString SandboxSecretGenerator::next(const QString& prefix)
{
    const bool awkward = (m_issued++ % 2) == 1;
    QString value;
    if (awkward) {
        value = QString::fromLatin1(randomBytes().toBase64());
        value.insert(value.size() / 2, QStringLiteral("/+=%2F"));
        value.append(QStringLiteral("=="));
    } else {
        value = QString::fromLatin1(randomBytes().toBase64(QByteArray::Base64UrlEncoding));
    }
    value.prepend(prefix);
    SecretMasker::global().remember(value);
    return value;
}
