#include "catalog/EndpointCatalogParser.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QSet>

namespace {

const QStringList& knownMethods()
{
    static const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return methods;
}

const QStringList& knownTypes()
{
    static const QStringList types
        = {QStringLiteral("string"), QStringLiteral("int"), QStringLiteral("int64"), QStringLiteral("number"),
            QStringLiteral("bool"), QStringLiteral("enum"), QStringLiteral("datetime"),
            QStringLiteral("epochMs"), QStringLiteral("array"), QStringLiteral("object")};
    return types;
}

// Every {name} must fill a whole segment; "{" elsewhere is a typo.
bool placeholdersAreWholeSegments(const QString& path)
{
    for (QStringView segment : QStringView(path).split(u'/')) {
        const bool whole = segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
        if (!whole && (segment.contains(u'{') || segment.contains(u'}')))
            return false;
        if (whole && (segment.mid(1, segment.size() - 2).contains(u'{')))
            return false;
    }
    return true;
}

} // namespace

EndpointCatalog EndpointCatalogParser::parse(const QByteArray& json)
{
    QString parseError;
    const JsonNode root = JsonReader::parse(json, &parseError);
    if (!root.isValid()) {
        problem(tr("catalog"), QString(), tr("not valid JSON: %1").arg(parseError));
        return {};
    }
    if (!root.isObject()) {
        problem(tr("catalog"), QString(), tr("the top level must be an object"));
        return {};
    }
    readApis(root.value(u"apis"));
    const JsonNode endpoints = root.value(u"endpoints");
    if (!endpoints.isArray())
        problem(tr("catalog"), QStringLiteral("endpoints"), tr("missing or not an array"));
    for (int i = 0; i < endpoints.size(); ++i)
        readEndpoint(endpoints.at(i), i);
    if (!m_problems.isEmpty())
        return {};
    return std::move(m_catalog);
}

void EndpointCatalogParser::readApis(const JsonNode& apis)
{
    if (!apis.isArray() || apis.size() == 0) {
        problem(tr("catalog"), QStringLiteral("apis"), tr("missing, empty or not an array"));
        return;
    }
    for (int i = 0; i < apis.size(); ++i) {
        const JsonNode api = apis.at(i);
        const QString where = tr("api #%1").arg(i + 1);
        if (!api.isObject()) {
            problem(where, QString(), tr("not an object"));
            continue;
        }
        const QString name = text(api, "name", where);
        const QString group = text(api, "group", where);
        const QString description = text(api, "description", where, false);
        if (name.isEmpty())
            continue;
        if (m_catalog.m_apis.contains(name)) {
            problem(tr("api '%1'").arg(name), QStringLiteral("name"), tr("listed twice"));
            continue;
        }
        m_catalog.m_apiNames << name;
        m_catalog.m_apis.insert(name, {group, description});
    }
}

void EndpointCatalogParser::readEndpoint(const JsonNode& node, int position)
{
    if (!node.isObject()) {
        problem(tr("endpoint #%1").arg(position + 1), QString(), tr("not an object"));
        return;
    }
    CatalogEndpoint endpoint;
    endpoint.id = node.value(u"id").toString();
    const QString where
        = endpoint.id.isEmpty() ? tr("endpoint #%1").arg(position + 1) : tr("endpoint '%1'").arg(endpoint.id);
    if (endpoint.id.isEmpty())
        problem(where, QStringLiteral("id"), tr("missing or empty"));
    else if (m_catalog.m_indexById.contains(endpoint.id))
        problem(where, QStringLiteral("id"), tr("used by another endpoint too"));

    endpoint.method = text(node, "method", where);
    if (!endpoint.method.isEmpty() && !knownMethods().contains(endpoint.method))
        problem(where, QStringLiteral("method"),
            tr("'%1' is not one of %2").arg(endpoint.method, knownMethods().join(u", ")));

    endpoint.pathTemplate = text(node, "path", where);
    if (!endpoint.pathTemplate.isEmpty() && !endpoint.pathTemplate.startsWith(QLatin1Char('/')))
        problem(where, QStringLiteral("path"), tr("must start with '/'"));
    if (!placeholdersAreWholeSegments(endpoint.pathTemplate))
        problem(where, QStringLiteral("path"), tr("a {placeholder} must fill a whole path segment"));

    endpoint.api = text(node, "api", where);
    endpoint.group = text(node, "group", where);
    // The group is the API document's tag; an API's own group only orders the grant list.
    if (!endpoint.api.isEmpty() && !m_catalog.m_apis.contains(endpoint.api))
        problem(where, QStringLiteral("api"), tr("'%1' is not listed in \"apis\"").arg(endpoint.api));
    endpoint.summary = text(node, "summary", where);

    endpoint.pathParameters
        = readParameters(node.value(u"pathParameters"), where + QStringLiteral(" pathParameters"));
    endpoint.queryParameters
        = readParameters(node.value(u"queryParameters"), where + QStringLiteral(" queryParameters"));
    QStringList declared;
    for (const CatalogParameter& parameter : std::as_const(endpoint.pathParameters))
        declared << parameter.name;
    if (declared != endpoint.placeholders())
        problem(where, QStringLiteral("pathParameters"),
            tr("[%1] does not match the placeholders of the path [%2]")
                .arg(declared.join(u", "), endpoint.placeholders().join(u", ")));

    const JsonNode sample = node.value(u"sampleBody");
    if (sample.isValid() && !sample.isObject() && !sample.isArray())
        problem(where, QStringLiteral("sampleBody"), tr("must be a JSON object or array"));
    else if (sample.isValid())
        endpoint.sampleBody = JsonWriter::write(sample, JsonWriter::Pretty);

    readContract(node, where, &endpoint);
    endpoint.responseMediaType = text(node, "responseMediaType", where, false);
    if (!endpoint.responseMediaType.isEmpty() && !endpoint.responseMediaType.contains(QLatin1Char('/')))
        problem(where, QStringLiteral("responseMediaType"),
            tr("'%1' is not a media type").arg(endpoint.responseMediaType));

    const JsonNode probe = node.value(u"safeToProbe");
    if (probe.isValid() && !probe.isBool())
        problem(where, QStringLiteral("safeToProbe"), tr("must be true or false"));
    endpoint.safeToProbe = probe.toBool(false);
    if (endpoint.safeToProbe && endpoint.method != QLatin1String("GET"))
        problem(where, QStringLiteral("safeToProbe"), tr("only a GET can be safe to probe"));

    if (!endpoint.id.isEmpty() && !m_catalog.m_indexById.contains(endpoint.id)) {
        m_catalog.m_indexById.insert(endpoint.id, m_catalog.m_endpoints.size());
        m_catalog.m_endpoints << endpoint;
    }
}

void EndpointCatalogParser::readContract(
    const JsonNode& node, const QString& where, CatalogEndpoint* endpoint)
{
    endpoint->operationId = text(node, "operationId", where, false);
    endpoint->bodyFields = readParameters(node.value(u"bodyFields"), where + QStringLiteral(" bodyFields"));
    const JsonNode response = node.value(u"responseSample");
    if (response.isValid())
        endpoint->responseSample = JsonWriter::write(response, JsonWriter::Pretty);
    const JsonNode errors = node.value(u"errors");
    if (errors.isValid() && !errors.isArray())
        problem(where, QStringLiteral("errors"), tr("must be an array"));
    for (int i = 0; i < errors.size(); ++i) {
        const JsonNode error = errors.at(i);
        CatalogErrorCode code;
        bool ok = false;
        code.httpStatus = int(error.value(u"status").toInt64(&ok));
        code.code = error.value(u"code").toString();
        code.name = error.value(u"name").toString();
        if (!ok || code.httpStatus < 100 || code.httpStatus > 599)
            problem(where + QStringLiteral(" errors #%1").arg(i + 1), QStringLiteral("status"),
                tr("must be an HTTP status (100-599)"));
        else
            endpoint->errors << code;
    }
}

QList<CatalogParameter> EndpointCatalogParser::readParameters(const JsonNode& list, const QString& where)
{
    QList<CatalogParameter> parameters;
    if (!list.isValid())
        return parameters;
    if (!list.isArray()) {
        problem(where, QString(), tr("must be an array"));
        return parameters;
    }
    QSet<QString> names;
    for (int i = 0; i < list.size(); ++i) {
        const CatalogParameter parameter
            = readParameter(list.at(i), where + QStringLiteral(" #%1").arg(i + 1));
        if (names.contains(parameter.name))
            problem(where, parameter.name, tr("parameter listed twice"));
        names.insert(parameter.name);
        parameters << parameter;
    }
    return parameters;
}

CatalogParameter EndpointCatalogParser::readParameter(const JsonNode& node, const QString& where)
{
    CatalogParameter parameter;
    if (!node.isObject()) {
        problem(where, QString(), tr("not an object"));
        return parameter;
    }
    parameter.name = text(node, "name", where);
    const QString field
        = parameter.name.isEmpty() ? where : where + QStringLiteral(" '%1'").arg(parameter.name);
    parameter.type = text(node, "type", field);
    if (!parameter.type.isEmpty() && !knownTypes().contains(parameter.type))
        problem(field, QStringLiteral("type"),
            tr("'%1' is not one of %2").arg(parameter.type, knownTypes().join(u", ")));
    parameter.required = node.value(u"required").toBool(false);
    parameter.description = text(node, "description", field, false);
    parameter.defaultValue = text(node, "default", field, false);
    const JsonNode allowed = node.value(u"allowedValues");
    for (int i = 0; i < allowed.size(); ++i)
        parameter.allowedValues << allowed.at(i).displayText();
    if (parameter.type == QLatin1String("enum") && parameter.allowedValues.isEmpty())
        problem(field, QStringLiteral("allowedValues"), tr("an enum needs allowed values"));
    for (const char* bound : {"minimum", "maximum"}) {
        const JsonNode value = node.value(QString::fromLatin1(bound));
        if (!value.isValid())
            continue;
        bool ok = false;
        const qint64 number = value.toInt64(&ok);
        if (!ok)
            problem(field, QString::fromLatin1(bound), tr("must be a 64-bit integer"));
        else
            (qstrcmp(bound, "minimum") == 0 ? parameter.minimum : parameter.maximum) = number;
    }
    if (parameter.minimum && parameter.maximum && *parameter.minimum > *parameter.maximum)
        problem(field, QStringLiteral("minimum"), tr("is greater than maximum"));
    return parameter;
}

QString EndpointCatalogParser::text(
    const JsonNode& object, const char* field, const QString& where, bool required)
{
    const JsonNode value = object.value(QString::fromLatin1(field));
    if (!value.isValid()) {
        if (required)
            problem(where, QString::fromLatin1(field), tr("missing"));
        return {};
    }
    if (!value.isString()) {
        problem(where, QString::fromLatin1(field), tr("must be a string"));
        return {};
    }
    const QString result = value.toString();
    if (required && result.trimmed().isEmpty())
        problem(where, QString::fromLatin1(field), tr("is empty"));
    return result;
}

void EndpointCatalogParser::problem(const QString& where, const QString& field, const QString& message)
{
    m_problems << (field.isEmpty() ? tr("%1: %2").arg(where, message)
                                   : tr("%1, field '%2': %3").arg(where, field, message));
}
