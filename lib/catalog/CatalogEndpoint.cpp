#include "catalog/CatalogEndpoint.h"

#include <QUrl>

namespace {

bool isPlaceholder(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

QStringView placeholderName(QStringView segment)
{
    return segment.mid(1, segment.size() - 2);
}

QStringView withoutQueryAndTrailingSlash(QStringView path)
{
    const qsizetype cut = path.indexOf(QLatin1Char('?'));
    if (cut >= 0)
        path = path.left(cut);
    const qsizetype fragment = path.indexOf(QLatin1Char('#'));
    if (fragment >= 0)
        path = path.left(fragment);
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QString CatalogEndpoint::path(const QMap<QString, QString>& pathValues) const
{
    const QList<QStringView> segments = QStringView(pathTemplate).split(u'/');
    QStringList filled;
    filled.reserve(segments.size());
    for (QStringView segment : segments) {
        const auto value = isPlaceholder(segment) ? pathValues.constFind(placeholderName(segment).toString())
                                                  : pathValues.constEnd();
        if (value != pathValues.constEnd())
            filled << QString::fromLatin1(QUrl::toPercentEncoding(*value));
        else
            filled << segment.toString();
    }
    return filled.join(QLatin1Char('/'));
}

bool CatalogEndpoint::matches(
    const QString& requestMethod, const QString& requestPath, QMap<QString, QString>* captured) const
{
    if (requestMethod.compare(method, Qt::CaseInsensitive) != 0)
        return false;
    const QList<QStringView> wanted = QStringView(pathTemplate).split(u'/');
    const QList<QStringView> actual = withoutQueryAndTrailingSlash(requestPath).split(u'/');
    if (wanted.size() != actual.size())
        return false;
    QMap<QString, QString> values;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (isPlaceholder(wanted[i])) {
            if (actual[i].isEmpty())
                return false;
            values.insert(
                placeholderName(wanted[i]).toString(), QUrl::fromPercentEncoding(actual[i].toUtf8()));
        } else if (wanted[i] != actual[i]) {
            return false;
        }
    }
    if (captured)
        *captured = values;
    return true;
}

QStringList CatalogEndpoint::placeholders() const
{
    QStringList names;
    for (QStringView segment : QStringView(pathTemplate).split(u'/')) {
        if (isPlaceholder(segment))
            names << placeholderName(segment).toString();
    }
    return names;
}

int CatalogEndpoint::literalSegmentCount() const
{
    int count = 0;
    for (QStringView segment : QStringView(pathTemplate).split(u'/')) {
        if (!segment.isEmpty() && !isPlaceholder(segment))
            ++count;
    }
    return count;
}

bool CatalogEndpoint::sameContract(const CatalogEndpoint& other) const
{
    return method == other.method && pathTemplate == other.pathTemplate && api == other.api
        && summary == other.summary && pathParameters == other.pathParameters
        && queryParameters == other.queryParameters && bodyFields == other.bodyFields
        && responseMediaType == other.responseMediaType && responseSample == other.responseSample
        && errors == other.errors;
}
