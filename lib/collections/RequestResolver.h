#pragma once

#include "api/ApiRequest.h"
#include "collections/ApiSender.h"
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

    // Starts from `sender.build` (the profile's request style, as for a single request) and
    // resolves paths against `sender.baseUrl`; the saved headers replace the style's.
    static Result resolve(const CollectionRequest& saved, const VariableScope& scope, const ApiSender& sender,
        const CatalogEndpoint* endpoint = nullptr);
    // A bare request (no style headers), paths resolved against `apiBaseUrl`.
    static Result resolve(const CollectionRequest& saved, const VariableScope& scope, const QUrl& apiBaseUrl);
};
