#include "catalog/ProfileCatalogStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr qint64 MaxCatalogBytes = 64 * 1024 * 1024;

} // namespace

ProfileCatalogStore::ProfileCatalogStore(const QString& folder)
    : m_folder(folder)
{ }

QString ProfileCatalogStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalogs");
}

QString ProfileCatalogStore::pathFor(const QString& profileId) const
{
    // A profile id is a file name only when it cannot climb out of the folder or clash in case.
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    const QString name = plain.match(profileId).hasMatch() ? profileId
                                                           : QStringLiteral("id-")
            + QString::fromLatin1(
                QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex());
    return m_folder + QLatin1Char('/') + name + QStringLiteral(".json");
}

std::optional<QByteArray> ProfileCatalogStore::load(const QString& profileId) const
{
    QFile file(pathFor(profileId));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCatalogBytes)
        return std::nullopt;
    return file.readAll();
}

bool ProfileCatalogStore::save(const QString& profileId, const QByteArray& catalogJson, QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(m_folder))
        return fail(tr("The folder %1 cannot be created.").arg(m_folder));
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = pathFor(profileId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(catalogJson) != catalogJson.size() || !file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return true;
}

bool ProfileCatalogStore::remove(const QString& profileId) const
{
    const QString path = pathFor(profileId);
    return !QFile::exists(path) || QFile::remove(path);
}
