#include "CliCatalogCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliOutput.h"

#include "catalog/CatalogLoader.h"
#include "catalog/CatalogUpdate.h"
#include "catalog/OpenApiImporter.h"
#include "catalog/ProfileCatalogStore.h"
#include "profiles/Profile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

QString CliCatalogCommand::summary() const
{
    return tr("List the profile's API operations, or update them from an OpenAPI document.");
}

int CliCatalogCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("list or update."));
    const int parsed
        = parse(context, parser, arguments, QStringLiteral("catalog <list|update FILE|URL> [options]"),
            tr("  list                  every operation: method, path, API, summary\n"
               "  update FILE|URL       import an OpenAPI 3.0/3.1 JSON document as the profile's catalog\n"
               "                        (for Lofty: https://developer.lofty.com/openapi/openapi.json);\n"
               "                        an unusable document changes nothing and exits with 2"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    if (positional.size() > (action == QLatin1String("update") ? 2 : 1))
        return usageError(context, tr("Too many arguments."));
    const Profile* profile = context.selectedProfile();
    if (!profile)
        return CliExitCode::NotFound;
    if (action == QLatin1String("list"))
        return list(context, CatalogLoader::forProfile(profile->id));
    if (action == QLatin1String("update")) {
        if (positional.size() < 2)
            return usageError(context, tr("Name the OpenAPI document: a file or an http(s) URL."));
        return update(context, profile->id, positional.at(1));
    }
    return usageError(context, tr("Unknown action \"%1\".").arg(action));
}

int CliCatalogCommand::list(CliContext& context, const EndpointCatalog& catalog) const
{
    if (context.output().json()) {
        QJsonArray array;
        for (const CatalogEndpoint& endpoint : catalog.endpoints()) {
            array.append(QJsonObject {{QStringLiteral("id"), endpoint.id},
                {QStringLiteral("method"), endpoint.method}, {QStringLiteral("path"), endpoint.pathTemplate},
                {QStringLiteral("api"), endpoint.api}, {QStringLiteral("group"), endpoint.group},
                {QStringLiteral("summary"), endpoint.summary}});
        }
        context.output().printJson(array);
        return CliExitCode::Ok;
    }
    QList<QStringList> rows;
    for (const CatalogEndpoint& endpoint : catalog.endpoints())
        rows << QStringList {endpoint.method, endpoint.pathTemplate, endpoint.api, endpoint.summary};
    context.output().table({tr("METHOD"), tr("PATH"), tr("API"), tr("SUMMARY")}, rows);
    return CliExitCode::Ok;
}

int CliCatalogCommand::update(CliContext& context, const QString& profileId, const QString& source) const
{
    QByteArray document;
    if (const int status = read(context, source, &document); status != CliExitCode::Ok)
        return status;
    QString error;
    const CatalogUpdate updated
        = CatalogUpdate::fromDocument(document, CatalogLoader::forProfile(profileId), &error);
    if (!updated.isValid()) {
        context.output().error(tr("The catalog was not changed: %1").arg(error));
        return CliExitCode::Usage;
    }
    if (!ProfileCatalogStore().save(profileId, updated.catalogJson, &error)) {
        context.output().error(tr("The catalog was not changed: %1").arg(error));
        return CliExitCode::Failure;
    }
    const CatalogDiff& diff = updated.diff;
    for (const QString& line : diff.lines())
        context.output().info(line);
    context.output().info(tr("Catalog updated: %1 operations (%2).")
                              .arg(updated.catalog.endpoints().size())
                              .arg(diff.summary()));
    return CliExitCode::Ok;
}

int CliCatalogCommand::read(CliContext& context, const QString& source, QByteArray* document) const
{
    const QUrl url(source);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        return download(context, url, document);
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        context.output().error(tr("%1 cannot be read: %2").arg(source, file.errorString()));
        return CliExitCode::Usage;
    }
    if (file.size() > OpenApiImporter::MaxDocumentBytes) {
        context.output().error(tr("%1 is larger than %2 MB; the catalog was not changed.")
                                   .arg(source)
                                   .arg(OpenApiImporter::MaxDocumentBytes / (1024 * 1024)));
        return CliExitCode::Usage;
    }
    *document = file.readAll();
    return CliExitCode::Ok;
}

int CliCatalogCommand::download(CliContext& context, const QUrl& url, QByteArray* document) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(DownloadTimeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > OpenApiImporter::MaxDocumentBytes)
            reply->abort(); // too large to be a document worth reading
    });
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        context.output().error(tr("%1 could not be downloaded (HTTP %2): %3; the catalog was not changed.")
                                   .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                                   .arg(status)
                                   .arg(reply->errorString()));
        reply->deleteLater();
        return CliExitCode::NetworkError;
    }
    *document = reply->readAll();
    reply->deleteLater();
    return CliExitCode::Ok;
}
