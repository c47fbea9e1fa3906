#include "collections/CollectionRequest.h"

#include "util/SecretMaskingRules.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CollectionRequest", text);
}

JsonNode pairsToJson(const NameValueList& pairs)
{
    QList<JsonNode> items;
    for (const auto& [name, value] : pairs)
        items.append(JsonNode::object({{QStringLiteral("name"), JsonNode::string(name)},
            {QStringLiteral("value"), JsonNode::string(value)}}));
    return JsonNode::array(items);
}

bool pairsFromJson(const JsonNode& json, const QString& field, NameValueList* pairs, QString* error)
{
    pairs->clear();
    if (!json.isValid())
        return true;
    if (!json.isArray()) {
        *error = tr("\"%1\" must be a list of {\"name\", \"value\"} objects").arg(field);
        return false;
    }
    for (int i = 0; i < json.size(); ++i) {
        const JsonNode item = json.at(i);
        const QString name = item.value(u"name").toString();
        if (!item.isObject() || name.isEmpty()) {
            *error = tr("\"%1\" item %2 needs a \"name\"").arg(field).arg(i + 1);
            return false;
        }
        pairs->append({name, item.value(u"value").displayText()});
    }
    return true;
}

bool isSecretPair(const QPair<QString, QString>& pair)
{
    return SecretMaskingRules::isSecretName(pair.first) && !pair.second.isEmpty()
        && !CollectionRequest::isVariableReference(pair.second);
}

} // namespace

bool CollectionRequest::operator==(const CollectionRequest& other) const
{
    return name == other.name && endpointId == other.endpointId && operationId == other.operationId
        && method == other.method && url == other.url && params == other.params && headers == other.headers
        && body == other.body && allPages == other.allPages && timeoutSeconds == other.timeoutSeconds
        && captures == other.captures && assertions == other.assertions;
}

bool CollectionRequest::isVariableReference(const QString& value)
{
    static const QRegularExpression reference(
        QStringLiteral("^\\{\\{\\s*[A-Za-z_][A-Za-z0-9_.-]*\\s*\\}\\}$"));
    return reference.match(value).hasMatch();
}

QByteArray CollectionRequest::toFileText() const
{
    QList<std::pair<QString, JsonNode>> members {
        {QStringLiteral("lofty-console-request"), JsonNode::number(FormatVersion)},
        {QStringLiteral("name"), JsonNode::string(name)},
    };
    if (!endpointId.isEmpty())
        members.append({QStringLiteral("endpoint"), JsonNode::string(endpointId)});
    if (!operationId.isEmpty())
        members.append({QStringLiteral("operationId"), JsonNode::string(operationId)});
    members.append({QStringLiteral("method"), JsonNode::string(method)});
    members.append({QStringLiteral("url"), JsonNode::string(url)});
    if (!params.isEmpty())
        members.append({QStringLiteral("params"), pairsToJson(params)});
    if (!headers.isEmpty())
        members.append({QStringLiteral("headers"), pairsToJson(headers)});
    if (!body.isEmpty()) {
        const JsonNode json = JsonReader::parse(body, nullptr);
        if (json.isValid())
            members.append({QStringLiteral("body"), json});
        else
            members.append({QStringLiteral("bodyText"), JsonNode::string(QString::fromUtf8(body))});
    }
    if (allPages)
        members.append({QStringLiteral("pages"), JsonNode::string(QStringLiteral("all"))});
    if (timeoutSeconds != 30)
        members.append({QStringLiteral("timeoutSeconds"), JsonNode::number(timeoutSeconds)});
    QList<JsonNode> items;
    for (const RequestCapture& capture : captures)
        items.append(capture.toJson());
    if (!items.isEmpty())
        members.append({QStringLiteral("captures"), JsonNode::array(items)});
    items.clear();
    for (const RequestAssertion& assertion : assertions)
        items.append(assertion.toJson());
    if (!items.isEmpty())
        members.append({QStringLiteral("assertions"), JsonNode::array(items)});
    return JsonWriter::write(JsonNode::object(members), JsonWriter::Pretty) + '\n';
}

bool CollectionRequest::fromFileText(const QByteArray& text, CollectionRequest* request, QString* error)
{
    QString parseError;
    const JsonNode root = JsonReader::parse(text, &parseError);
    if (!root.isObject()) {
        *error = parseError.isEmpty() ? tr("a request file must hold a JSON object") : parseError;
        return false;
    }
    const JsonNode version = root.value(u"lofty-console-request");
    if (!version.isNumber() || version.toInt64() > FormatVersion) {
        *error = tr("not a request file of format %1 (\"lofty-console-request\")").arg(FormatVersion);
        return false;
    }
    CollectionRequest result;
    result.name = root.value(u"name").toString();
    result.endpointId = root.value(u"endpoint").toString();
    result.operationId = root.value(u"operationId").toString();
    result.method = root.value(u"method").toString().toUpper();
    result.url = root.value(u"url").toString();
    if (result.method.isEmpty() || result.url.isEmpty()) {
        *error = tr("a request needs a \"method\" and a \"url\"");
        return false;
    }
    if (!pairsFromJson(root.value(u"params"), QStringLiteral("params"), &result.params, error)
        || !pairsFromJson(root.value(u"headers"), QStringLiteral("headers"), &result.headers, error))
        return false;
    if (root.contains(u"body"))
        result.body = JsonWriter::write(root.value(u"body"), JsonWriter::Pretty);
    else
        result.body = root.value(u"bodyText").toString().toUtf8();
    const JsonNode pages = root.value(u"pages");
    if (pages.isValid() && pages.toString() != QLatin1String("all")) {
        *error = tr("\"pages\" can only be \"all\"");
        return false;
    }
    result.allPages = pages.isValid();
    if (root.contains(u"timeoutSeconds")) {
        bool ok = false;
        result.timeoutSeconds = int(root.value(u"timeoutSeconds").toInt64(&ok));
        if (!ok || result.timeoutSeconds < 1 || result.timeoutSeconds > 3600) {
            *error = tr("\"timeoutSeconds\" must be from 1 to 3600");
            return false;
        }
    }
    const JsonNode captures = root.value(u"captures");
    for (int i = 0; i < captures.size(); ++i) {
        RequestCapture capture;
        if (!RequestCapture::fromJson(captures.at(i), &capture, error))
            return false;
        result.captures.append(capture);
    }
    const JsonNode assertions = root.value(u"assertions");
    for (int i = 0; i < assertions.size(); ++i) {
        RequestAssertion assertion;
        if (!RequestAssertion::fromJson(assertions.at(i), &assertion, error))
            return false;
        result.assertions.append(assertion);
    }
    *request = result;
    return true;
}

void CollectionRequest::findSecretFields(const JsonNode& node, QStringList* names)
{
    for (int i = 0; i < node.size(); ++i) {
        const JsonNode child = node.at(i);
        if (child.hasKey() && child.isString() && SecretMaskingRules::isSecretName(child.key())
            && !child.toString().isEmpty() && !isVariableReference(child.toString()))
            names->append(child.key());
        else if (child.isContainer())
            findSecretFields(child, names);
    }
}

QStringList CollectionRequest::secretsInClear() const
{
    QStringList names;
    for (const auto& header : headers) {
        if (header.first.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0
            || isSecretPair(header))
            names.append(header.first);
    }
    for (const auto& param : params) {
        if (isSecretPair(param))
            names.append(param.first);
    }
    findSecretFields(JsonReader::parse(body, nullptr), &names);
    return names;
}

CollectionRequest CollectionRequest::withoutSecrets() const
{
    CollectionRequest clean = *this;
    clean.headers.clear();
    for (const auto& header : headers) {
        if (header.first.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            continue;
        clean.headers.append(isSecretPair(header)
                ? qMakePair(header.first, QStringLiteral("{{%1}}").arg(header.first))
                : header);
    }
    for (auto& param : clean.params) {
        if (isSecretPair(param))
            param.second = QStringLiteral("{{%1}}").arg(param.first);
    }
    QStringList bodySecrets;
    findSecretFields(JsonReader::parse(body, nullptr), &bodySecrets);
    if (!bodySecrets.isEmpty()) {
        // Member order and every other byte stay: only the secret members' string values change.
        QString text = QString::fromUtf8(body);
        for (const QString& field : std::as_const(bodySecrets)) {
            const QRegularExpression member(QStringLiteral("(\"%1\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"")
                                                .arg(QRegularExpression::escape(field)));
            text.replace(member, QStringLiteral("\\1\"{{%1}}\"").arg(field));
        }
        clean.body = text.toUtf8();
    }
    return clean;
}
