#include "collections/CollectionSettings.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CollectionSettings", text);
}

} // namespace

QByteArray CollectionSettings::write(const QString& marker, const QString& name,
    const NameValueList& variables, const QStringList& secretVariables)
{
    QList<JsonNode> plain;
    for (const auto& [variable, value] : variables)
        plain.append(JsonNode::object({{QStringLiteral("name"), JsonNode::string(variable)},
            {QStringLiteral("value"), JsonNode::string(value)}}));
    QList<JsonNode> secret;
    for (const QString& variable : secretVariables)
        secret.append(JsonNode::string(variable));
    const JsonNode root = JsonNode::object(
        {{marker, JsonNode::number(FormatVersion)}, {QStringLiteral("name"), JsonNode::string(name)},
            {QStringLiteral("variables"), JsonNode::array(plain)},
            {QStringLiteral("secretVariables"), JsonNode::array(secret)}});
    return JsonWriter::write(root, JsonWriter::Pretty) + '\n';
}

bool CollectionSettings::read(const QByteArray& text, const QString& marker, QString* name,
    NameValueList* variables, QStringList* secretVariables, QString* error)
{
    QString parseError;
    const JsonNode root = JsonReader::parse(text, &parseError);
    if (!root.isObject() || !root.value(marker).isNumber() || root.value(marker).toInt64() > FormatVersion) {
        *error = parseError.isEmpty() ? tr("not a \"%1\" file of format %2").arg(marker).arg(FormatVersion)
                                      : parseError;
        return false;
    }
    *name = root.value(u"name").toString();
    variables->clear();
    secretVariables->clear();
    const JsonNode plain = root.value(u"variables");
    for (int i = 0; i < plain.size(); ++i) {
        const QString variable = plain.at(i).value(u"name").toString();
        if (variable.isEmpty()) {
            *error = tr("variable %1 has no \"name\"").arg(i + 1);
            return false;
        }
        variables->append({variable, plain.at(i).value(u"value").displayText()});
    }
    const JsonNode secret = root.value(u"secretVariables");
    for (int i = 0; i < secret.size(); ++i) {
        if (!secret.at(i).isString() || secret.at(i).toString().isEmpty()) {
            *error = tr("\"secretVariables\" lists names only (item %1)").arg(i + 1);
            return false;
        }
        secretVariables->append(secret.at(i).toString());
    }
    return true;
}
