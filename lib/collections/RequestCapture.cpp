#include "collections/RequestCapture.h"

#include "api/ApiResponse.h"
#include "collections/JsonValueLocator.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RequestCapture", text);
}

} // namespace

QString RequestCapture::sourceName(Source source)
{
    switch (source) {
    case Source::Body:
        return QStringLiteral("body");
    case Source::Header:
        return QStringLiteral("header");
    case Source::Status:
        return QStringLiteral("status");
    }
    return {};
}

bool RequestCapture::apply(
    const ApiResponse& response, const JsonNode& body, QString* value, QString* error) const
{
    switch (source) {
    case Source::Status:
        if (response.httpStatus <= 0) {
            *error = tr("no response arrived");
            return false;
        }
        *value = QString::number(response.httpStatus);
        return true;
    case Source::Header: {
        for (const auto& header : response.headers) {
            if (QString::fromLatin1(header.first).compare(expression, Qt::CaseInsensitive) == 0) {
                *value = QString::fromUtf8(header.second);
                return true;
            }
        }
        *error = tr("the response has no header \"%1\"").arg(expression);
        return false;
    }
    case Source::Body: {
        if (!body.isValid()) {
            *error = tr("the response body is not JSON");
            return false;
        }
        QString pathError;
        const JsonNode found = JsonValueLocator::find(body, expression, &pathError);
        if (!found.isValid()) {
            *error = pathError.isEmpty() ? tr("nothing at %1 in the response").arg(expression) : pathError;
            return false;
        }
        *value = found.isString() || found.isNumber()
            ? found.displayText()
            : QString::fromUtf8(JsonWriter::write(found, JsonWriter::Compact));
        return true;
    }
    }
    return false;
}

JsonNode RequestCapture::toJson() const
{
    QList<std::pair<QString, JsonNode>> members {{QStringLiteral("variable"), JsonNode::string(variable)},
        {QStringLiteral("from"), JsonNode::string(sourceName(source))}};
    if (source == Source::Body)
        members.append({QStringLiteral("path"), JsonNode::string(expression)});
    else if (source == Source::Header)
        members.append({QStringLiteral("header"), JsonNode::string(expression)});
    return JsonNode::object(members);
}

bool RequestCapture::fromJson(const JsonNode& json, RequestCapture* capture, QString* error)
{
    if (!json.isObject()) {
        *error = tr("a capture must be an object");
        return false;
    }
    capture->variable = json.value(u"variable").toString();
    if (capture->variable.isEmpty()) {
        *error = tr("a capture needs a \"variable\" name");
        return false;
    }
    const QString from = json.value(u"from").toString();
    if (from == QLatin1String("body")) {
        capture->source = Source::Body;
        capture->expression = json.value(u"path").toString();
        return JsonValueLocator::isValidExpression(capture->expression, error);
    }
    if (from == QLatin1String("header")) {
        capture->source = Source::Header;
        capture->expression = json.value(u"header").toString();
        if (capture->expression.isEmpty())
            *error = tr("capture \"%1\" needs a \"header\" name").arg(capture->variable);
        return !capture->expression.isEmpty();
    }
    if (from == QLatin1String("status")) {
        capture->source = Source::Status;
        capture->expression.clear();
        return true;
    }
    *error = tr("capture \"%1\": \"from\" must be body, header or status, not \"%2\"")
                 .arg(capture->variable, from);
    return false;
}
