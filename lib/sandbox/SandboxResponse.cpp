#include "sandbox/SandboxResponse.h"

#include <QJsonDocument>

void SandboxResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxResponse::header(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return QByteArray();
}

SandboxResponse SandboxResponse::json(const QJsonObject& object, int status)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

SandboxResponse SandboxResponse::json(const QJsonArray& array, int status)
{
    return rawJson(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

SandboxResponse SandboxResponse::rawJson(const QByteArray& text, int status)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "application/json;charset=UTF-8";
    response.body = text;
    return response;
}

SandboxResponse SandboxResponse::html(const QString& page, int status)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page.toUtf8();
    return response;
}

SandboxResponse SandboxResponse::redirect(const QByteArray& location)
{
    SandboxResponse response;
    response.status = 302;
    response.contentType = "text/plain; charset=utf-8";
    response.setHeader("Location", location);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse SandboxResponse::notFound()
{
    return json(QJsonObject {{QStringLiteral("code"), QStringLiteral("NOT_FOUND")},
                    {QStringLiteral("message"), QStringLiteral("No such resource.")}},
        404);
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}
