#include "CliTokenCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"

#include "oauth/Jwt.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "util/Clock.h"
#include "util/SecretMasker.h"

#include <QCommandLineParser>

namespace {

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString kindName(TokenSet::Kind kind)
{
    switch (kind) {
    case TokenSet::Kind::Bearer:
        return QStringLiteral("bearer");
    case TokenSet::Kind::ApiKey:
        return QStringLiteral("api-key");
    case TokenSet::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QString CliTokenCommand::summary() const
{
    return tr("Print, show, refresh or forget the selected account's token.");
}

int CliTokenCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("print, show, refresh or forget."));
    parser.addOption({QStringLiteral("header"),
        tr("print: the whole Authorization header value (\"Bearer …\" or \"token …\").")});
    const int parsed
        = parse(context, parser, arguments, QStringLiteral("token <print|show|refresh|forget> [options]"),
            tr("  print     a valid access token on stdout (refreshed first when needed):\n"
               "            curl -H \"Authorization: Bearer $(lofty-console-cli token print)\" …\n"
               "  show      what is known about the token, secrets masked (--json)\n"
               "  refresh   refresh now (refresh_token grant, or a new client-credentials token)\n"
               "  forget    remove the account and its secrets from the keychain"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context,
            positional.isEmpty() ? tr("Name the action: print, show, refresh or forget.")
                                 : tr("Too many arguments."));
    const QString action = positional.constFirst();
    if (action != QLatin1String("print") && action != QLatin1String("show")
        && action != QLatin1String("refresh") && action != QLatin1String("forget"))
        return usageError(context, tr("Unknown action \"%1\".").arg(action));

    const int opened = context.openSession(true, action != QLatin1String("forget"));
    if (opened >= 0)
        return opened;
    if (action == QLatin1String("print"))
        return print(context, parser.isSet(QStringLiteral("header")));
    if (action == QLatin1String("show"))
        return show(context);
    if (action == QLatin1String("refresh"))
        return refresh(context);
    return forget(context);
}

int CliTokenCommand::timeoutStatus(CliContext& context)
{
    context.output().error(tr("The token endpoint did not answer in time."));
    return context.finish(CliExitCode::NetworkError);
}

int CliTokenCommand::failureStatus(CliContext& context, const QString& error, bool reauthorization)
{
    context.output().error(error);
    if (reauthorization) {
        context.output().err() << tr("Authorize the account again with `lofty-console-cli authorize`.")
                               << '\n';
        context.output().flush();
        return context.finish(CliExitCode::AuthorizationNeeded);
    }
    return context.finish(CliExitCode::Failure);
}

// README.md, "Command line": 2 without the client secret, 4 re-authorization needed, 6 the token
// endpoint unreachable, 1 its other errors.
int CliTokenCommand::refreshFailureStatus(CliContext& context, const QString& error, const Account& account)
{
    switch (account.lastRefreshFailure()) {
    case Account::RefreshFailure::MissingClientSecret:
        context.output().error(error);
        return context.finish(CliExitCode::Usage);
    case Account::RefreshFailure::Network:
        context.output().error(error);
        return context.finish(CliExitCode::NetworkError);
    case Account::RefreshFailure::NotRenewable:
    case Account::RefreshFailure::Reauthorization:
        return failureStatus(context, error, true);
    case Account::RefreshFailure::None:
    case Account::RefreshFailure::Refused:
        break;
    }
    return failureStatus(context, error, false);
}

int CliTokenCommand::print(CliContext& context, bool header) const
{
    ConsoleSession* session = context.session();
    Account* account = session->accounts()->account(context.accountId());
    if (!account)
        return failureStatus(context, tr("The account has no usable credentials."), true);
    QObject scope; // ends the connections below with this function: they capture its locals
    bool answered = false;
    bool reauthorization = false;
    TokenSet token;
    QString error;
    QObject::connect(session->accounts(), &AccountRegistry::reauthorizationRequired, &scope,
        [&reauthorization] { reauthorization = true; });
    account->fetchValidToken(
        &context, MinValiditySeconds, [&](const TokenSet& valid, const QString& problem) {
            answered = true;
            token = valid;
            error = problem;
            context.wake();
        });
    if (!context.waitFor([&answered] { return answered; }, RefreshTimeoutMs))
        return timeoutStatus(context);
    if (!token.isValid()) {
        if (account->isRenewable() && !reauthorization)
            return refreshFailureStatus(context, error, *account);
        return failureStatus(context, error, true);
    }
    if (!header && token.kind == TokenSet::Kind::ApiKey)
        context.output().warning(
            tr("this account holds an API key: send it as \"Authorization: token <key>\" "
               "(or use --header)."));
    context.output().out() << (header ? token.authorizationHeaderValue() : token.accessToken) << '\n';
    context.output().flush();
    return context.finish(CliExitCode::Ok);
}

QJsonObject CliTokenCommand::describe(const TokenSet& token)
{
    QJsonObject object {{QStringLiteral("kind"), kindName(token.kind)},
        {QStringLiteral("grant"), TokenSet::grantName(token.grant)},
        {QStringLiteral("tokenType"), token.tokenType}, {QStringLiteral("scope"), token.scope},
        {QStringLiteral("accessToken"), SecretMasker::mask(token.accessToken)},
        {QStringLiteral("refreshToken"),
            token.hasRefreshToken() ? SecretMasker::mask(token.refreshToken) : QString()},
        {QStringLiteral("obtainedAt"), timeText(token.obtainedAt)},
        {QStringLiteral("expiresAt"), timeText(token.expiresAt)},
        {QStringLiteral("refreshTokenIssuedAt"), timeText(token.refreshTokenIssuedAt)}};
    const QDateTime now = Clock::system()->nowUtc();
    if (token.expiresAt.isValid()) {
        object.insert(QStringLiteral("expiresInSeconds"), qMax<qint64>(0, now.secsTo(token.expiresAt)));
        object.insert(QStringLiteral("expired"), token.expiresAt <= now);
    }
    if (Jwt::looksLikeJwt(token.accessToken)) {
        const Jwt jwt = Jwt::decode(token.accessToken);
        if (jwt.isValid()) {
            object.insert(QStringLiteral("jwt"),
                QJsonObject {{QStringLiteral("algorithm"), jwt.algorithm()},
                    {QStringLiteral("subject"), jwt.subject()}, {QStringLiteral("issuer"), jwt.issuer()},
                    {QStringLiteral("expiresAt"), timeText(jwt.expiresAt())},
                    {QStringLiteral("signature"), Jwt::signatureStatusText()}});
        }
    }
    return object;
}

int CliTokenCommand::show(CliContext& context) const
{
    const ConsoleSession* session = context.session();
    const TokenSet token = session->accounts()->token(context.accountId());
    const AccountRecord* account = session->profile().account(context.accountId());
    QJsonObject object = describe(token);
    object.insert(QStringLiteral("profile"), session->profile().id);
    object.insert(QStringLiteral("account"), context.accountId());
    object.insert(QStringLiteral("label"), account ? account->displayName() : QString());
    if (context.output().json()) {
        context.output().printJson(object);
        return context.finish(CliExitCode::Ok);
    }
    QList<QPair<QString, QString>> fields {{tr("Profile"), session->profile().name},
        {tr("Account"),
            QStringLiteral("%1 (%2)").arg(
                object.value(QStringLiteral("label")).toString(), context.accountId())},
        {tr("Grant"), object.value(QStringLiteral("grant")).toString()},
        {tr("Kind"), object.value(QStringLiteral("kind")).toString()}, {tr("Token type"), token.tokenType},
        {tr("Scope"), token.scope}, {tr("Access token"), SecretMasker::mask(token.accessToken)},
        {tr("Obtained"), timeText(token.obtainedAt)},
        {tr("Expires"),
            token.expiresAt.isValid() ? tr("%1 (in %2 s)")
                                            .arg(timeText(token.expiresAt))
                                            .arg(object.value(QStringLiteral("expiresInSeconds")).toInteger())
                                      : tr("unknown")},
        {tr("Refresh token"), token.hasRefreshToken() ? SecretMasker::mask(token.refreshToken) : tr("none")}};
    const int lifetimeDays = session->profile().refreshTokenLifetimeDays; // 0: the provider's is unknown
    const int ageDays = token.refreshTokenIssuedAt.isValid()
        ? int(token.refreshTokenIssuedAt.daysTo(Clock::system()->nowUtc()))
        : 0;
    if (token.refreshTokenIssuedAt.isValid() && lifetimeDays > 0)
        fields << qMakePair(tr("Refresh token age"),
            tr("%n day(s) (the provider keeps them %1 days)", nullptr, ageDays).arg(lifetimeDays));
    else if (token.refreshTokenIssuedAt.isValid())
        fields << qMakePair(tr("Refresh token age"), tr("%n day(s)", nullptr, ageDays));
    const QJsonObject jwt = object.value(QStringLiteral("jwt")).toObject();
    if (!jwt.isEmpty())
        fields << qMakePair(tr("JWT"),
            tr("alg %1, sub %2, iss %3 (%4)")
                .arg(jwt.value(QStringLiteral("algorithm")).toString(),
                    jwt.value(QStringLiteral("subject")).toString(),
                    jwt.value(QStringLiteral("issuer")).toString(), Jwt::signatureStatusText()));
    context.output().fields(fields);
    return context.finish(CliExitCode::Ok);
}

int CliTokenCommand::refresh(CliContext& context) const
{
    ConsoleSession* session = context.session();
    Account* account = session->accounts()->account(context.accountId());
    if (!account)
        return failureStatus(context, tr("The account has no usable credentials."), true);
    QObject scope; // ends the connection below with this function: it captures its locals
    bool done = false;
    bool ok = false;
    QString error;
    QObject::connect(account, &Account::refreshFinished, &scope, [&](bool success, const QString& problem) {
        done = true;
        ok = success;
        error = problem;
        context.wake();
    });
    account->refresh();
    if (!context.waitFor([&done] { return done; }, RefreshTimeoutMs))
        return timeoutStatus(context);
    if (!ok)
        return refreshFailureStatus(context, error, *account);
    const TokenSet token = account->token();
    context.output().info(tr("Refreshed. The new token expires at %1.").arg(timeText(token.expiresAt)));
    if (context.output().json())
        context.output().printJson(describe(token));
    return context.finish(CliExitCode::Ok);
}

int CliTokenCommand::forget(CliContext& context) const
{
    ConsoleSession* session = context.session();
    const AccountRecord* account = session->profile().account(context.accountId());
    const QString name = account ? account->displayName() : context.accountId();
    session->accounts()->forget(context.accountId());
    const int status = context.finish(CliExitCode::Ok);
    if (status == CliExitCode::Ok)
        context.output().info(
            tr("Forgot the account \"%1\" and removed its secrets from the keychain.").arg(name));
    return status;
}
