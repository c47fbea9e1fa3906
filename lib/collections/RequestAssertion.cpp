#include "collections/RequestAssertion.h"

#include "api/ApiResponse.h"
#include "collections/JsonValueLocator.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RequestAssertion", text);
}

const QList<std::pair<RequestAssertion::Kind, const char*>> KindNames {
    {RequestAssertion::Kind::Status, "status"},
    {RequestAssertion::Kind::LoftyCode, "loftyCode"},
    {RequestAssertion::Kind::Exists, "exists"},
    {RequestAssertion::Kind::Equals, "equals"},
    {RequestAssertion::Kind::Matches, "matches"},
    {RequestAssertion::Kind::TimeBelow, "timeBelow"},
};

QString textOf(const JsonNode& node)
{
    if (node.isString() || node.isNumber() || node.isBool() || node.isNull())
        return node.displayText();
    return QString::fromUtf8(JsonWriter::write(node, JsonWriter::Compact));
}

bool isPositiveNumber(const QString& text)
{
    bool ok = false;
    return text.toLongLong(&ok) >= 0 && ok;
}

} // namespace

QString RequestAssertion::kindName(Kind kind)
{
    for (const auto& [k, name] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

QString RequestAssertion::describe() const
{
    switch (kind) {
    case Kind::Status:
        return tr("status is %1").arg(expected);
    case Kind::LoftyCode:
        return tr("Lofty code is 0");
    case Kind::Exists:
        return tr("%1 exists").arg(path);
    case Kind::Equals:
        return tr("%1 equals %2").arg(path, expected);
    case Kind::Matches:
        return tr("%1 matches /%2/").arg(path, expected);
    case Kind::TimeBelow:
        return tr("time below %1 ms").arg(expected);
    }
    return {};
}

bool RequestAssertion::check(const ApiResponse& response, const JsonNode& body, QString* failure) const
{
    switch (kind) {
    case Kind::Status:
        if (QString::number(response.httpStatus) == expected)
            return true;
        *failure = tr("expected status %1, got %2").arg(expected).arg(response.httpStatus);
        return false;
    case Kind::LoftyCode:
        return checkLoftyCode(response, body, failure);
    case Kind::TimeBelow:
        if (response.httpStatus > 0 && response.elapsedMs < expected.toLongLong())
            return true;
        *failure = tr("took %1 ms, limit %2 ms").arg(response.elapsedMs).arg(expected);
        return false;
    case Kind::Exists:
    case Kind::Equals:
    case Kind::Matches:
        return checkPath(body, failure);
    }
    return false;
}

bool RequestAssertion::checkPath(const JsonNode& body, QString* failure) const
{
    if (!body.isValid()) {
        *failure = tr("the response body is not JSON");
        return false;
    }
    const JsonNode found = JsonValueLocator::find(body, path);
    if (!found.isValid()) {
        *failure = tr("nothing at %1").arg(path);
        return false;
    }
    const QString text = textOf(found);
    if (kind == Kind::Equals && text != expected) {
        *failure = tr("%1 is %2, expected %3").arg(path, text, expected);
        return false;
    }
    if (kind == Kind::Matches && !QRegularExpression(expected).match(text).hasMatch()) {
        *failure = tr("%1 is %2, which does not match /%3/").arg(path, text, expected);
        return false;
    }
    return true;
}

bool RequestAssertion::checkLoftyCode(const ApiResponse& response, const JsonNode& body, QString* failure)
{
    if (response.httpStatus < 200 || response.httpStatus > 299) {
        *failure = tr("HTTP status %1").arg(response.httpStatus);
        return false;
    }
    JsonNode code = body.isObject() ? body.value(u"code") : JsonNode();
    if (!code.isValid() && body.isObject())
        code = body.value(u"status").value(u"code");
    if (!code.isValid() || code.displayText() == QLatin1String("0"))
        return true;
    const QString message = body.value(u"message").toString();
    *failure = message.isEmpty() ? tr("Lofty code %1").arg(code.displayText())
                                 : tr("Lofty code %1: %2").arg(code.displayText(), message);
    return false;
}

JsonNode RequestAssertion::toJson() const
{
    QList<std::pair<QString, JsonNode>> members {{QStringLiteral("check"), JsonNode::string(kindName(kind))}};
    switch (kind) {
    case Kind::Status:
        members.append({QStringLiteral("equals"), JsonNode::numberFromText(expected.toLatin1())});
        break;
    case Kind::LoftyCode:
        break;
    case Kind::TimeBelow:
        members.append({QStringLiteral("ms"), JsonNode::numberFromText(expected.toLatin1())});
        break;
    case Kind::Exists:
        members.append({QStringLiteral("path"), JsonNode::string(path)});
        break;
    case Kind::Equals:
        members.append({QStringLiteral("path"), JsonNode::string(path)});
        members.append({QStringLiteral("value"), JsonNode::string(expected)});
        break;
    case Kind::Matches:
        members.append({QStringLiteral("path"), JsonNode::string(path)});
        members.append({QStringLiteral("pattern"), JsonNode::string(expected)});
        break;
    }
    return JsonNode::object(members);
}

bool RequestAssertion::fromJson(const JsonNode& json, RequestAssertion* assertion, QString* error)
{
    const QString check = json.value(u"check").toString();
    const auto known = std::find_if(KindNames.cbegin(), KindNames.cend(),
        [&check](const auto& item) { return check == QLatin1String(item.second); });
    if (!json.isObject() || known == KindNames.cend()) {
        *error = tr("\"check\" must be status, loftyCode, exists, equals, matches or timeBelow, not \"%1\"")
                     .arg(check);
        return false;
    }
    *assertion = RequestAssertion();
    assertion->kind = known->first;
    assertion->path = json.value(u"path").toString();
    switch (assertion->kind) {
    case Kind::Status:
        assertion->expected = json.value(u"equals").displayText();
        break;
    case Kind::TimeBelow:
        assertion->expected = json.value(u"ms").displayText();
        break;
    case Kind::Equals:
        assertion->expected = json.value(u"value").displayText();
        break;
    case Kind::Matches:
        assertion->expected = json.value(u"pattern").toString();
        break;
    default:
        break;
    }
    return validate(*assertion, error);
}

bool RequestAssertion::validate(const RequestAssertion& assertion, QString* error)
{
    const QString name = kindName(assertion.kind);
    switch (assertion.kind) {
    case Kind::Status:
    case Kind::TimeBelow:
        if (!isPositiveNumber(assertion.expected)) {
            *error
                = tr("check \"%1\" needs a whole number (\"%2\")")
                      .arg(name,
                          assertion.kind == Kind::Status ? QStringLiteral("equals") : QStringLiteral("ms"));
            return false;
        }
        return true;
    case Kind::LoftyCode:
        return true;
    case Kind::Matches: {
        const QRegularExpression pattern(assertion.expected);
        if (!pattern.isValid()) {
            *error = tr("check \"matches\": bad pattern /%1/: %2")
                         .arg(assertion.expected, pattern.errorString());
            return false;
        }
        break;
    }
    default:
        break;
    }
    if (assertion.path.isEmpty()) {
        *error = tr("check \"%1\" needs a \"path\"").arg(name);
        return false;
    }
    return JsonValueLocator::isValidExpression(assertion.path, error);
}
