#pragma once

#include "catalog/EndpointCatalog.h"

#include <QObject>
#include <QString>

struct CatalogUpdate;

// The catalog the active profile uses, for everything that shows or calls operations (Requests,
// Scopes, the scope probe, sample bodies): the one imported for the profile when there is one,
// else the built-in catalog. Switching profile, applying an update or resetting it emits
// catalogChanged() when the catalog in use is then another one; the catalog() reference of
// before stays valid (CatalogLoader keeps every catalog it handed out).
class ProfileCatalog : public QObject
{
    Q_OBJECT

public:
    explicit ProfileCatalog(QObject* parent = nullptr);

    QString profileId() const { return m_profileId; }
    void setProfileId(const QString& profileId);
    const EndpointCatalog& catalog() const { return *m_catalog; }
    // False when the profile uses the built-in catalog.
    bool isImported() const { return m_catalog != &EndpointCatalog::builtIn(); }

    // Reads the file kept for the profile again (the CLI's `catalog update` may have changed it).
    void reload();
    // Keeps `update` as the profile's catalog. False with *error (and nothing changed) when it is
    // invalid or cannot be written.
    bool apply(const CatalogUpdate& update, QString* error);
    // Back to the built-in catalog. False with *error when the kept file cannot be removed.
    bool resetToBuiltIn(QString* error);

signals:
    void catalogChanged();

private:
    const EndpointCatalog* m_catalog;
    QString m_profileId;
};
