#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QString>

// Fault modes switched through PUT /sandbox/faults, for testing clients' error handling:
// added latency on every API and token answer, and 5xx answers, malformed JSON, a connection
// closed mid-answer or a connection reset (TCP RST) for the next N API requests.
class SandboxFaults
{
public:
    int latencyMs = 0;
    int serverErrors = 0;
    int malformedJson = 0;
    int dropConnections = 0;
    // Reset 100 ms after the status line and headers: the client has started reading the answer,
    // so it reports the reset instead of silently sending the request again on a new connection.
    int resetConnections = 0;

    QJsonObject toJson() const;
    // Applies the members present in json; on failure nothing changes and *error names the field.
    bool update(const QJsonObject& json, QString* error);

    // Consumes one pending 5xx fault; true when this request must fail with it.
    bool takeServerError();
    // Consumes pending dropped / reset connection and malformed-JSON faults and adds latency.
    void shape(SandboxResponse* response);

    static SandboxResponse serverErrorResponse();
};
