#pragma once

#include "CliCommand.h"

#include <QByteArray>

class EndpointCatalog;

// `catalog list [--json]`: every operation of the selected profile's catalog (method, path, API,
// summary). `catalog update FILE|URL`: imports an OpenAPI 3.0/3.1 document (JSON) and keeps it
// as that profile's catalog, like File > "Update API catalog..." in the console; a document that
// cannot be used changes nothing.
class CliCatalogCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCatalogCommand)

public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    static constexpr int DownloadTimeoutSeconds = 60;

private:
    int list(CliContext& context, const EndpointCatalog& catalog) const;
    int update(CliContext& context, const QString& profileId, const QString& source) const;
    int read(CliContext& context, const QString& source, QByteArray* document) const;
    int download(CliContext& context, const QUrl& url, QByteArray* document) const;
};
