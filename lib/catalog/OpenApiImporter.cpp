#include "catalog/OpenApiImporter.h"

#include "catalog/OpenApiSchema.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QFile>
#include <QRegularExpression>

namespace {

const QStringList& operationMethods()
{
    static const QStringList methods = {QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"),
        QStringLiteral("patch"), QStringLiteral("delete")};
    return methods;
}

QString grantKey(const QString& method, const QString& path)
{
    return method + QLatin1Char(' ') + path;
}

// "Sales Agents V2" -> "salesAgentsV2": the group part of a generated id.
QString camelWords(const QString& text)
{
    QString result;
    bool upper = false;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() || c.unicode() > 127) {
            upper = !result.isEmpty();
            continue;
        }
        result += upper ? c.toUpper() : (result.isEmpty() ? c.toLower() : c);
        upper = false;
    }
    return result;
}

QStringList placeholdersOf(const QString& path)
{
    QStringList names;
    static const QRegularExpression placeholder(QStringLiteral("^\\{([^{}/]+)\\}$"));
    for (const QString& segment : path.split(QLatin1Char('/'))) {
        const QRegularExpressionMatch match = placeholder.match(segment);
        if (match.hasMatch())
            names << match.captured(1);
    }
    return names;
}

bool isJsonMediaType(const QString& type)
{
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"))
        || type == QLatin1String("*/*");
}

JsonNode parameterJson(const CatalogParameter& parameter)
{
    QList<std::pair<QString, JsonNode>> members = {{QStringLiteral("name"), JsonNode::string(parameter.name)},
        {QStringLiteral("type"), JsonNode::string(parameter.type)},
        {QStringLiteral("required"), JsonNode::boolean(parameter.required)}};
    if (!parameter.description.isEmpty())
        members.append({QStringLiteral("description"), JsonNode::string(parameter.description.simplified())});
    if (!parameter.defaultValue.isEmpty())
        members.append({QStringLiteral("default"), JsonNode::string(parameter.defaultValue)});
    if (!parameter.allowedValues.isEmpty()) {
        QList<JsonNode> values;
        for (const QString& value : parameter.allowedValues)
            values << JsonNode::string(value);
        members.append({QStringLiteral("allowedValues"), JsonNode::array(values)});
    }
    if (parameter.minimum)
        members.append({QStringLiteral("minimum"), JsonNode::number(*parameter.minimum)});
    if (parameter.maximum)
        members.append({QStringLiteral("maximum"), JsonNode::number(*parameter.maximum)});
    return JsonNode::object(members);
}

JsonNode parameterListJson(const QList<CatalogParameter>& parameters)
{
    QList<JsonNode> list;
    for (const CatalogParameter& parameter : parameters)
        list << parameterJson(parameter);
    return JsonNode::array(list);
}

} // namespace

OpenApiImporter::OpenApiImporter(const QByteArray& grantsJson)
    : m_grantsJson(grantsJson)
{ }

QByteArray OpenApiImporter::builtInGrants()
{
    QFile file(QStringLiteral(":/lofty/catalog/api-grants.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool OpenApiImporter::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool OpenApiImporter::readGrants()
{
    if (m_grantsJson.isEmpty())
        return true;
    QString parseError;
    const JsonNode root = JsonReader::parse(m_grantsJson, &parseError);
    if (!root.isObject())
        return fail(tr("The API grants file is not a JSON object: %1").arg(parseError));
    m_grantsComment = root.value(u"comment").toString();
    m_grantApis = root.value(u"apis");
    const JsonNode operations = root.value(u"operations");
    for (int i = 0; i < operations.size(); ++i) {
        const JsonNode entry = operations.at(i);
        Grant grant {entry.value(u"id").toString(), entry.value(u"api").toString(),
            entry.value(u"safeToProbe").toBool(false)};
        if (grant.id.isEmpty() || grant.api.isEmpty())
            return fail(tr("The API grants file names no id or api for \"%1\"").arg(operations.keyAt(i)));
        m_grants.insert(operations.keyAt(i), grant);
    }
    return true;
}

QByteArray OpenApiImporter::toCatalogJson(const QByteArray& document, QString* error)
{
    m_error.clear();
    m_grants.clear();
    m_operations.clear();
    m_usedIds.clear();
    m_extraApis.clear();
    m_grantsUsed = false;
    auto failed = [this, error]() {
        if (error)
            *error = m_error;
        return QByteArray();
    };
    if (document.size() > MaxDocumentBytes) {
        fail(tr("The document is %1 MB; at most %2 MB are read")
                 .arg(document.size() / (1024 * 1024))
                 .arg(MaxDocumentBytes / (1024 * 1024)));
        return failed();
    }
    if (!readGrants())
        return failed();
    QString parseError;
    const JsonNode root = JsonReader::parse(document, &parseError);
    if (!root.isValid()) {
        fail(tr("The document is not valid JSON: %1").arg(parseError));
        return failed();
    }
    const QString version = root.value(u"openapi").toString();
    if (!root.isObject()
        || !(version.startsWith(QLatin1String("3.0")) || version.startsWith(QLatin1String("3.1")))) {
        fail(root.value(u"swagger").isValid()
                ? tr("The document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are read")
                : tr("The document is not OpenAPI 3.0 or 3.1 (no \"openapi\": \"3.x\" at the top)"));
        return failed();
    }
    if (!readOperations(root.value(u"paths")))
        return failed();

    OpenApiSchema schema(root);
    QList<JsonNode> endpoints;
    for (const Operation& operation : operationsInTagOrder(root)) {
        endpoints << endpointJson(operation, schema);
        if (schema.hasError())
            fail(tr("%1 %2: %3").arg(operation.method, operation.path, schema.error()));
        if (!m_error.isEmpty())
            return failed();
    }
    const JsonNode info = root.value(u"info");
    QString comment
        = tr("Generated by the console's OpenAPI importer from \"%1\" version %2 (OpenAPI %3).")
              .arg(info.value(u"title").toString(), info.value(u"version").displayText(), version);
    if (m_grantsUsed && !m_grantsComment.isEmpty())
        comment += QLatin1Char(' ') + m_grantsComment;
    const JsonNode catalog = JsonNode::object({{QStringLiteral("comment"), JsonNode::string(comment)},
        {QStringLiteral("version"), JsonNode::number(2)}, {QStringLiteral("apis"), apisJson(root)},
        {QStringLiteral("endpoints"), JsonNode::array(endpoints)}});
    return JsonWriter::write(catalog, JsonWriter::Pretty) + '\n';
}

EndpointCatalog OpenApiImporter::import(const QByteArray& document, QString* error)
{
    const QByteArray json = toCatalogJson(document, error);
    if (json.isEmpty())
        return {};
    QString problems;
    EndpointCatalog catalog = EndpointCatalog::fromJson(json, &problems);
    if (!problems.isEmpty() && error)
        *error = tr("The document gives a catalog the console cannot use:\n%1").arg(problems);
    return catalog;
}

bool OpenApiImporter::readOperations(const JsonNode& paths)
{
    if (!paths.isObject() || paths.size() == 0)
        return fail(tr("The document has no \"paths\": there are no operations to import"));
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.keyAt(i);
        const JsonNode item = paths.at(i);
        if (!path.startsWith(QLatin1Char('/')))
            return fail(tr("The path \"%1\" does not start with \"/\"").arg(path));
        if (!item.isObject())
            return fail(tr("The path \"%1\" is not an object").arg(path));
        for (int m = 0; m < item.size(); ++m) {
            const QString method = item.keyAt(m);
            if (!operationMethods().contains(method))
                continue; // head, options, trace, parameters, summary, ...
            if (!item.at(m).isObject())
                return fail(tr("%1 %2 is not an object").arg(method.toUpper(), path));
            if (m_operations.size() >= MaxOperations)
                return fail(tr("The document has more than %1 operations").arg(MaxOperations));
            const JsonNode tags = item.at(m).value(u"tags");
            const QString tag = tags.size() > 0 ? tags.at(0).toString() : QString();
            m_operations.append(
                {method.toUpper(), path, item.at(m), item, tag.isEmpty() ? tr("Other") : tag});
        }
    }
    if (m_operations.isEmpty())
        return fail(tr("The document has no GET, POST, PUT, PATCH or DELETE operation"));
    return true;
}

QList<OpenApiImporter::Operation> OpenApiImporter::operationsInTagOrder(const JsonNode& root) const
{
    QStringList order;
    const JsonNode tags = root.value(u"tags");
    for (int i = 0; i < tags.size(); ++i)
        order << tags.at(i).value(u"name").toString();
    for (const Operation& operation : m_operations) {
        if (!order.contains(operation.tag))
            order << operation.tag;
    }
    QList<Operation> sorted = m_operations;
    std::stable_sort(sorted.begin(), sorted.end(), [&order](const Operation& a, const Operation& b) {
        return order.indexOf(a.tag) < order.indexOf(b.tag);
    });
    return sorted;
}

QString OpenApiImporter::idFor(const Operation& operation)
{
    const auto grant = m_grants.constFind(grantKey(operation.method, operation.path));
    QString id;
    if (grant != m_grants.constEnd()) {
        id = grant->id;
    } else {
        QString verb = camelWords(operation.node.value(u"operationId").toString());
        if (verb.isEmpty())
            verb = camelWords(operation.method.toLower() + QLatin1Char(' ') + operation.path);
        id = camelWords(operation.tag) + QLatin1Char('.') + verb;
    }
    const QString base = id;
    for (int n = 2; m_usedIds.contains(id); ++n)
        id = base + QString::number(n);
    m_usedIds << id;
    return id;
}

JsonNode OpenApiImporter::endpointJson(const Operation& operation, OpenApiSchema& schema)
{
    const auto grant = m_grants.constFind(grantKey(operation.method, operation.path));
    const QString api = grant != m_grants.constEnd() ? grant->api : operation.tag;
    m_grantsUsed = m_grantsUsed || grant != m_grants.constEnd();
    if (grant == m_grants.constEnd() && !m_extraApis.contains(api))
        m_extraApis << api;
    QString summary = operation.node.value(u"summary").toString().simplified();
    if (summary.isEmpty())
        summary = operation.node.value(u"operationId").toString();
    if (summary.isEmpty())
        summary = operation.method + QLatin1Char(' ') + operation.path;

    QList<std::pair<QString, JsonNode>> members = {{QStringLiteral("id"), JsonNode::string(idFor(operation))},
        {QStringLiteral("method"), JsonNode::string(operation.method)},
        {QStringLiteral("path"), JsonNode::string(operation.path)},
        {QStringLiteral("group"), JsonNode::string(operation.tag)},
        {QStringLiteral("api"), JsonNode::string(api)},
        {QStringLiteral("summary"), JsonNode::string(summary)}};
    const QString operationId = operation.node.value(u"operationId").toString();
    if (!operationId.isEmpty())
        members.append({QStringLiteral("operationId"), JsonNode::string(operationId)});
    members.append(
        {QStringLiteral("pathParameters"), parametersJson(operation, QStringLiteral("path"), schema)});
    members.append(
        {QStringLiteral("queryParameters"), parametersJson(operation, QStringLiteral("query"), schema)});
    JsonNode sample;
    const JsonNode body = bodyJson(operation, schema, &sample);
    if (body.size() > 0)
        members.append({QStringLiteral("bodyFields"), body});
    if (sample.isContainer())
        members.append({QStringLiteral("sampleBody"), sample});
    QString mediaType;
    const JsonNode response = responseJson(operation, schema, &mediaType);
    if (!mediaType.isEmpty())
        members.append({QStringLiteral("responseMediaType"), JsonNode::string(mediaType)});
    if (response.isValid())
        members.append({QStringLiteral("responseSample"), response});
    members.append({QStringLiteral("errors"), errorsJson(operation, schema)});
    const bool probe
        = grant != m_grants.constEnd() && grant->safeToProbe && operation.method == QLatin1String("GET");
    members.append({QStringLiteral("safeToProbe"), JsonNode::boolean(probe)});
    return JsonNode::object(members);
}

JsonNode OpenApiImporter::parametersJson(const Operation& operation, const QString& in, OpenApiSchema& schema)
{
    QList<CatalogParameter> parameters;
    // Operation parameters override path-item ones of the same name and location.
    for (const JsonNode& list :
        {operation.node.value(u"parameters"), operation.pathItem.value(u"parameters")}) {
        for (int i = 0; i < list.size() && !schema.hasError(); ++i) {
            const JsonNode node = schema.resolve(list.at(i));
            if (node.value(u"in").toString() != in)
                continue;
            CatalogParameter parameter;
            parameter.name = node.value(u"name").toString();
            const bool known = std::any_of(parameters.cbegin(), parameters.cend(),
                [&parameter](const CatalogParameter& p) { return p.name == parameter.name; });
            if (parameter.name.isEmpty() || known)
                continue;
            parameter.required = node.value(u"required").toBool(false) || in == QLatin1String("path");
            parameter.description = node.value(u"description").toString();
            schema.describe(node.value(u"schema"), &parameter);
            parameters << parameter;
        }
    }
    if (in != QLatin1String("path"))
        return parameterListJson(parameters);
    // The catalog lists path parameters in the order of the path's placeholders, each one once.
    QList<CatalogParameter> ordered;
    for (const QString& name : placeholdersOf(operation.path)) {
        auto it = std::find_if(parameters.cbegin(), parameters.cend(),
            [&name](const CatalogParameter& p) { return p.name == name; });
        CatalogParameter parameter;
        if (it != parameters.cend()) {
            parameter = *it;
        } else {
            parameter.name = name;
            parameter.type = QStringLiteral("string");
            parameter.required = true;
        }
        ordered << parameter;
    }
    return parameterListJson(ordered);
}

JsonNode OpenApiImporter::bodyJson(const Operation& operation, OpenApiSchema& schema, JsonNode* sample)
{
    const JsonNode body = schema.resolve(operation.node.value(u"requestBody"));
    const JsonNode content = body.value(u"content");
    for (int i = 0; i < content.size(); ++i) {
        if (!isJsonMediaType(content.keyAt(i)))
            continue;
        const JsonNode mediaType = content.at(i);
        *sample = mediaType.contains(u"example") ? mediaType.value(u"example")
                                                 : schema.sample(mediaType.value(u"schema"));
        return parameterListJson(schema.fields(mediaType.value(u"schema")));
    }
    return JsonNode::array({});
}

JsonNode OpenApiImporter::responseJson(const Operation& operation, OpenApiSchema& schema, QString* mediaType)
{
    const JsonNode responses = operation.node.value(u"responses");
    for (int i = 0; i < responses.size(); ++i) {
        if (!responses.keyAt(i).startsWith(QLatin1Char('2')))
            continue;
        const JsonNode content = schema.resolve(responses.at(i)).value(u"content");
        for (int c = 0; c < content.size(); ++c) {
            if (isJsonMediaType(content.keyAt(c)))
                return schema.sample(content.at(c).value(u"schema"));
        }
        if (content.size() > 0)
            *mediaType = content.keyAt(0);
        return {};
    }
    return {};
}

JsonNode OpenApiImporter::errorsJson(const Operation& operation, OpenApiSchema& schema)
{
    // Lofty documents its errors in prose: "20017 PERMISSION_DENIED", "(20012 INVALID_PARAMETER)",
    // a bare code or a bare NAME. "exceeds 20000" is a limit, not a code.
    static const QRegularExpression codeAndName(QStringLiteral(
        "(?<![\\w.])(?<!exceeds )(\\d{5,7})(?![\\w.])(?:\\s*\\(?\\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+))?"));
    static const QRegularExpression nameOnly(QStringLiteral("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b"));
    QList<JsonNode> errors;
    QStringList seen;
    auto add = [&errors, &seen](int status, const QString& code, const QString& name) {
        const QString key = QStringLiteral("%1/%2/%3").arg(status).arg(code, name);
        if (seen.contains(key))
            return;
        seen << key;
        errors << JsonNode::object({{QStringLiteral("status"), JsonNode::number(status)},
            {QStringLiteral("code"), JsonNode::string(code)},
            {QStringLiteral("name"), JsonNode::string(name)}});
    };
    const JsonNode responses = operation.node.value(u"responses");
    for (int i = 0; i < responses.size(); ++i) {
        bool ok = false;
        const int status = responses.keyAt(i).toInt(&ok);
        if (!ok)
            continue;
        const QString text = schema.resolve(responses.at(i)).value(u"description").toString();
        QStringList named;
        for (auto it = codeAndName.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            add(status, match.captured(1), match.captured(2));
            named << match.captured(2);
        }
        for (auto it = nameOnly.globalMatch(text); status >= 400 && it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!named.contains(name))
                add(status, QString(), name);
        }
    }
    return JsonNode::array(errors);
}

JsonNode OpenApiImporter::apisJson(const JsonNode& root) const
{
    QList<JsonNode> apis;
    QStringList names;
    // The grants' APIs belong to the API they describe: another API's document lists only its tags.
    for (int i = 0; m_grantsUsed && i < m_grantApis.size(); ++i) {
        apis << m_grantApis.at(i);
        names << m_grantApis.at(i).value(u"name").toString();
    }
    const JsonNode tags = root.value(u"tags");
    for (const QString& api : m_extraApis) {
        if (names.contains(api))
            continue;
        QString description;
        for (int i = 0; i < tags.size(); ++i) {
            if (tags.at(i).value(u"name").toString() == api)
                description = tags.at(i).value(u"description").toString().simplified();
        }
        apis << JsonNode::object({{QStringLiteral("name"), JsonNode::string(api)},
            {QStringLiteral("group"), JsonNode::string(api)},
            {QStringLiteral("description"), JsonNode::string(description)}});
    }
    return JsonNode::array(apis);
}
