#include "collections/JsonValueLocator.h"

#include "json/JsonPath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JsonValueLocator", text);
}

} // namespace

JsonNode JsonValueLocator::find(const JsonNode& root, const QString& expression, QString* error)
{
    if (error)
        error->clear();
    if (expression.isEmpty() || expression.startsWith(QLatin1Char('/')))
        return findByPointer(root, expression, error);
    if (expression.startsWith(QLatin1Char('$')))
        return findByPath(root, expression, error);
    if (error)
        *error = tr("\"%1\" is neither a JSON pointer (/a/0/b) nor a JSONPath ($.a[0].b).").arg(expression);
    return {};
}

bool JsonValueLocator::isValidExpression(const QString& expression, QString* error)
{
    QString problem;
    find(JsonNode::null(), expression, &problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

JsonNode JsonValueLocator::step(const JsonNode& node, const QString& member)
{
    if (node.isArray()) {
        bool ok = false;
        const int index = member.toInt(&ok);
        if (!ok || index < 0 || index >= node.size() || member != QString::number(index))
            return {};
        return node.at(index);
    }
    if (node.isObject())
        return node.value(member);
    return {};
}

// RFC 6901 section 4: "~1" is "/", "~0" is "~", in that order.
JsonNode JsonValueLocator::findByPointer(const JsonNode& root, const QString& pointer, QString* error)
{
    if (pointer.isEmpty())
        return root;
    JsonNode node = root;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        if (token.contains(QRegularExpression(QStringLiteral("~[^01]|~$")))) {
            if (error)
                *error = tr("\"%1\": \"~\" must be followed by 0 or 1 in a JSON pointer.").arg(pointer);
            return {};
        }
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        if (node.isValid())
            node = step(node, token);
    }
    return node;
}

JsonNode JsonValueLocator::findByPath(const JsonNode& root, const QString& path, QString* error)
{
    QString problem;
    const JsonPath parsed = JsonPath::parse(path, &problem);
    if (!parsed.isValid() || !parsed.isSingular()) {
        if (error) {
            *error = parsed.isValid()
                ? tr("\"%1\" names more than one value (wildcards and \"..\" are not supported here).")
                      .arg(path)
                : problem;
        }
        return {};
    }
    const QList<JsonPath::Match> matches = parsed.evaluate(root, 1);
    return matches.isEmpty() ? JsonNode() : matches.first().node;
}
