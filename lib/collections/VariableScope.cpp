#include "collections/VariableScope.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

const QRegularExpression& referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
    return pattern;
}

} // namespace

void VariableScope::set(Layer layer, const QString& name, const QString& value)
{
    m_layers[int(layer)].insert(name, value);
}

void VariableScope::setSecret(const QString& name, const QString& value)
{
    m_layers[int(Layer::Environment)].insert(name, value);
    m_secretNames.insert(name);
}

void VariableScope::clear(Layer layer)
{
    m_layers[int(layer)].clear();
}

bool VariableScope::contains(const QString& name) const
{
    return std::any_of(std::begin(m_layers), std::end(m_layers),
        [&name](const QHash<QString, QString>& layer) { return layer.contains(name); });
}

QString VariableScope::value(const QString& name) const
{
    for (int layer = int(Layer::Runtime); layer >= 0; --layer) {
        const auto found = m_layers[layer].constFind(name);
        if (found != m_layers[layer].cend())
            return *found;
    }
    return {};
}

QStringList VariableScope::names() const
{
    QSet<QString> all;
    for (const auto& layer : m_layers) {
        for (auto it = layer.cbegin(); it != layer.cend(); ++it)
            all.insert(it.key());
    }
    QStringList sorted(all.cbegin(), all.cend());
    sorted.sort();
    return sorted;
}

QStringList VariableScope::secretValues() const
{
    QStringList result;
    for (const QString& name : m_secretNames) {
        const QString secret = value(name);
        if (!secret.isEmpty())
            result.append(secret);
    }
    return result;
}

QString VariableScope::resolve(const QString& text, QStringList* unknown) const
{
    QString result;
    qsizetype last = 0;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        result += QStringView(text).mid(last, match.capturedStart() - last);
        if (contains(name)) {
            result += value(name);
        } else {
            result += match.captured(0);
            if (unknown && !unknown->contains(name))
                unknown->append(name);
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QStringList VariableScope::referencedNames(const QString& text)
{
    QStringList names;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}
