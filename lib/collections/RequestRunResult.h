#pragma once

#include "api/ApiResponse.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What one request of a run did: sent or not, the exchange, each check passed or failed (with
// what was found), the variables it captured.
struct RequestRunResult
{
    QString relativePath; // in the collection
    QString name;
    QString method;
    QString url; // as sent, without credentials
    bool sent = false;
    bool passed = false;
    QStringList passedChecks; // RequestAssertion::describe() of each check that held
    QStringList failures; // why it failed: checks, captures, unknown variables, the error
    QList<QPair<QString, QString>> captured; // variable, value (secret values are never captured)
    ApiResponse response; // valid when sent

    int httpStatus() const { return response.httpStatus; }
    qint64 elapsedMs() const { return response.elapsedMs; }
};
