#include "catalog/ProfileCatalog.h"

#include "catalog/CatalogLoader.h"
#include "catalog/CatalogUpdate.h"
#include "catalog/ProfileCatalogStore.h"

ProfileCatalog::ProfileCatalog(QObject* parent)
    : QObject(parent)
    , m_catalog(&EndpointCatalog::builtIn())
{ }

void ProfileCatalog::setProfileId(const QString& profileId)
{
    m_profileId = profileId;
    reload();
}

void ProfileCatalog::reload()
{
    const EndpointCatalog* catalog = &CatalogLoader::forProfile(m_profileId);
    if (catalog == m_catalog)
        return;
    m_catalog = catalog;
    emit catalogChanged();
}

bool ProfileCatalog::apply(const CatalogUpdate& update, QString* error)
{
    if (!update.isValid() || m_profileId.isEmpty()) {
        if (error)
            *error = tr("There is no usable catalog to keep.");
        return false;
    }
    if (!ProfileCatalogStore().save(m_profileId, update.catalogJson, error))
        return false;
    reload();
    return true;
}

bool ProfileCatalog::resetToBuiltIn(QString* error)
{
    const ProfileCatalogStore store;
    if (!store.remove(m_profileId)) {
        if (error)
            *error = tr("%1 cannot be removed.").arg(store.pathFor(m_profileId));
        return false;
    }
    reload();
    return true;
}
