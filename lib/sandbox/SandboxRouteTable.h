#pragma once

#include "sandbox/SandboxCall.h"
#include "sandbox/SandboxResponse.h"

#include <QList>
#include <QStringList>

#include <functional>

// Every operation the sandbox answers, by method and path template ("/v1.0/leads/{leadId}").
// A literal segment beats a placeholder, so /v2.0/tasks/my-tasks is not /v2.0/tasks/{taskId}.
class SandboxRouteTable
{
public:
    using Handler = std::function<SandboxResponse(const SandboxCall&)>;

    struct Route
    {
        QString method;
        QString path;
        QStringList segments;
        QStringList requiredQuery; // missing or empty: 400 code 20012
        QStringList requiredBody; // fields the JSON body must have: 400 code 20012
        Handler handler;
    };

    void add(const char* method, const char* path, Handler handler, const QStringList& requiredQuery = {},
        const QStringList& requiredBody = {});
    const Route* match(const QString& method, const QString& path, QMap<QString, QString>* captured) const;
    const QList<Route>& routes() const { return m_routes; }

private:
    static int score(const Route& route, const QStringList& segments, QMap<QString, QString>* captured);

    QList<Route> m_routes;
};
