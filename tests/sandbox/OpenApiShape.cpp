#include "OpenApiShape.h"

#include <QJsonArray>

OpenApiShape::OpenApiShape(const QJsonObject& document)
    : m_schemas(
        document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject())
{ }

QJsonObject OpenApiShape::resolve(const QJsonObject& schema) const
{
    QJsonObject current = schema;
    for (int hops = 0; current.contains(QStringLiteral("$ref")) && hops < 32; ++hops)
        current
            = m_schemas.value(current.value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1))
                  .toObject();
    return current;
}

QStringList OpenApiShape::check(const QJsonValue& value, const QJsonObject& schema) const
{
    QStringList problems;
    checkValue(value, resolve(schema), QStringLiteral("$"), true, &problems);
    return problems;
}

bool OpenApiShape::typeMatches(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return true; // no type: anything
}

void OpenApiShape::checkValue(const QJsonValue& value, const QJsonObject& schema, const QString& where,
    bool top, QStringList* problems) const
{
    const QJsonObject resolved = resolve(schema);
    if (value.isNull() && resolved.value(QStringLiteral("nullable")).toBool())
        return;
    const QString type = resolved.contains(QStringLiteral("properties"))
        ? QStringLiteral("object")
        : resolved.value(QStringLiteral("type")).toString();
    if (!typeMatches(value, type)) {
        problems->append(QStringLiteral("%1: expected %2").arg(where, type));
        return;
    }
    if (type == QLatin1String("object"))
        checkObject(value.toObject(), resolved, where, top, problems);
    if (type == QLatin1String("array")) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            checkValue(items.at(i), resolved.value(QStringLiteral("items")).toObject(),
                QStringLiteral("%1[%2]").arg(where).arg(i), false, problems);
    }
}

void OpenApiShape::checkObject(const QJsonObject& value, const QJsonObject& schema, const QString& where,
    bool top, QStringList* problems) const
{
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    if (properties.isEmpty())
        return; // a free-form object
    // Override (observed): live answers name the metadata "_metadata" where the document, from a
    // Java getter, says "get_metadata" (likewise "get_listingMetadata").
    const auto schemaKey = [](const QString& key) {
        return key.startsWith(QLatin1Char('_')) ? QStringLiteral("get") + key : key;
    };
    for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
        const QString key = schemaKey(it.key());
        if (!properties.contains(key))
            problems->append(QStringLiteral("%1.%2: not in the document's schema").arg(where, it.key()));
        else
            checkValue(it.value(), properties.value(key).toObject(), where + QLatin1Char('.') + it.key(),
                false, problems);
    }
    if (!top)
        return;
    if (value.isEmpty())
        problems->append(QStringLiteral("%1: empty object").arg(where));
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QJsonObject property = resolve(it.value().toObject());
        const bool container = property.contains(QStringLiteral("properties"))
            || property.value(QStringLiteral("type")) == QLatin1String("array");
        const QString answerKey = it.key().startsWith(QLatin1String("get_")) ? it.key().mid(3) : it.key();
        if (container && !value.contains(answerKey))
            problems->append(QStringLiteral("%1.%2: missing").arg(where, answerKey));
    }
}

QJsonValue OpenApiShape::sample(const QJsonObject& schema, const QJsonObject& hints, int depth) const
{
    const QJsonObject resolved = resolve(schema);
    const QJsonArray options = resolved.value(QStringLiteral("enum")).toArray();
    if (!options.isEmpty())
        return options.first();
    const QString type = resolved.contains(QStringLiteral("properties"))
        ? QStringLiteral("object")
        : resolved.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("object")) {
        QJsonObject object;
        const QJsonObject properties = resolved.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd() && depth < 4; ++it)
            object.insert(it.key(),
                hints.contains(it.key()) ? hints.value(it.key())
                                         : sample(it.value().toObject(), hints, depth + 1));
        return object;
    }
    if (type == QLatin1String("array"))
        return QJsonArray {sample(resolved.value(QStringLiteral("items")).toObject(), hints, depth + 1)};
    if (type == QLatin1String("integer"))
        return 1;
    if (type == QLatin1String("number"))
        return 1.5;
    if (type == QLatin1String("boolean"))
        return false;
    return QStringLiteral("sample");
}
