#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// One HTTP request as the sandbox's route handlers see it, independent of QtHttpServer.
struct SandboxRequest
{
    QString method; // upper case: "GET", "POST" ...
    QString path; // decoded path, e.g. "/v1.0/leads/9007199254740993"
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    // Query parameters, decoded as application/x-www-form-urlencoded ('+' is a space).
    QMap<QString, QString> queryParameters() const;
    // The form body's fields merged over the query's (Lofty's own curl sample sends the token
    // request's parameters in the query string of the POST).
    QMap<QString, QString> formParameters() const;

    static QMap<QString, QString> parseForm(const QByteArray& encoded);
};
