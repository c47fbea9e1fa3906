#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

class Clock;

// One entry of an authorization attempt's timeline (the Authorize panel shows them as they come).
// The detail is always masked: build steps with make(), which redacts every known secret.
struct FlowStep
{
    enum class Kind {
        Started, // attempt begins: grant and client
        PkceCreated, // verifier and challenge made
        ListenerStarted, // loopback listener on 127.0.0.1:<port>
        BrowserOpened, // authorize URL handed to the browser
        CallbackReceived, // the browser came back to the listener
        StateChecked, // state matched
        CallbackRefused, // wrong/missing state, error=, or a second callback
        TokenRequested, // POST to the token endpoint
        TokenReceived, // access token (and maybe refresh token) arrived
        TokenFailed, // the token endpoint refused or could not be reached
        ListenerClosed, // loopback listener closed
        Cancelled,
        TimedOut,
        Validated, // direct credentials checked
    };

    Kind kind = Kind::Started;
    QString title; // short, translated
    QString detail; // masked
    QDateTime timestamp; // UTC
    bool isFailure = false;

    static FlowStep make(
        Kind kind, const QString& title, const QString& detail, const Clock* clock, bool isFailure = false);
    static QString kindName(Kind kind); // stable id, e.g. "listener-started"
};

Q_DECLARE_METATYPE(FlowStep)
