#include "catalog/CatalogLoader.h"

#include "catalog/ProfileCatalogStore.h"
#include "util/LogCategories.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

#include <list>

namespace {

struct Loaded
{
    QByteArray digest; // of the file it was read from
    const EndpointCatalog* catalog = nullptr;
};

} // namespace

const EndpointCatalog& CatalogLoader::forProfile(const QString& profileId)
{
    static QMutex mutex;
    static QHash<QString, Loaded> current;
    // Catalogs handed out are never freed: panels and probes keep references to them.
    static std::list<EndpointCatalog> kept;

    const std::optional<QByteArray> json = ProfileCatalogStore().load(profileId);
    if (profileId.isEmpty() || !json)
        return EndpointCatalog::builtIn();
    const QByteArray digest = QCryptographicHash::hash(*json, QCryptographicHash::Sha256);
    const QMutexLocker lock(&mutex);
    const auto it = current.constFind(profileId);
    if (it != current.constEnd() && it->digest == digest)
        return *it->catalog;
    QString error;
    EndpointCatalog catalog = EndpointCatalog::fromJson(*json, &error);
    if (catalog.isEmpty()) {
        qCWarning(lcApi).noquote()
            << "The API catalog kept for the profile is not usable; the built-in one is used:" << error;
        return EndpointCatalog::builtIn();
    }
    kept.push_back(std::move(catalog));
    current.insert(profileId, {digest, &kept.back()});
    return kept.back();
}
