#include "oauth/TokenSet.h"

#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

namespace {

const char* const GrantNames[]
    = {"none", "authorization_code", "pkce", "client_credentials", "api_key", "pasted_token"};
constexpr TokenSet::Grant Grants[]
    = {TokenSet::Grant::None, TokenSet::Grant::AuthorizationCode, TokenSet::Grant::AuthorizationCodePkce,
        TokenSet::Grant::ClientCredentials, TokenSet::Grant::ApiKey, TokenSet::Grant::PastedToken};

QString kindName(TokenSet::Kind kind)
{
    switch (kind) {
    case TokenSet::Kind::Bearer:
        return QStringLiteral("bearer");
    case TokenSet::Kind::ApiKey:
        return QStringLiteral("api_key");
    case TokenSet::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

TokenSet::Kind kindFromName(const QString& name)
{
    if (name == QLatin1String("bearer"))
        return TokenSet::Kind::Bearer;
    if (name == QLatin1String("api_key"))
        return TokenSet::Kind::ApiKey;
    return TokenSet::Kind::None;
}

QString dateToText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromText(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

bool TokenSet::expiresWithin(const Clock* clock, int marginSeconds) const
{
    if (!expiresAt.isValid())
        return false;
    const Clock* source = clock ? clock : Clock::system();
    return source->nowUtc().addSecs(marginSeconds) >= expiresAt;
}

QString TokenSet::authorizationHeaderValue() const
{
    if (!isValid())
        return QString();
    if (kind == Kind::ApiKey)
        return QStringLiteral("token ") + accessToken;
    return QStringLiteral("Bearer ") + accessToken;
}

QByteArray TokenSet::toJson() const
{
    QJsonObject object {
        {QStringLiteral("version"), 1},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("grant"), grantName(grant)},
        {QStringLiteral("accessToken"), accessToken},
        {QStringLiteral("refreshToken"), refreshToken},
        {QStringLiteral("tokenType"), tokenType},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("obtainedAt"), dateToText(obtainedAt)},
        {QStringLiteral("expiresAt"), dateToText(expiresAt)},
        {QStringLiteral("refreshTokenIssuedAt"), dateToText(refreshTokenIssuedAt)},
        {QStringLiteral("rawResponseMasked"), QString::fromUtf8(rawResponseMasked)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TokenSet TokenSet::fromJson(const QByteArray& json, bool* ok)
{
    if (ok)
        *ok = false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    TokenSet token;
    token.kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    token.grant = grantFromName(object.value(QStringLiteral("grant")).toString());
    token.accessToken = object.value(QStringLiteral("accessToken")).toString();
    token.refreshToken = object.value(QStringLiteral("refreshToken")).toString();
    token.tokenType = object.value(QStringLiteral("tokenType")).toString();
    token.scope = object.value(QStringLiteral("scope")).toString();
    token.obtainedAt = dateFromText(object.value(QStringLiteral("obtainedAt")));
    token.expiresAt = dateFromText(object.value(QStringLiteral("expiresAt")));
    token.refreshTokenIssuedAt = dateFromText(object.value(QStringLiteral("refreshTokenIssuedAt")));
    token.rawResponseMasked = object.value(QStringLiteral("rawResponseMasked")).toString().toUtf8();
    if (ok)
        *ok = true;
    return token;
}

QString TokenSet::grantName(Grant grant)
{
    for (size_t i = 0; i < std::size(Grants); ++i) {
        if (Grants[i] == grant)
            return QString::fromLatin1(GrantNames[i]);
    }
    return QStringLiteral("none");
}

TokenSet::Grant TokenSet::grantFromName(const QString& name)
{
    for (size_t i = 0; i < std::size(Grants); ++i) {
        if (name == QLatin1String(GrantNames[i]))
            return Grants[i];
    }
    return Grant::None;
}
