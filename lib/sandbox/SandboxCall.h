#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

// One API call as a route handler sees it: the path's placeholders, the query, the parsed JSON
// body (undefined when the request had none) and the calling account.
struct SandboxCall
{
    QMap<QString, QString> path;
    QMap<QString, QString> query;
    QJsonValue body;
    QString accountId;

    QJsonObject bodyObject() const { return body.toObject(); }
    // A 64-bit id from the path or, failing that, the query; 0 when absent or not a number.
    qint64 id(const QString& name) const
    {
        const QString text = path.contains(name) ? path.value(name) : query.value(name);
        return text.toLongLong();
    }
    int queryInt(const QString& name, int fallback, bool* ok = nullptr) const;
};
