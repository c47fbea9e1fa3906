#include "json/JsonPath.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

// A hand-written recursive-descent parser over the expression; every error names the position
// (1-based) where the expression stops making sense.
class JsonPath::Parser
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    explicit Parser(const QString& text)
        : m_text(text)
    { }

    bool parse(QList<Step>* steps, QString* error)
    {
        if (m_text.trimmed().isEmpty())
            return fail(error, tr("The expression is empty; it starts with $ (the whole body)."));
        if (m_text.at(0) != QLatin1Char('$'))
            return fail(
                error, tr("A JSONPath starts with $ (the whole body), not \"%1\".").arg(m_text.at(0)));
        m_pos = 1;
        while (m_pos < m_text.size()) {
            Step step;
            if (!parseStep(&step, error))
                return false;
            steps->append(step);
        }
        return true;
    }

private:
    bool fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }
    bool failAt(QString* error, const QString& what)
    {
        return fail(error, tr("%1 at position %2.").arg(what).arg(m_pos + 1));
    }
    QChar peek(int ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }

    bool parseStep(Step* step, QString* error)
    {
        if (peek() == QLatin1Char('.') && peek(1) == QLatin1Char('.')) {
            step->descendants = true;
            m_pos += 2;
            if (peek() == QLatin1Char('['))
                return parseBracket(step, error);
            return parseName(step, error);
        }
        if (peek() == QLatin1Char('.')) {
            ++m_pos;
            return parseName(step, error);
        }
        if (peek() == QLatin1Char('['))
            return parseBracket(step, error);
        return failAt(error, tr("Expected \".\" or \"[\" but found \"%1\"").arg(peek()));
    }

    bool parseName(Step* step, QString* error)
    {
        if (peek() == QLatin1Char('*')) {
            ++m_pos;
            step->kind = Step::Kind::Wildcard;
            return true;
        }
        const int start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('.')
            && m_text.at(m_pos) != QLatin1Char('[')) {
            const QChar c = m_text.at(m_pos);
            if (c.isSpace() || c == QLatin1Char(']') || c == QLatin1Char('\'') || c == QLatin1Char('"'))
                return failAt(error, tr("\"%1\" cannot appear in a member name; use ['…']").arg(c));
            ++m_pos;
        }
        if (m_pos == start)
            return failAt(error, tr("Expected a member name or * after \".\""));
        step->kind = Step::Kind::Member;
        step->name = m_text.mid(start, m_pos - start);
        return true;
    }

    bool parseBracket(Step* step, QString* error)
    {
        ++m_pos; // [
        bool ok = false;
        if (peek() == QLatin1Char('*')) {
            ++m_pos;
            step->kind = Step::Kind::Wildcard;
            ok = true;
        } else if (peek() == QLatin1Char('\'') || peek() == QLatin1Char('"')) {
            ok = parseQuoted(step, error);
            if (!ok)
                return false;
        } else {
            ok = parseIndex(step, error);
            if (!ok)
                return false;
        }
        if (peek() != QLatin1Char(']'))
            return failAt(error, tr("Expected \"]\""));
        ++m_pos;
        return ok;
    }

    bool parseQuoted(Step* step, QString* error)
    {
        const QChar quote = peek();
        ++m_pos;
        QString name;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_text.size())
                ++m_pos;
            name += m_text.at(m_pos++);
        }
        if (m_pos >= m_text.size())
            return failAt(error, tr("The quoted member name is not closed"));
        ++m_pos; // closing quote
        step->kind = Step::Kind::Member;
        step->name = name;
        return true;
    }

    bool parseIndex(Step* step, QString* error)
    {
        const int start = m_pos;
        if (peek() == QLatin1Char('-'))
            ++m_pos;
        while (peek().isDigit())
            ++m_pos;
        bool ok = false;
        const int index = m_text.mid(start, m_pos - start).toInt(&ok);
        if (!ok) {
            m_pos = start;
            return failAt(error, tr("Expected an index, * or a quoted name inside \"[…]\""));
        }
        step->kind = Step::Kind::Index;
        step->index = index;
        return true;
    }

    const QString m_text; // a copy: parse() passes a temporary (trimmed())
    int m_pos = 0;
};

JsonPath JsonPath::parse(const QString& expression, QString* error)
{
    JsonPath path;
    Parser parser(expression.trimmed());
    path.m_valid = parser.parse(&path.m_steps, error);
    if (!path.m_valid)
        path.m_steps.clear();
    return path;
}

QString JsonPath::memberPath(const QString& key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (identifier.match(key).hasMatch())
        return QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[\"%1\"]").arg(escaped);
}

namespace {

using Match = JsonPath::Match;

QString elementPath(const QString& parent, int i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Every value below `start` (not `start` itself), depth first in document order.
void collectDescendants(const Match& start, QList<Match>* out)
{
    const JsonNode& node = start.node;
    for (int i = 0; i < node.size(); ++i) {
        const Match child {
            node.isObject() ? start.path + JsonPath::memberPath(node.keyAt(i)) : elementPath(start.path, i),
            node.at(i)};
        out->append(child);
        collectDescendants(child, out);
    }
}

} // namespace

QList<JsonPath::Match> JsonPath::evaluate(const JsonNode& root, int limit, bool* truncated) const
{
    if (truncated)
        *truncated = false;
    if (!m_valid || !root.isValid())
        return {};
    QList<Match> current {{QStringLiteral("$"), root}};
    for (const Step& step : m_steps) {
        QList<Match> candidates;
        for (const Match& match : std::as_const(current)) {
            candidates.append(match);
            if (step.descendants)
                collectDescendants(match, &candidates);
        }
        QList<Match> next;
        for (const Match& candidate : std::as_const(candidates)) {
            const JsonNode& node = candidate.node;
            switch (step.kind) {
            case Step::Kind::Member:
                for (int i = 0; node.isObject() && i < node.size(); ++i) {
                    if (node.keyAt(i) == step.name)
                        next.append({candidate.path + memberPath(step.name), node.at(i)});
                }
                break;
            case Step::Kind::Index: {
                const int i = step.index < 0 ? node.size() + step.index : step.index;
                if (node.isArray() && i >= 0 && i < node.size())
                    next.append({elementPath(candidate.path, i), node.at(i)});
                break;
            }
            case Step::Kind::Wildcard:
                for (int i = 0; i < node.size(); ++i)
                    next.append({node.isObject() ? candidate.path + memberPath(node.keyAt(i))
                                                 : elementPath(candidate.path, i),
                        node.at(i)});
                break;
            }
        }
        current = std::move(next);
    }
    if (current.size() > limit) {
        current.resize(limit);
        if (truncated)
            *truncated = true;
    }
    return current;
}

bool JsonPath::isSingular() const
{
    return m_valid && std::none_of(m_steps.cbegin(), m_steps.cend(), [](const Step& step) {
        return step.descendants || step.kind == Step::Kind::Wildcard;
    });
}
