#include "oauth/TokenResponse.h"

#include "util/Clock.h"
#include "util/KnownSecret.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <list>

namespace {

constexpr int MaximumQuotedBodyLength = 300;
const QStringList SecretFields
    = {QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("id_token")};

QString tr(const char* text)
{
    return QCoreApplication::translate("TokenResponse", text);
}

QString quotedBody(const QByteArray& body)
{
    QString text = SecretMasker::global().redact(QString::fromUtf8(body)).simplified();
    if (text.size() > MaximumQuotedBodyLength)
        text = text.left(MaximumQuotedBodyLength) + QStringLiteral("…");
    return text;
}

// RFC 6749 Appendix A.12 / A.17 allow VSCHAR; a space, CR, LF, NUL or non-ASCII character could
// split or forge an Authorization header, so only visible ASCII (0x21-0x7E) is accepted.
bool isVisibleAscii(const QString& value)
{
    return std::all_of(
        value.cbegin(), value.cend(), [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
}

// Why `value` (the field `name` of a token response) cannot be used as a token, or empty.
QString tokenValueProblem(const QString& name, const QVariant& value)
{
    if (value.typeId() != QMetaType::QString)
        return tr("The token endpoint's %1 is not a string; the token was not used.").arg(name);
    const QString text = value.toString();
    if (text.size() > TokenResponse::MaximumTokenLength)
        return tr("The token endpoint's %1 is longer than %2 characters; the token was not used.")
            .arg(name)
            .arg(TokenResponse::MaximumTokenLength);
    if (!isVisibleAscii(text))
        return tr("The token endpoint's %1 holds characters other than visible ASCII (a space, a line "
                  "break, a control or a non-ASCII character); the token was not used.")
            .arg(name);
    return QString();
}

qint64 lifetimeSeconds(const QVariant& value)
{
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    return ok && seconds > 0 ? seconds : TokenResponse::DefaultLifetimeSeconds;
}

} // namespace

QVariantMap TokenResponse::parseFields(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed);
        return document.isObject() ? document.object().toVariantMap() : QVariantMap();
    }
    if (trimmed.isEmpty() || trimmed.startsWith('<') || !trimmed.contains('='))
        return {};
    QVariantMap fields;
    // Form bodies encode spaces as '+'; QUrlQuery would keep them literal.
    QByteArray normalised = trimmed;
    normalised.replace('+', ' ');
    const QUrlQuery query(QString::fromLatin1(normalised));
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        fields.insert(item.first, item.second);
    return fields;
}

TokenResponse TokenResponse::fromHttp(
    int httpStatus, const QByteArray& body, TokenSet::Grant grant, const Clock* clock)
{
    const QVariantMap fields = parseFields(body);
    // Masked while this response is parsed and its raw text redacted; whoever keeps the token
    // from then on (an account, a refresher) masks it under its own name.
    std::list<KnownSecret> parsing;
    for (const QString& name : SecretFields)
        parsing.emplace_back().set(fields.value(name).toString());
    const bool statusOk = httpStatus >= 200 && httpStatus < 300;
    if (!statusOk || fields.contains(QStringLiteral("error")))
        return failure(httpStatus, fields, body);
    return success(httpStatus, fields, body, grant, clock);
}

TokenResponse TokenResponse::fromNetworkError(const QString& reason)
{
    TokenResponse response;
    response.message = SecretMasker::global().redact(reason);
    return response;
}

TokenResponse TokenResponse::failure(int httpStatus, const QVariantMap& fields, const QByteArray& body)
{
    TokenResponse response;
    response.httpStatus = httpStatus;
    response.error = fields.value(QStringLiteral("error")).toString();
    response.errorDescription
        = SecretMasker::global().redact(fields.value(QStringLiteral("error_description")).toString());
    if (!response.error.isEmpty() && !response.errorDescription.isEmpty()) {
        response.message = tr("The token endpoint refused the request (HTTP %1): %2: %3")
                               .arg(httpStatus)
                               .arg(response.error, response.errorDescription);
    } else if (!response.error.isEmpty()) {
        response.message
            = tr("The token endpoint refused the request (HTTP %1): %2").arg(httpStatus).arg(response.error);
    } else if (!body.trimmed().isEmpty()) {
        response.message
            = tr("The token endpoint answered HTTP %1: %2").arg(httpStatus).arg(quotedBody(body));
    } else {
        response.message = tr("The token endpoint answered HTTP %1 with an empty body.").arg(httpStatus);
    }
    return response;
}

TokenResponse TokenResponse::success(int httpStatus, const QVariantMap& fields, const QByteArray& body,
    TokenSet::Grant grant, const Clock* clock)
{
    TokenResponse response;
    response.httpStatus = httpStatus;
    const QVariant accessTokenValue = fields.value(QStringLiteral("access_token"));
    const QString accessToken = accessTokenValue.toString();
    const bool present = !accessTokenValue.isNull()
        && !(accessTokenValue.typeId() == QMetaType::QString && accessToken.isEmpty());
    if (!present) {
        response.message = fields.isEmpty()
            ? tr("The token endpoint's answer is neither JSON nor a form: %1").arg(quotedBody(body))
            : tr("The token endpoint's answer has no access_token: %1").arg(quotedBody(body));
        return response;
    }
    const QVariant refreshTokenValue = fields.value(QStringLiteral("refresh_token"));
    const bool hasRefreshToken = fields.contains(QStringLiteral("refresh_token"))
        && !refreshTokenValue.isNull()
        && !(refreshTokenValue.typeId() == QMetaType::QString && refreshTokenValue.toString().isEmpty());
    response.message = tokenValueProblem(QStringLiteral("access_token"), accessTokenValue);
    if (response.message.isEmpty() && hasRefreshToken)
        response.message = tokenValueProblem(QStringLiteral("refresh_token"), refreshTokenValue);
    if (!response.message.isEmpty())
        return response;
    const QDateTime now = (clock ? clock : Clock::system())->nowUtc();
    TokenSet& token = response.token;
    token.kind = TokenSet::Kind::Bearer;
    token.grant = grant;
    token.accessToken = accessToken;
    token.refreshToken = hasRefreshToken ? refreshTokenValue.toString() : QString();
    token.tokenType = fields.value(QStringLiteral("token_type")).toString();
    token.scope = fields.value(QStringLiteral("scope")).toString();
    token.obtainedAt = now;
    token.expiresAt = now.addSecs(lifetimeSeconds(fields.value(QStringLiteral("expires_in"))));
    if (token.hasRefreshToken())
        token.refreshTokenIssuedAt = now;
    token.rawResponseMasked = SecretMasker::global().redact(body);
    response.ok = true;
    return response;
}
