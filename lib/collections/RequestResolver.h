#pragma once

#include "api/ApiRequest.h"
#include "collections/CollectionRequest.h"
#include "collections/VariableScope.h"

// Turns a saved request into the ApiRequest to send: {{variables}} replaced in the URL, the
// parameters, the headers and the body; a path resolved against the profile's API base. The
// unknown variables are listed so that the editor can mark them and a run can refuse to send a
// request that still holds a "{{...}}".
class RequestResolver
{
public:
    struct Result
    {
        ApiRequest request;
        QStringList unknownVariables;
        QString error; // the URL is not usable after resolution
    };

    static Result resolve(const CollectionRequest& saved, const VariableScope& scope, const QUrl& apiBaseUrl);
};
