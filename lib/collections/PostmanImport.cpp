#include "collections/PostmanImport.h"

#include "collections/CollectionStore.h"
#include "collections/PostmanScript.h"
#include "util/PrivateFiles.h"
#include "util/SecretMaskingRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

namespace {

constexpr qint64 MaxExportBytes = 64 * 1024 * 1024;
constexpr int SortPrefixWidth = 2;

bool isLoftyApi(const QString& url)
{
    static const QRegularExpression lofty(QStringLiteral("^https?://api\\.lofty\\.com(:443)?/*$"));
    return lofty.match(url).hasMatch();
}

QString valueText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

// "NN-" keeps Postman's order, since a collection runs in file-name order.
QString sortPrefix(int index, int count)
{
    const int width = std::max(SortPrefixWidth, int(QString::number(count).size()));
    return QStringLiteral("%1-").arg(index, width, 10, QLatin1Char('0'));
}

QString folderNameFor(const QString& name)
{
    QString file = CollectionStore::fileNameFor(name);
    file.chop(int(qstrlen(".json")));
    return file;
}

// Postman writes `:leadId` for a path variable; its value, or the {{variable}} of that name.
QString fillPathVariables(QString url, const QJsonArray& variables)
{
    static const QRegularExpression placeholder(QStringLiteral("/:([A-Za-z_][A-Za-z0-9_]*)"));
    QHash<QString, QString> values;
    for (const QJsonValue& variable : variables)
        values.insert(variable[QLatin1String("key")].toString(), valueText(variable[QLatin1String("value")]));
    QRegularExpressionMatch match;
    int from = 0;
    while ((match = placeholder.match(url, from)).hasMatch()) {
        const QString value = values.value(match.captured(1));
        const QString replacement
            = QLatin1Char('/') + (value.isEmpty() ? QStringLiteral("{{%1}}").arg(match.captured(1)) : value);
        url.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = int(match.capturedStart() + replacement.size());
    }
    return url;
}

NameValueList queryOfRaw(const QString& raw)
{
    NameValueList pairs;
    const qsizetype question = raw.indexOf(QLatin1Char('?'));
    if (question < 0)
        return pairs;
    QString query = raw.mid(question + 1);
    query.truncate(query.indexOf(QLatin1Char('#')) < 0 ? query.size() : query.indexOf(QLatin1Char('#')));
    for (const QString& item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? item : item.left(equals);
        const QString value = equals < 0 ? QString() : item.mid(equals + 1);
        pairs.append({QUrl::fromPercentEncoding(name.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8())});
    }
    return pairs;
}

QString mediaTypeOf(const QString& rawLanguage)
{
    static const QHash<QString, QString> types {{QStringLiteral("json"), QStringLiteral("application/json")},
        {QStringLiteral("xml"), QStringLiteral("application/xml")},
        {QStringLiteral("text"), QStringLiteral("text/plain")},
        {QStringLiteral("html"), QStringLiteral("text/html")},
        {QStringLiteral("javascript"), QStringLiteral("application/javascript")}};
    return types.value(rawLanguage);
}

bool hasHeader(const CollectionRequest& request, const QString& name)
{
    return std::any_of(request.headers.cbegin(), request.headers.cend(),
        [&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

bool PostmanImport::parse(const QByteArray& json, Collection* collection, Report* report)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        report->error = document.isNull()
            ? tr("This is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset)
            : tr("This is not a Postman collection: the file holds no JSON object.");
        return false;
    }
    const QJsonObject root = document.object();
    const QString schema = root[QLatin1String("info")][QLatin1String("schema")].toString();
    if (!schema.contains(QLatin1String("/collection/v2."))) {
        report->error = root.contains(QLatin1String("requests"))
            ? tr("This is a Postman collection in the old v1 format: export it again from Postman as "
                 "\"Collection v2.1\".")
            : tr("This is not a Postman collection: info.schema does not name the v2.1 collection schema.");
        return false;
    }
    *collection = Collection();
    collection->name = root[QLatin1String("info")][QLatin1String("name")].toString().trimmed();
    if (collection->name.isEmpty())
        collection->name = tr("Imported from Postman");
    report->collectionName = collection->name;
    Context context {collection, report, {}};
    readVariables(root[QLatin1String("variable")].toArray(), &context);
    noteAuth(root, tr("The collection"), &context);
    if (!root[QLatin1String("event")].toArray().isEmpty())
        report->notes.append(tr("The collection's scripts were not imported: use captures and assertions."));
    readItems(root[QLatin1String("item")].toArray(), QString(), &context);
    if (collection->items.isEmpty()) {
        report->error = tr("The Postman collection \"%1\" holds no request.").arg(collection->name);
        return false;
    }
    return true;
}

void PostmanImport::readVariables(const QJsonArray& variables, Context* context)
{
    for (const QJsonValue& variable : variables) {
        const QString name = variable[QLatin1String("key")].toString().trimmed();
        if (name.isEmpty() || variable[QLatin1String("disabled")].toBool())
            continue;
        const QString value = valueText(variable[QLatin1String("value")]);
        if (variable[QLatin1String("type")].toString() == QLatin1String("secret")
            || SecretMaskingRules::isSecretName(name)) {
            context->collection->secretVariables.append(name);
            if (!value.isEmpty())
                context->report->notes.append(tr("The value of the variable \"%1\" was not imported: it is a "
                                                 "secret variable now; set its value in the keychain.")
                                                  .arg(name));
            continue;
        }
        context->collection->variables.append({name, value});
    }
}

void PostmanImport::readItems(const QJsonArray& items, const QString& folder, Context* context)
{
    int index = 0;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString prefix = sortPrefix(++index, int(items.size()));
        const QString name = item[QLatin1String("name")].toString().trimmed();
        if (item[QLatin1String("item")].isArray()) {
            const QString subfolder = folder + prefix + folderNameFor(name) + QLatin1Char('/');
            noteAuth(item, tr("Folder \"%1\"").arg(name), context);
            if (!item[QLatin1String("event")].toArray().isEmpty())
                context->report->notes.append(tr("Folder \"%1\": its scripts were not imported.").arg(name));
            readItems(item[QLatin1String("item")].toArray(), subfolder, context);
            continue;
        }
        Collection::Item saved;
        if (!readRequest(item, tr("Request \"%1\"").arg(name), &saved.request, context))
            continue;
        saved.relativePath = folder + prefix + CollectionStore::fileNameFor(saved.request.name);
        context->collection->items.append(saved);
        context->report->written.append(saved.relativePath);
    }
}

bool PostmanImport::readRequest(
    const QJsonObject& item, const QString& where, CollectionRequest* request, Context* context)
{
    const QJsonValue source = item[QLatin1String("request")];
    if (!source.isObject() && !source.isString()) {
        context->report->notes.append(tr("%1 was skipped: it is neither a request nor a folder.").arg(where));
        return false;
    }
    const QJsonObject postman = source.toObject();
    request->method = source.isString()
        ? QStringLiteral("GET")
        : postman[QLatin1String("method")].toString(QStringLiteral("GET")).toUpper();
    readUrl(source.isString() ? source : postman[QLatin1String("url")], request, context, where);
    request->name = item[QLatin1String("name")].toString().trimmed();
    if (request->name.isEmpty())
        request->name = QStringLiteral("%1 %2").arg(request->method, request->url);
    for (const QJsonValue& header : postman[QLatin1String("header")].toArray()) {
        const QString name = header[QLatin1String("key")].toString().trimmed();
        if (name.isEmpty() || header[QLatin1String("disabled")].toBool())
            continue;
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            context->report->notes.append(
                tr("%1: its Authorization header was not imported; requests are sent "
                   "with the selected account's credentials.")
                    .arg(where));
            continue;
        }
        request->headers.append({name, valueText(header[QLatin1String("value")])});
    }
    readBody(postman[QLatin1String("body")].toObject(), request, context, where);
    noteAuth(postman, where, context);
    readEvents(item[QLatin1String("event")].toArray(), where, request, context);
    const QStringList secrets = request->secretsInClear();
    if (!secrets.isEmpty())
        *request = request->withoutSecrets();
    noteSecrets(secrets, where, context);
    return true;
}

void PostmanImport::noteSecrets(const QStringList& secrets, const QString& where, Context* context)
{
    if (secrets.isEmpty())
        return;
    for (const QString& secret : secrets) {
        if (!context->collection->secretVariables.contains(secret))
            context->collection->secretVariables.append(secret);
    }
    context->report->notes.append(tr("%1: the values of %2 were replaced by {{variables}} of those names "
                                     "(secret variables; set their values in the keychain).")
                                      .arg(where, secrets.join(QLatin1String(", "))));
}

void PostmanImport::readUrl(
    const QJsonValue& url, CollectionRequest* request, Context* context, const QString& where)
{
    const QJsonObject parts = url.toObject();
    QString raw = url.isString() ? url.toString() : parts[QLatin1String("raw")].toString();
    if (raw.isEmpty() && parts.contains(QLatin1String("host"))) {
        QStringList host;
        for (const QJsonValue& part : parts[QLatin1String("host")].toArray())
            host.append(part.toString());
        QStringList path;
        for (const QJsonValue& part : parts[QLatin1String("path")].toArray())
            path.append(valueText(part));
        const QString protocol = parts[QLatin1String("protocol")].toString();
        const QString port = parts[QLatin1String("port")].toString();
        raw = (protocol.isEmpty() ? QString() : protocol + QLatin1String("://")) + host.join(QLatin1Char('.'))
            + (port.isEmpty() ? QString() : QLatin1Char(':') + port) + QLatin1Char('/')
            + path.join(QLatin1Char('/'));
    }
    QString base = raw.trimmed().section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    base = fillPathVariables(base, parts[QLatin1String("variable")].toArray());

    // Lofty's API host, written out or as the collection variable most exports use
    // ({{baseUrl}}/v1.0/leads), becomes the profile's API base.
    static const QRegularExpression hostPart(QStringLiteral("^(\\{\\{([^{}]+)\\}\\}|https?://[^/]+)(/.*)?$"));
    const QRegularExpressionMatch host = hostPart.match(base);
    if (host.hasMatch()) {
        const QString variable = host.captured(2).trimmed();
        QString hostValue = host.captured(1);
        for (const auto& [name, value] : std::as_const(context->collection->variables)) {
            if (!variable.isEmpty() && name == variable)
                hostValue = value;
        }
        if (isLoftyApi(hostValue))
            base = host.captured(3).isEmpty() ? QStringLiteral("/") : host.captured(3);
    }
    request->url = base;

    if (!parts.contains(QLatin1String("query"))) {
        request->params = queryOfRaw(raw);
        return;
    }
    for (const QJsonValue& item : parts[QLatin1String("query")].toArray()) {
        if (item[QLatin1String("disabled")].toBool()) {
            context->report->notes.append(tr("%1: the disabled query parameter \"%2\" was left out.")
                                              .arg(where, item[QLatin1String("key")].toString()));
            continue;
        }
        request->params.append(
            {item[QLatin1String("key")].toString(), valueText(item[QLatin1String("value")])});
    }
}

void PostmanImport::readBody(
    const QJsonObject& body, CollectionRequest* request, Context* context, const QString& where)
{
    const QString mode = body[QLatin1String("mode")].toString();
    if (mode.isEmpty() || body[QLatin1String("disabled")].toBool())
        return;
    if (mode == QLatin1String("raw")) {
        request->body = body[QLatin1String("raw")].toString().toUtf8();
        const QString type = mediaTypeOf(
            body[QLatin1String("options")][QLatin1String("raw")][QLatin1String("language")].toString());
        if (!request->body.isEmpty() && !type.isEmpty()
            && !hasHeader(*request, QStringLiteral("Content-Type")))
            request->headers.append({QStringLiteral("Content-Type"), type});
        return;
    }
    if (mode == QLatin1String("urlencoded")) {
        QStringList pairs;
        QStringList secrets;
        for (const QJsonValue& field : body[QLatin1String("urlencoded")].toArray()) {
            if (field[QLatin1String("disabled")].toBool())
                continue;
            const QString name = field[QLatin1String("key")].toString();
            QString value = valueText(field[QLatin1String("value")]);
            if (SecretMaskingRules::isSecretName(name) && !value.isEmpty()
                && !CollectionRequest::isVariableReference(value)) {
                value = QStringLiteral("{{%1}}").arg(name);
                secrets.append(name);
            }
            // Braces stay as they are so that {{variables}} are still resolved at send time.
            pairs.append(QString::fromLatin1(
                QUrl::toPercentEncoding(name, "{}") + '=' + QUrl::toPercentEncoding(value, "{}")));
        }
        request->body = pairs.join(QLatin1Char('&')).toUtf8();
        noteSecrets(secrets, where, context);
        if (!hasHeader(*request, QStringLiteral("Content-Type")))
            request->headers.append(
                {QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
        return;
    }
    context->report->notes.append(
        tr("%1: its %2 body was not imported (only raw and urlencoded bodies are).").arg(where, mode));
}

void PostmanImport::readEvents(
    const QJsonArray& events, const QString& where, CollectionRequest* request, Context* context)
{
    for (const QJsonValue& event : events) {
        const QJsonValue exec = event[QLatin1String("script")][QLatin1String("exec")];
        QStringList lines;
        for (const QJsonValue& line : exec.toArray())
            lines.append(line.toString());
        if (exec.isString())
            lines.append(exec.toString());
        if (event[QLatin1String("listen")].toString() != QLatin1String("test")) {
            context->report->notes.append(tr("%1: its pre-request script was not imported.").arg(where));
            continue;
        }
        const PostmanScript::Translation translation = PostmanScript::translate(lines, request);
        QString note = tr("%1: its test script became %2 capture(s) and %3 assertion(s)")
                           .arg(where)
                           .arg(translation.captures)
                           .arg(translation.assertions);
        if (translation.untranslatedLines > 0)
            note += tr("; %n line(s) were not translated", nullptr, translation.untranslatedLines);
        context->report->notes.append(note + QLatin1Char('.'));
    }
}

void PostmanImport::noteAuth(const QJsonObject& owner, const QString& where, Context* context)
{
    const QString type = owner[QLatin1String("auth")][QLatin1String("type")].toString();
    if (type.isEmpty() || type == QLatin1String("noauth") || type == QLatin1String("inherit"))
        return;
    context->report->notes.append(tr("%1: its %2 authorization was not imported; requests are sent with the "
                                     "selected account's credentials.")
                                      .arg(where, type));
}

bool PostmanImport::importFile(const QString& path, const QString& targetDir, Report* report)
{
    *report = Report();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report->error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxExportBytes) {
        report->error
            = tr("%1 is larger than %2 MB: not a collection export.").arg(path).arg(MaxExportBytes >> 20);
        return false;
    }
    Collection collection;
    if (!parse(file.readAll(), &collection, report))
        return false;
    const QFileInfo target(targetDir);
    if (target.exists()
        && (!target.isDir()
            || !QDir(targetDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        report->error = tr("%1 already exists and is not empty: choose a new folder for the collection.")
                            .arg(targetDir);
        return false;
    }
    const QString parent = target.absolutePath();
    if (!PrivateFiles::ensureFolder(parent)) {
        report->writeFailed = true;
        report->error = tr("Cannot create the folder %1.").arg(parent);
        return false;
    }
    QTemporaryDir staging(parent + QStringLiteral("/.lofty-import-XXXXXX"));
    if (!staging.isValid() || !writeCollection(collection, staging.path(), &report->error)) {
        report->writeFailed = true;
        if (report->error.isEmpty())
            report->error = tr("Cannot write in %1: %2").arg(parent, staging.errorString());
        return false;
    }
    if ((target.exists() && !QDir().rmdir(target.absoluteFilePath()))
        || !QDir().rename(staging.path(), target.absoluteFilePath())) {
        report->writeFailed = true;
        report->error = tr("Cannot move the imported collection to %1.").arg(targetDir);
        return false;
    }
    staging.setAutoRemove(false);
    return true;
}

bool PostmanImport::writeCollection(const Collection& collection, const QString& folder, QString* error)
{
    Collection settings = collection;
    settings.rootPath = folder;
    if (!CollectionStore::saveSettings(settings, error))
        return false;
    for (const Collection::Item& item : collection.items) {
        if (!CollectionStore::saveRequest(folder, item.relativePath, item.request, error))
            return false;
    }
    return true;
}
