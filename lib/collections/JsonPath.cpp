#include "collections/JsonPath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JsonPath", text);
}

} // namespace

JsonNode JsonPath::find(const JsonNode& root, const QString& expression, QString* error)
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

bool JsonPath::isValidExpression(const QString& expression, QString* error)
{
    QString problem;
    find(JsonNode::null(), expression, &problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

JsonNode JsonPath::step(const JsonNode& node, const QString& member, bool isIndex)
{
    if (node.isArray()) {
        bool ok = false;
        const int index = member.toInt(&ok);
        if (!ok || index < 0 || index >= node.size() || (!isIndex && member != QString::number(index)))
            return {};
        return node.at(index);
    }
    if (node.isObject() && !isIndex)
        return node.value(member);
    return {};
}

// RFC 6901 section 4: "~1" is "/", "~0" is "~", in that order.
JsonNode JsonPath::findByPointer(const JsonNode& root, const QString& pointer, QString* error)
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
            node = step(node, token, false);
    }
    return node;
}

JsonNode JsonPath::findByPath(const JsonNode& root, const QString& path, QString* error)
{
    JsonNode node = root;
    int i = 1; // after "$"
    const auto fail = [&](const QString& why) {
        if (error)
            *error = tr("\"%1\" at character %2: %3").arg(path).arg(i + 1).arg(why);
        return JsonNode();
    };
    while (i < path.size()) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.')) {
            int end = i + 1;
            while (end < path.size() && path.at(end) != QLatin1Char('.') && path.at(end) != QLatin1Char('['))
                ++end;
            const QString member = path.mid(i + 1, end - i - 1);
            if (member.isEmpty() || member == QLatin1String("*"))
                return fail(tr("a member name must follow \".\" (wildcards are not supported)."));
            node = node.isValid() ? step(node, member, false) : node;
            i = end;
        } else if (c == QLatin1Char('[')) {
            const int close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return fail(tr("\"[\" without \"]\"."));
            const QString inside = path.mid(i + 1, close - i - 1).trimmed();
            const bool quoted = inside.size() >= 2
                && ((inside.startsWith(QLatin1Char('\'')) && inside.endsWith(QLatin1Char('\'')))
                    || (inside.startsWith(QLatin1Char('"')) && inside.endsWith(QLatin1Char('"'))));
            bool isNumber = false;
            inside.toInt(&isNumber);
            if (!quoted && !isNumber)
                return fail(tr("only ['name'] and [index] are supported, not [%1].").arg(inside));
            const QString member = quoted ? inside.mid(1, inside.size() - 2) : inside;
            node = node.isValid() ? step(node, member, !quoted) : node;
            i = close + 1;
        } else {
            return fail(tr("expected \".\" or \"[\"."));
        }
    }
    return node;
}
