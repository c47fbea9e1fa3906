#include "catalog/OpenApiSchema.h"

#include <QUrl>

namespace {

// RFC 6901: "~1" is "/", "~0" is "~"; the fragment of a URI reference is percent-encoded.
QString unescapePointerToken(const QString& token)
{
    QString decoded = QUrl::fromPercentEncoding(token.toUtf8());
    decoded.replace(QLatin1String("~1"), QLatin1String("/"));
    decoded.replace(QLatin1String("~0"), QLatin1String("~"));
    return decoded;
}

bool isIntegerText(const JsonNode& node)
{
    bool ok = false;
    node.toInt64(&ok);
    return node.isNumber() && node.isInteger() && ok;
}

} // namespace

OpenApiSchema::OpenApiSchema(const JsonNode& root)
    : m_root(root)
{ }

void OpenApiSchema::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
}

JsonNode OpenApiSchema::pointer(const QString& reference)
{
    if (!reference.startsWith(QLatin1Char('#'))) {
        fail(tr("the reference \"%1\" points outside the document; only local references (#/...) are read")
                 .arg(reference));
        return {};
    }
    JsonNode node = m_root;
    const QString path = reference.mid(1);
    if (path.isEmpty())
        return node;
    if (!path.startsWith(QLatin1Char('/'))) {
        fail(tr("the reference \"%1\" is not a JSON pointer").arg(reference));
        return {};
    }
    for (const QString& token : path.mid(1).split(QLatin1Char('/'))) {
        const QString key = unescapePointerToken(token);
        if (node.isObject()) {
            node = node.value(key);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = key.toInt(&ok);
            node = ok && index >= 0 && index < node.size() ? node.at(index) : JsonNode();
        } else {
            node = JsonNode();
        }
        if (!node.isValid()) {
            fail(tr("the reference \"%1\" points to nothing").arg(reference));
            return {};
        }
    }
    return node;
}

JsonNode OpenApiSchema::resolve(const JsonNode& node)
{
    JsonNode current = node;
    QStringList seen;
    while (current.isObject() && current.contains(u"$ref")) {
        const QString reference = current.value(u"$ref").toString();
        if (seen.contains(reference)) {
            fail(tr("the reference \"%1\" refers to itself").arg(reference));
            return {};
        }
        if (seen.size() >= MaxRefDepth) {
            fail(tr("references nest deeper than %1 at \"%2\"").arg(MaxRefDepth).arg(reference));
            return {};
        }
        seen << reference;
        current = pointer(reference);
    }
    return current;
}

QString OpenApiSchema::typeOf(const JsonNode& schema)
{
    const JsonNode type = schema.value(u"type");
    if (type.isString())
        return type.toString();
    for (int i = 0; i < type.size(); ++i) { // OpenAPI 3.1: ["string", "null"]
        if (type.at(i).toString() != QLatin1String("null"))
            return type.at(i).toString();
    }
    if (schema.contains(u"properties"))
        return QStringLiteral("object");
    if (schema.contains(u"items"))
        return QStringLiteral("array");
    return QString();
}

void OpenApiSchema::describe(const JsonNode& given, CatalogParameter* parameter)
{
    const JsonNode schema = resolve(given);
    const QString type = typeOf(schema);
    const QString format = schema.value(u"format").toString();
    const JsonNode allowed = schema.value(u"enum");
    for (int i = 0; i < allowed.size(); ++i) {
        if (!allowed.at(i).isNull())
            parameter->allowedValues << allowed.at(i).displayText();
    }
    if (!parameter->allowedValues.isEmpty())
        parameter->type = QStringLiteral("enum");
    else if (type == QLatin1String("integer"))
        parameter->type = format == QLatin1String("int32") ? QStringLiteral("int") : QStringLiteral("int64");
    else if (type == QLatin1String("number"))
        parameter->type = QStringLiteral("number");
    else if (type == QLatin1String("boolean"))
        parameter->type = QStringLiteral("bool");
    else if (type == QLatin1String("array"))
        parameter->type = QStringLiteral("array");
    else if (type == QLatin1String("object"))
        parameter->type = QStringLiteral("object");
    else if (format == QLatin1String("date-time"))
        parameter->type = QStringLiteral("datetime");
    else
        parameter->type = QStringLiteral("string");
    const JsonNode defaultValue = schema.value(u"default");
    if (defaultValue.isValid() && !defaultValue.isContainer() && !defaultValue.isNull())
        parameter->defaultValue = defaultValue.displayText();
    if (isIntegerText(schema.value(u"minimum")))
        parameter->minimum = schema.value(u"minimum").toInt64();
    if (isIntegerText(schema.value(u"maximum")))
        parameter->maximum = schema.value(u"maximum").toInt64();
    if (parameter->minimum && parameter->maximum && *parameter->minimum > *parameter->maximum)
        parameter->minimum.reset(); // a contradiction in the document is not the user's limit
    if (parameter->description.isEmpty())
        parameter->description = schema.value(u"description").toString();
}

void OpenApiSchema::collectProperties(
    const JsonNode& given, QList<std::pair<QString, JsonNode>>* properties, QStringList* required, int depth)
{
    const JsonNode schema = resolve(given);
    if (!schema.isObject() || depth > MaxRefDepth) {
        if (depth > MaxRefDepth)
            fail(tr("allOf nests deeper than %1").arg(MaxRefDepth));
        return;
    }
    const JsonNode parts = schema.value(u"allOf");
    for (int i = 0; i < parts.size() && !hasError(); ++i)
        collectProperties(parts.at(i), properties, required, depth + 1);
    const JsonNode names = schema.value(u"required");
    for (int i = 0; i < names.size(); ++i)
        *required << names.at(i).toString();
    const JsonNode members = schema.value(u"properties");
    for (int i = 0; i < members.size(); ++i) {
        const QString name = members.keyAt(i);
        const bool known = std::any_of(properties->cbegin(), properties->cend(),
            [&name](const std::pair<QString, JsonNode>& p) { return p.first == name; });
        if (!known)
            properties->append({name, members.at(i)});
    }
}

QList<CatalogParameter> OpenApiSchema::fields(const JsonNode& given)
{
    JsonNode schema = resolve(given);
    for (int depth = 0; typeOf(schema) == QLatin1String("array") && depth < MaxRefDepth; ++depth)
        schema = resolve(schema.value(u"items")); // a body that is a list: the fields of one item
    QList<std::pair<QString, JsonNode>> properties;
    QStringList required;
    collectProperties(schema, &properties, &required, 0);
    QList<CatalogParameter> result;
    for (const auto& [name, propertySchema] : std::as_const(properties)) {
        CatalogParameter field;
        field.name = name;
        field.required = required.contains(name);
        field.description = propertySchema.value(u"description").toString();
        describe(propertySchema, &field);
        result << field;
    }
    return result;
}

JsonNode OpenApiSchema::sample(const JsonNode& schema)
{
    m_budget = MaxSampleValues;
    m_expanding.clear();
    return sampleAt(schema, 0);
}

JsonNode OpenApiSchema::sampleAt(const JsonNode& given, int depth)
{
    if (--m_budget < 0) {
        fail(tr("a schema expands to more than %1 sample values").arg(MaxSampleValues));
        return {};
    }
    // A schema that contains itself (a tree of nodes) is sampled once: the inner use is null.
    const QString reference = given.value(u"$ref").toString();
    if (depth > MaxRefDepth || (!reference.isEmpty() && m_expanding.contains(reference)))
        return JsonNode::null();
    if (!reference.isEmpty())
        m_expanding << reference;
    const JsonNode result = sampleResolved(resolve(given), depth);
    if (!reference.isEmpty())
        m_expanding.removeLast();
    return result;
}

JsonNode OpenApiSchema::sampleResolved(const JsonNode& schema, int depth)
{
    if (!schema.isObject() || hasError())
        return JsonNode::null();
    if (schema.contains(u"example"))
        return schema.value(u"example");
    if (schema.value(u"examples").isArray() && schema.value(u"examples").size() > 0)
        return schema.value(u"examples").at(0); // OpenAPI 3.1
    for (const char16_t* choice : {u"oneOf", u"anyOf"}) {
        const JsonNode options = schema.value(choice);
        if (options.size() > 0)
            return sampleAt(options.at(0), depth + 1);
    }
    const QString type = typeOf(schema);
    if (type == QLatin1String("object") || schema.contains(u"allOf"))
        return sampleObject(schema, depth);
    if (type == QLatin1String("array"))
        return JsonNode::array({sampleAt(schema.value(u"items"), depth + 1)});
    return sampleScalar(schema, type);
}

JsonNode OpenApiSchema::sampleObject(const JsonNode& schema, int depth)
{
    QList<std::pair<QString, JsonNode>> properties;
    QStringList required;
    collectProperties(schema, &properties, &required, 0);
    QList<std::pair<QString, JsonNode>> members;
    for (const auto& [name, propertySchema] : std::as_const(properties)) {
        if (hasError())
            return {};
        members.append({name, sampleAt(propertySchema, depth + 1)});
    }
    return JsonNode::object(members);
}

JsonNode OpenApiSchema::sampleScalar(const JsonNode& schema, const QString& type)
{
    const JsonNode allowed = schema.value(u"enum");
    if (allowed.size() > 0)
        return allowed.at(0);
    if (schema.contains(u"default"))
        return schema.value(u"default");
    const QString format = schema.value(u"format").toString();
    if (type == QLatin1String("integer"))
        return isIntegerText(schema.value(u"minimum")) ? schema.value(u"minimum") : JsonNode::number(0);
    if (type == QLatin1String("number"))
        return JsonNode::numberFromText("0.0");
    if (type == QLatin1String("boolean"))
        return JsonNode::boolean(false);
    if (format == QLatin1String("date-time"))
        return JsonNode::string(QStringLiteral("2026-01-01T00:00:00Z"));
    if (format == QLatin1String("date"))
        return JsonNode::string(QStringLiteral("2026-01-01"));
    if (format == QLatin1String("email"))
        return JsonNode::string(QStringLiteral("user@example.com"));
    return JsonNode::string(QStringLiteral("string"));
}
