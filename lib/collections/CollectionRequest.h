#pragma once

#include "collections/RequestAssertion.h"
#include "collections/RequestCapture.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

using NameValueList = QList<QPair<QString, QString>>;

// One saved request of a collection, as kept in its own JSON file: what the user composed (with
// {{variables}} anywhere in the URL, parameters, headers and body), the catalog operation it came
// from, the captures run after the response and the assertions checked on it.
//
// The file never holds a secret: the account's credentials are added at send time, and a header,
// parameter or body field whose name says "secret" must hold a {{variable}} (secret variables are
// kept in the keychain). The URL is normally a path ("/v1.0/leads") resolved against the
// profile's API base, so one collection runs against the sandbox and against Lofty.
struct CollectionRequest
{
    static constexpr int FormatVersion = 1;

    QString name;
    QString endpointId; // the console's catalog id, e.g. "leads.create"; empty for a free URL
    QString operationId; // the OpenAPI operationId, when the catalog has one
    QString method = QStringLiteral("GET");
    QString url; // a path or an absolute URL, {{variables}} allowed
    NameValueList params; // query parameters, in order
    NameValueList headers;
    QByteArray body; // raw text; JSON is kept as JSON in the file when it parses
    int timeoutSeconds = 30;
    // "Fetch all pages" (file: "pages": "all"): the run follows the operation's paging style and
    // checks the merged answer {"items": [...every item...], "pages": N}.
    bool allPages = false;
    QList<RequestCapture> captures;
    QList<RequestAssertion> assertions;

    bool operator==(const CollectionRequest& other) const;

    // Stable text: fixed key order, 4-space indentation, a final newline.
    QByteArray toFileText() const;
    static bool fromFileText(const QByteArray& text, CollectionRequest* request, QString* error);

    // Names of headers, parameters or body fields that would put a secret in the file (a value
    // under a secret name that is not a {{variable}}), plus "Authorization" when present.
    QStringList secretsInClear() const;
    // The request with the Authorization header dropped and every value listed by
    // secretsInClear() replaced by a {{variable}} of that name.
    CollectionRequest withoutSecrets() const;

    static bool isVariableReference(const QString& value); // exactly "{{name}}"

private:
    static void findSecretFields(const JsonNode& node, QStringList* names);
};
