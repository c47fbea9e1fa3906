#pragma once

#include "collections/CollectionRequest.h"

// Carries the usual lines of a Postman test script over to a saved request, so that a chain
// built in Postman still chains after the import:
//   pm.response.to.have.status(200)                          -> a status assertion
//   pm.expect(pm.response.code).to.eql(200)                  -> a status assertion
//   pm.collectionVariables.set("leadId", pm.response.json().leadId)
//   pm.environment.set("leadId", jsonData.data[0].id)        -> a body capture ($.leadId, ...),
//     where `var jsonData = pm.response.json()` came before
//   pm.variables.set("trace", pm.response.headers.get("X-Trace"))  -> a header capture
// `pm.test(..., function () {` and `});` wrappers and comments are structure; any other line is
// counted as not translated (scripts run JavaScript; the console does not).
class PostmanScript
{
public:
    struct Translation
    {
        int captures = 0;
        int assertions = 0;
        int untranslatedLines = 0;
    };

    static Translation translate(const QStringList& lines, CollectionRequest* request);

private:
    static bool translateLine(
        const QString& line, QStringList* aliases, CollectionRequest* request, Translation* translation);
};
