#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The fields of `POST /v1.0/webhook` and Lofty's rules for them: listId 1-12, an https callback
// (the sandbox also takes http to 127.0.0.1 or localhost), limit 1-5000 and permissionMode 0 or 1.
struct WebhookSubscription
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSubscription)

public:
    static constexpr int DefaultLimit = 100;

    int listId = 0;
    QString callbackUrl;
    int limit = DefaultLimit;
    int permissionMode = 0;

    // Empty when valid, else what to fix. `sandbox`: plain http to the loopback host is allowed.
    QString validate(bool sandbox) const;
    QJsonObject toJson() const;
};
