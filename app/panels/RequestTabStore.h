#pragma once

#include "api/ApiRequest.h"

#include <QList>

// The open request tabs kept across runs in QSettings ("requests/tabs"): method, URL, headers and
// body of each, and which one was shown. Never a secret: Authorization and every header or query
// parameter with a secret name (SecretMaskingRules) are left out, values inside the body carried
// by a secret name are masked, and so is any value the session knows to be a secret.
class RequestTabStore
{
public:
    static constexpr int MaxTabs = 50;

    struct State
    {
        QList<ApiRequest> requests;
        int current = 0;
    };

    static void save(const State& state);
    static State load();
    static ApiRequest withoutSecrets(const ApiRequest& request);
};
