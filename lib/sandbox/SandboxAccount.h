#pragma once

#include <QJsonObject>
#include <QString>

// A Lofty user the consent page offers. The customer key doubles as the account's API key
// (`Authorization: token <key>`) and as the client-credentials `customer_key`.
struct SandboxAccount
{
    QString id;
    QString name;
    QString role;
    QString email;
    QString customerKey;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, SandboxAccount* account, QString* error);
};
