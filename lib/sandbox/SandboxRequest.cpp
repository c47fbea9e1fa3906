#include "sandbox/SandboxRequest.h"

#include <QUrl>

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return QByteArray();
}

QMap<QString, QString> SandboxRequest::queryParameters() const
{
    return parseForm(rawQuery);
}

QMap<QString, QString> SandboxRequest::formParameters() const
{
    QMap<QString, QString> merged = queryParameters();
    if (header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded")) {
        const QMap<QString, QString> fields = parseForm(body);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            merged.insert(it.key(), it.value());
    }
    return merged;
}

QMap<QString, QString> SandboxRequest::parseForm(const QByteArray& encoded)
{
    QMap<QString, QString> fields;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const int equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return fields;
}
