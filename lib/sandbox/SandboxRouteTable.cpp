#include "sandbox/SandboxRouteTable.h"

int SandboxCall::queryInt(const QString& name, int fallback, bool* ok) const
{
    bool parsed = true;
    int value = fallback;
    if (query.contains(name))
        value = query.value(name).toInt(&parsed);
    if (ok)
        *ok = parsed;
    return parsed ? value : fallback;
}

void SandboxRouteTable::add(const char* method, const char* path, Handler handler,
    const QStringList& requiredQuery, const QStringList& requiredBody)
{
    Route route;
    route.method = QString::fromLatin1(method);
    route.path = QString::fromLatin1(path);
    route.segments = route.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.requiredQuery = requiredQuery;
    route.requiredBody = requiredBody;
    route.handler = std::move(handler);
    m_routes.append(route);
}

const SandboxRouteTable::Route* SandboxRouteTable::match(
    const QString& method, const QString& path, QMap<QString, QString>* captured) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route* best = nullptr;
    int bestScore = -1;
    for (const Route& route : m_routes) {
        if (route.method != method)
            continue;
        QMap<QString, QString> values;
        const int routeScore = score(route, segments, &values);
        if (routeScore > bestScore) {
            best = &route;
            bestScore = routeScore;
            if (captured)
                *captured = values;
        }
    }
    return best;
}

int SandboxRouteTable::score(
    const Route& route, const QStringList& segments, QMap<QString, QString>* captured)
{
    if (route.segments.size() != segments.size())
        return -1;
    int literals = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& part = route.segments.at(i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            if (segments.at(i).isEmpty())
                return -1;
            captured->insert(part.mid(1, part.size() - 2), segments.at(i));
        } else if (part == segments.at(i)) {
            ++literals;
        } else {
            return -1;
        }
    }
    return literals;
}
