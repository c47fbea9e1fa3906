// Build-tree tool: makes resources/catalog/endpoints.json from an OpenAPI document and the
// console's grants file with the same importer the console and the CLI run ("Update API
// catalog..."), so the shipped catalog and a run-time update are one code path.
//   lofty_catalog_import OPENAPI.json GRANTS.json OUTPUT.json
#include "catalog/OpenApiImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace {

QByteArray readAll(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: lofty_catalog_import OPENAPI.json GRANTS.json OUTPUT.json\n");
        return 2;
    }
    bool documentOk = false;
    bool grantsOk = false;
    const QByteArray document = readAll(args.at(1), &documentOk);
    const QByteArray grants = readAll(args.at(2), &grantsOk);
    if (!documentOk || !grantsOk) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(documentOk ? args.at(2) : args.at(1)));
        return 1;
    }
    OpenApiImporter importer(grants);
    QString error;
    const QByteArray json = importer.toCatalogJson(document, &error);
    QString problems;
    if (json.isEmpty() || (EndpointCatalog::fromJson(json, &problems), !problems.isEmpty())) {
        std::fprintf(stderr, "%s\n", qPrintable(error.isEmpty() ? problems : error));
        return 1;
    }
    QSaveFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(args.at(3)), qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
