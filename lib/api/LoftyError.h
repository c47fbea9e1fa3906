#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// What went wrong with one API exchange, in words a developer can act on: a short title, the
// cause, and what to do. Decodes every error code Lofty documents (LoftyErrorCode) whatever HTTP
// status carries it, transport failures, and business errors that arrive as HTTP 200 with a
// non-zero `code`. The title names the code once.
class LoftyError
{
    Q_DECLARE_TR_FUNCTIONS(LoftyError)

public:
    enum class Kind {
        None, // success
        NetworkError, // refused, unreachable, TLS, dropped connection ...
        Timeout, // no data within the request's timeout
        Cancelled, // the user cancelled
        RedirectRefused, // a redirect to another host (the Authorization header would leak)
        NoCredentials, // no valid token could be had; nothing was sent
        InvalidRequest, // the request itself is unusable (no host, no method); nothing was sent
        BadRequest, // 400: INVALID_PARAMETER, MISSING_PARAMETER, LIMIT_NOT_VALID, ...
        Unauthorized, // 401: BAD_CREDENTIALS, token missing, bad or expired
        ApiNotGranted, // 403 200100 / VENDOR_HAS_NO_PERMISSION: the app lacks the API
        PermissionDenied, // 403 PERMISSION_DENIED: the user's role is not enough
        NoAccessWebsite, // 403 NO_ACCESS_WEBSITE
        TeamLeadsPermission, // 403 ACCESS_ALL_TEAM_LEADS
        Forbidden, // 403 with no known code
        NotFound, // 404, LEAD_NOT_EXIST ...
        RateLimited, // 429
        ServerError, // 5xx
        BusinessError, // HTTP 2xx with a non-zero `code` (e.g. 200060 TRANSACTION_NOT_EXIST)
        HttpError, // any other non-2xx status
    };

    // Lofty's "app lacks the API" code.
    static constexpr int ApiNotGrantedCode = 200100;

    LoftyError() = default;

    // Decodes an HTTP answer: its status and its raw body (Lofty's {"code", "message"} shape, or
    // one of the success envelopes carrying a non-zero code).
    static LoftyError fromHttp(int httpStatus, const QByteArray& body);
    static LoftyError fromNetwork(QNetworkReply::NetworkError error, const QString& detail);
    static LoftyError timeout(int seconds);
    static LoftyError cancelled();
    static LoftyError redirectRefused(const QUrl& from, const QUrl& to);
    // No request was sent: the account has no usable credentials (`reason` from the TokenProvider).
    static LoftyError credentialsUnavailable(const QString& reason);
    static LoftyError invalidRequest(const QString& reason);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; } // Lofty's `code` as text ("200100", "BAD_CREDENTIALS")
    // The documented name of the code ("PERMISSION_DENIED" for 20017), empty when it has none.
    QString name() const { return m_name; }
    QString serverMessage() const { return m_serverMessage; }
    QString title() const { return m_title; } // one line
    QString cause() const { return m_cause; } // why it happened
    QString remedy() const { return m_remedy; } // what to do
    // True for the errors that a new authorization of the account will not fix by itself, but
    // that make the portal force every user to re-authorize once fixed (a missing API).
    bool requiresPortalChange() const { return m_kind == Kind::ApiNotGranted; }
    // A one-paragraph text for logs and the CLI: title, cause and remedy.
    QString toText() const;

    static QString kindName(Kind kind); // stable, untranslated ("api-not-granted")

private:
    struct Envelope
    {
        bool isJsonObject = false;
        QString code;
        QString message;
        bool hasCode = false;
    };
    static Envelope readEnvelope(const QByteArray& body);
    static bool isSuccessCode(const QString& code);
    bool decodeKnown(const Envelope& envelope);
    QString titled(const QString& text) const;
    void decodeClientError(const Envelope& envelope);
    void decodeForbidden(const Envelope& envelope);
    void set(Kind kind, const QString& title, const QString& cause, const QString& remedy);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_name;
    QString m_serverMessage;
    QString m_title;
    QString m_cause;
    QString m_remedy;
};
