#include "api/ApiRequest.h"

#include <algorithm>

ApiRequest ApiRequest::fromUrl(const QString& method, const QUrl& url)
{
    ApiRequest request;
    request.method = method.toUpper();
    request.url = url;
    return request;
}

QByteArray ApiRequest::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

bool ApiRequest::hasHeader(const QByteArray& name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
        [&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void ApiRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    removeHeader(name);
    headers.append({name, value});
}

void ApiRequest::removeHeader(const QByteArray& name)
{
    headers.erase(
        std::remove_if(headers.begin(), headers.end(),
            [&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; }),
        headers.end());
}
