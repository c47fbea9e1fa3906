#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One answer of the sandbox, independent of QtHttpServer. Fault modes change how it is
// delivered: after a delay, cut off mid-body, or reset (TCP RST) once the headers are out.
struct SandboxResponse
{
    enum class Delivery { Complete, DropMidBody, ResetAfterHead };

    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Delivery delivery = Delivery::Complete;
    int delayMs = 0;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static SandboxResponse json(const QJsonObject& object, int status = 200);
    static SandboxResponse json(const QJsonArray& array, int status = 200);
    static SandboxResponse rawJson(const QByteArray& text, int status = 200);
    static SandboxResponse html(const QString& page, int status = 200);
    static SandboxResponse redirect(const QByteArray& location); // already percent-encoded
    static SandboxResponse notFound();

    static QByteArray reasonPhrase(int status);
};
