#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Keeps the catalog imported for a profile ("Update API catalog..."): one file per profile id in
// a folder of the app data location, written atomically (QSaveFile), mode 0600 in a 0700 folder.
class ProfileCatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCatalogStore)

public:
    explicit ProfileCatalogStore(const QString& folder = defaultFolder());
    static QString defaultFolder(); // <AppDataLocation>/catalogs

    QString pathFor(const QString& profileId) const;
    // The stored catalog JSON, or nullopt when the profile has none (or it cannot be read).
    std::optional<QByteArray> load(const QString& profileId) const;
    bool save(const QString& profileId, const QByteArray& catalogJson, QString* error) const;
    bool remove(const QString& profileId) const; // back to the built-in catalog

private:
    QString m_folder;
};
