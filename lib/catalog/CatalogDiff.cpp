#include "catalog/CatalogDiff.h"

#include <QHash>
#include <QRegularExpression>

namespace {

QString operationKey(const CatalogEndpoint& endpoint)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}/]*\\}"));
    return endpoint.method + QLatin1Char(' ')
        + QString(endpoint.pathTemplate).replace(placeholder, QStringLiteral("{}"));
}

QString label(const CatalogEndpoint& endpoint)
{
    return endpoint.method + QLatin1Char(' ') + endpoint.pathTemplate;
}

} // namespace

CatalogDiff CatalogDiff::between(const EndpointCatalog& current, const EndpointCatalog& updated)
{
    CatalogDiff diff;
    QHash<QString, const CatalogEndpoint*> before;
    for (const CatalogEndpoint& endpoint : current.endpoints())
        before.insert(operationKey(endpoint), &endpoint);
    QHash<QString, const CatalogEndpoint*> after;
    for (const CatalogEndpoint& endpoint : updated.endpoints()) {
        const QString key = operationKey(endpoint);
        after.insert(key, &endpoint);
        const CatalogEndpoint* old = before.value(key);
        if (!old)
            diff.added << endpoint;
        else if (!old->sameContract(endpoint))
            diff.changed.append({*old, endpoint});
    }
    for (const CatalogEndpoint& endpoint : current.endpoints()) {
        if (!after.contains(operationKey(endpoint)))
            diff.removed << endpoint;
    }
    return diff;
}

QString CatalogDiff::summary() const
{
    if (isEmpty())
        return tr("No operation added, removed or changed");
    return tr("%1 added, %2 removed, %3 changed").arg(added.size()).arg(removed.size()).arg(changed.size());
}

QStringList CatalogDiff::lines() const
{
    QStringList result;
    for (const CatalogEndpoint& endpoint : added)
        result << QStringLiteral("+ ") + label(endpoint);
    for (const CatalogEndpoint& endpoint : removed)
        result << QStringLiteral("- ") + label(endpoint);
    for (const auto& pair : changed)
        result << QStringLiteral("~ ") + label(pair.second);
    return result;
}
