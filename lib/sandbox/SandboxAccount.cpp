#include "sandbox/SandboxAccount.h"

#include <QCoreApplication>

QJsonObject SandboxAccount::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), role},
        {QStringLiteral("email"), email},
        {QStringLiteral("customerKey"), customerKey},
    };
}

bool SandboxAccount::fromJson(const QJsonObject& json, SandboxAccount* account, QString* error)
{
    SandboxAccount result;
    const struct
    {
        const char* key;
        QString* target;
    } fields[] = {{"id", &result.id}, {"name", &result.name}, {"role", &result.role},
        {"email", &result.email}, {"customerKey", &result.customerKey}};
    for (const auto& field : fields) {
        const QString key = QString::fromLatin1(field.key);
        const QJsonValue value = json.value(key);
        if (!value.isString() || value.toString().isEmpty()) {
            *error = key + QLatin1String(": ")
                + QCoreApplication::translate("SandboxConfig", "missing or not a non-empty string");
            return false;
        }
        *field.target = value.toString();
    }
    *account = result;
    return true;
}
