#include "api/LoftyError.h"

#include "api/LoftyErrorCodes.h"

#include "util/SecretMasker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

// Business errors and error bodies are small; a large body is data, not an error envelope, and
// is not worth a full parse just to look for `code`.
constexpr int MaximumEnvelopeBytes = 64 * 1024;

QString codeText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return QString();
}

} // namespace

LoftyError::Envelope LoftyError::readEnvelope(const QByteArray& body)
{
    Envelope envelope;
    if (body.isEmpty() || body.size() > MaximumEnvelopeBytes)
        return envelope;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return envelope;
    envelope.isJsonObject = true;
    const QJsonObject object = document.object();
    if (object.contains(QLatin1String("code"))) {
        envelope.hasCode = true;
        envelope.code = codeText(object.value(QLatin1String("code")));
        envelope.message = object.value(QLatin1String("message")).toString();
        if (envelope.message.isEmpty())
            envelope.message = object.value(QLatin1String("msg")).toString();
    } else if (object.value(QLatin1String("status")).isObject()) {
        // {"status": {"code": 0, "msg": "success"}, "data": ...}
        const QJsonObject status = object.value(QLatin1String("status")).toObject();
        envelope.hasCode = status.contains(QLatin1String("code"));
        envelope.code = codeText(status.value(QLatin1String("code")));
        envelope.message = status.value(QLatin1String("msg")).toString();
    } else if (object.contains(QLatin1String("errorCode"))) {
        // {"data": ..., "errorCode": 0, "errorMsg": ""}
        envelope.hasCode = true;
        envelope.code = codeText(object.value(QLatin1String("errorCode")));
        envelope.message = object.value(QLatin1String("errorMsg")).toString();
    } else {
        envelope.message = object.value(QLatin1String("message")).toString();
    }
    // Shown in banners and on the CLI's stderr: a server that echoes a credential must not show it.
    envelope.message = SecretMasker::global().redact(envelope.message);
    return envelope;
}

bool LoftyError::isSuccessCode(const QString& code)
{
    return code.isEmpty() || code == QLatin1String("0")
        || code.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0;
}

void LoftyError::set(Kind kind, const QString& title, const QString& cause, const QString& remedy)
{
    m_kind = kind;
    // Causes quote URLs and server text: shown in banners and on the CLI's stderr, masked. Titles
    // are the console's own words plus the server's code, masked in titled(): masking the whole
    // title would take "credentials: BAD_CREDENTIALS" for a name and its secret value.
    m_title = title;
    m_cause = SecretMasker::global().redact(cause);
    m_remedy = remedy;
}

QString LoftyError::titled(const QString& text) const
{
    QStringList identifiers;
    if (!m_code.isEmpty())
        identifiers << SecretMasker::global().redact(m_code);
    if (!m_name.isEmpty() && m_name != m_code)
        identifiers << SecretMasker::global().redact(m_name);
    if (identifiers.isEmpty())
        return tr("%1 (HTTP %2)").arg(text).arg(m_httpStatus);
    return tr("%1: %2 (HTTP %3)").arg(text, identifiers.join(QLatin1Char(' '))).arg(m_httpStatus);
}

bool LoftyError::decodeKnown(const Envelope& envelope)
{
    const LoftyErrorCode* known = LoftyErrorCode::find(envelope.code);
    if (!known)
        return false;
    m_name = QString::fromLatin1(known->name);
    const bool inSuccess = m_httpStatus >= 200 && m_httpStatus < 300;
    Kind kind = known->kind;
    if (inSuccess)
        kind = Kind::BusinessError;
    else if (m_httpStatus >= 500)
        kind = Kind::ServerError;
    QString cause = tr(known->meaning);
    if (inSuccess)
        cause += QLatin1Char(' ')
            + tr("Lofty reported this failure with HTTP %1, so the call did not succeed.").arg(m_httpStatus);
    set(kind, titled(tr(known->title)), cause, tr(known->remedy));
    return true;
}

LoftyError LoftyError::fromHttp(int httpStatus, const QByteArray& body)
{
    LoftyError error;
    error.m_httpStatus = httpStatus;
    const Envelope envelope = readEnvelope(body);
    error.m_code = envelope.code;
    error.m_serverMessage = envelope.message;

    if (httpStatus >= 200 && httpStatus < 300) {
        if (envelope.hasCode && !isSuccessCode(envelope.code) && !error.decodeKnown(envelope)) {
            error.set(Kind::BusinessError, error.titled(tr("Business error")),
                tr("The server answered HTTP %1 but reported failure in the body: code %2, \"%3\". "
                   "Lofty reports some failures this way, so this call did not succeed.")
                    .arg(httpStatus)
                    .arg(envelope.code, envelope.message),
                tr("Check the identifiers and values you sent; the message above names the problem."));
        }
        return error;
    }
    if (httpStatus >= 400 && httpStatus != 429 && error.decodeKnown(envelope))
        return error;
    if (httpStatus >= 300 && httpStatus < 400) {
        error.set(Kind::HttpError, error.titled(tr("Redirect")),
            tr("The server answered with a redirect that was not followed."),
            tr("Check the base URL of the profile; Lofty's API is served from https://api.lofty.com."));
        return error;
    }
    if (httpStatus == 401) {
        error.set(Kind::Unauthorized, error.titled(tr("Not authorized")),
            tr("The credentials were missing, invalid or expired (%1). The access token may have "
               "expired, been revoked, or been invalidated because an API was added to the app.")
                .arg(envelope.code.isEmpty() ? tr("no code") : envelope.code),
            tr("Refresh the token, or authorize the account again. For an API key, check that it "
               "is still Active in Personal Settings > Integrations > API Keys."));
        return error;
    }
    if (httpStatus == 403) {
        error.decodeForbidden(envelope);
        return error;
    }
    if (httpStatus == 404) {
        error.set(Kind::NotFound, error.titled(tr("Not found")),
            tr("The resource does not exist or this account has no access to it. Lofty answers 404 "
               "for both, and briefly for a lead that was just created."),
            tr("Check the identifiers in the path and that the account can see the record; retry a "
               "freshly created lead after a moment."));
        return error;
    }
    if (httpStatus == 429) {
        error.set(Kind::RateLimited, error.titled(tr("Rate limit reached")),
            tr("Lofty limits requests per app, not per account: 100 per minute in Development mode, "
               "500 per minute in Production, over a 60-second window. Every account of the app "
               "shares that budget."),
            tr("Wait until the window resets (X-RateLimit-Reset); the console holds further requests "
               "back until then. Publish the app to Production for the higher limit."));
        return error;
    }
    if (httpStatus >= 500) {
        error.set(Kind::ServerError, error.titled(tr("Server error")),
            tr("The server failed while handling the request; the request itself may be fine."),
            tr("Retry later. If it keeps failing for the same request, report it to Lofty with the "
               "time and the request (copy it as curl, secrets stay masked)."));
        return error;
    }
    if (httpStatus >= 400) {
        error.decodeClientError(envelope);
        return error;
    }
    error.set(Kind::HttpError, error.titled(tr("Unexpected HTTP status")),
        tr("The server answered with a status the console does not expect."),
        tr("Check the base URL of the profile."));
    return error;
}

// A 4xx whose code Lofty does not document (known codes went through decodeKnown()).
void LoftyError::decodeClientError(const Envelope& envelope)
{
    set(m_httpStatus == 400 ? Kind::BadRequest : Kind::HttpError, titled(tr("Bad request")),
        tr("The server rejected the request's parameters or body."),
        tr("Compare the parameters with the endpoint's description in the catalog; the server said: \"%1\".")
            .arg(envelope.message));
}

void LoftyError::decodeForbidden(const Envelope& envelope)
{
    Q_UNUSED(envelope)
    set(Kind::Forbidden, titled(tr("Forbidden")),
        tr("The credentials are valid but the request is not allowed."),
        tr("Check the app's granted APIs in the Registration panel (Developer Portal, Permissions tab) and "
           "the account's role."));
}

LoftyError LoftyError::fromNetwork(QNetworkReply::NetworkError networkError, const QString& detail)
{
    LoftyError error;
    QString cause;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        cause = tr("The server refused the connection: nothing listens at that address and port.");
        break;
    case QNetworkReply::HostNotFoundError:
        cause = tr("The host name could not be resolved.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        cause = tr("The server closed the connection before answering completely.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        cause = tr("The TLS handshake failed; the server's certificate was not accepted.");
        break;
    case QNetworkReply::TimeoutError:
        cause = tr("The connection timed out.");
        break;
    default:
        cause = tr("The request failed before an answer arrived.");
        break;
    }
    error.set(Kind::NetworkError, tr("Network error"), cause + QLatin1Char(' ') + detail,
        tr("Check the base URL, your connection and any proxy settings, then retry."));
    return error;
}

LoftyError LoftyError::timeout(int seconds)
{
    LoftyError error;
    error.set(Kind::Timeout, tr("Timed out"), tr("No data arrived for %n second(s).", nullptr, seconds),
        tr("Retry; if the server is slow, raise the request timeout."));
    return error;
}

LoftyError LoftyError::cancelled()
{
    LoftyError error;
    error.set(
        Kind::Cancelled, tr("Cancelled"), tr("The request was cancelled before it completed."), QString());
    return error;
}

LoftyError LoftyError::redirectRefused(const QUrl& from, const QUrl& to)
{
    LoftyError error;
    error.set(Kind::RedirectRefused, tr("Redirect to another host refused"),
        tr("%1 redirected to %2. Following it would send the account's credentials to another "
           "host, so the console stopped.")
            .arg(from.host(), to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
        tr("Call the target URL directly if you trust it, or correct the profile's base URL."));
    return error;
}

LoftyError LoftyError::credentialsUnavailable(const QString& reason)
{
    LoftyError error;
    error.set(Kind::NoCredentials, tr("No valid credentials"),
        tr("The request was not sent: no valid token could be had for the account. %1").arg(reason),
        tr("Authorize the account again, or paste a valid API key or access token."));
    return error;
}

LoftyError LoftyError::invalidRequest(const QString& reason)
{
    LoftyError error;
    error.set(Kind::InvalidRequest, tr("Invalid request"), reason,
        tr("Enter an absolute URL (https://api.lofty.com/v1.0/me) or a path such as /v1.0/me."));
    return error;
}

QString LoftyError::toText() const
{
    QStringList parts {m_title, m_cause};
    if (!m_serverMessage.isEmpty())
        parts << tr("Server message: %1").arg(m_serverMessage);
    if (!m_remedy.isEmpty())
        parts << m_remedy;
    return parts.join(QLatin1Char('\n'));
}

QString LoftyError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NetworkError:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case Kind::NoCredentials:
        return QStringLiteral("no-credentials");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::ApiNotGranted:
        return QStringLiteral("api-not-granted");
    case Kind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Kind::NoAccessWebsite:
        return QStringLiteral("no-access-website");
    case Kind::TeamLeadsPermission:
        return QStringLiteral("team-leads-permission");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::BusinessError:
        return QStringLiteral("business-error");
    case Kind::HttpError:
        return QStringLiteral("http-error");
    }
    return QString();
}
