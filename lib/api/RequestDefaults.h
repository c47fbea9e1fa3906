#pragma once

#include "api/ApiRequest.h"

class QObject;
struct CatalogEndpoint;

// The headers an API expects on every request, added where a request is built so that the
// composer shows them before sending; a header the user sets afterwards replaces them.
//
// Lofty style: `Content-Type: application/json` whatever the method (Lofty answers a DELETE
// without it with HTTP 400, code 20001, and two GETs with 415), and `Accept: application/xml`
// for an operation whose answer is an XML feed (406 otherwise).
class RequestDefaults
{
public:
    enum class Style { Plain, Lofty };

    // The style of the requests a client (an ApiClient) builds: kept on the client object, so
    // that whoever binds the client to a profile sets it next to the base URL.
    static void setStyle(QObject* client, Style style);
    static Style styleOf(const QObject* client); // Plain when never set

    // Adds the style's headers that `request` does not have yet. `endpoint` (may be null for a
    // free URL) says whether the answer is XML.
    static void apply(ApiRequest& request, Style style, const CatalogEndpoint* endpoint);
};
