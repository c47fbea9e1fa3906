#pragma once

#include "catalog/EndpointCatalog.h"

#include <QString>

// The catalog the console and the CLI use for a profile: the one imported for it (kept by
// ProfileCatalogStore) when there is one and it is usable, else the built-in catalog. The
// returned reference stays valid for the life of the process, also after the profile's catalog
// is updated (a later call returns the new one).
namespace CatalogLoader {

const EndpointCatalog& forProfile(const QString& profileId);

} // namespace CatalogLoader
