#include "CliAuthorizeCommand.h"

#include "CliBrowser.h"
#include "CliContext.h"
#include "CliExitCode.h"
#include "CliPrompt.h"
#include "CliSecretStore.h"

#include "api/ApiReply.h"
#include "oauth/OAuthFlow.h"
#include "profiles/ProfileStore.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "util/SecretMasker.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QPointer>

namespace {

// Longer waits are a typo; they would also overflow the milliseconds Qt timers take.
constexpr int MaxTimeoutSeconds = 3600;

constexpr int IdentityWaitMs = 10000;

// An environment variable holding a secret: remembered by the masker before anything else.
QString secretFromEnvironment(const char* name)
{
    const QString value = qEnvironmentVariable(name).trimmed();
    SecretMasker::global().remember(value);
    return value;
}

} // namespace

QString CliAuthorizeCommand::summary() const
{
    return tr("Authorize a new account (browser, client credentials, API key or token).");
}

bool CliAuthorizeCommand::grantFromOption(const QString& name, TokenSet::Grant* grant)
{
    static const QHash<QString, TokenSet::Grant> grants {
        {QStringLiteral("code"), TokenSet::Grant::AuthorizationCode},
        {QStringLiteral("pkce"), TokenSet::Grant::AuthorizationCodePkce},
        {QStringLiteral("client-credentials"), TokenSet::Grant::ClientCredentials},
        {QStringLiteral("api-key"), TokenSet::Grant::ApiKey},
        {QStringLiteral("token"), TokenSet::Grant::PastedToken},
    };
    if (!grants.contains(name))
        return false;
    *grant = grants.value(name);
    return true;
}

int CliAuthorizeCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("g"), QStringLiteral("grant")},
        tr("code, pkce (default), client-credentials, api-key or token."), tr("grant"),
        QStringLiteral("pkce")});
    parser.addOption(
        {{QStringLiteral("l"), QStringLiteral("label")}, tr("The new account's label."), tr("label")});
    parser.addOption({QStringLiteral("port"),
        tr("Loopback listener port for the browser grants (default: the "
           "profile's, else any free port)."),
        tr("port")});
    parser.addOption(
        {QStringLiteral("no-browser"), tr("Only print the authorize URL; do not open a browser.")});
    parser.addOption({QStringLiteral("timeout"),
        tr("Give up after this many seconds (default %1).").arg(DefaultTimeoutSeconds), tr("seconds"),
        QString::number(DefaultTimeoutSeconds)});
    parser.addOption({QStringLiteral("remember-secret"),
        tr("Save a client secret that was typed or taken from LOFTY_CLIENT_SECRET in the keychain.")});
    parser.addOption(
        {{QStringLiteral("v"), QStringLiteral("verbose")}, tr("Print every step (secrets masked).")});
    const int parsed
        = parse(context, parser, arguments, QStringLiteral("authorize [--grant GRANT] [options]"),
            tr("Secrets are never arguments. They come from the keychain, the environment or a prompt "
               "without echo\n"
               "(or one line on stdin when it is not a terminal):\n"
               "  code, client-credentials   client secret: keychain, else LOFTY_CLIENT_SECRET, else prompt\n"
               "  client-credentials         customer key: LOFTY_CUSTOMER_KEY, else prompt\n"
               "  api-key                    LOFTY_API_KEY, else prompt\n"
               "  token                      LOFTY_ACCESS_TOKEN (+ LOFTY_REFRESH_TOKEN), else prompt\n"
               "The browser grants print the authorize URL on stderr, open $BROWSER (or xdg-open when there "
               "is a\n"
               "display) and wait on the loopback listener. The new account's id goes to stdout."));
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return usageError(context,
            tr("Unexpected argument \"%1\"; secrets are never arguments.")
                .arg(parser.positionalArguments().constFirst()));

    AuthorizationRequest request;
    if (!grantFromOption(parser.value(QStringLiteral("grant")), &request.grant))
        return usageError(context, tr("Unknown grant \"%1\".").arg(parser.value(QStringLiteral("grant"))));
    request.label = parser.value(QStringLiteral("label"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("port"))) {
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return usageError(context, tr("--port needs a number from 1 to 65535."));
        request.redirectPort = quint16(port);
    }
    const int timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSeconds <= 0 || timeoutSeconds > MaxTimeoutSeconds)
        return usageError(
            context, tr("--timeout needs a number of seconds from 1 to %1.").arg(MaxTimeoutSeconds));
    if (!collectSecrets(context, &request))
        return CliExitCode::Usage;

    const int opened = context.openSession(false);
    if (opened >= 0)
        return opened;
    const bool needsClientSecret = request.grant == TokenSet::Grant::AuthorizationCode
        || request.grant == TokenSet::Grant::ClientCredentials;
    if (needsClientSecret && !context.session()->backend()->suppliesClientSecret()) {
        const int secret = ensureClientSecret(
            context, context.session()->profile(), parser.isSet(QStringLiteral("remember-secret")));
        if (secret >= 0)
            return secret;
    }
    return runFlow(context, request, !parser.isSet(QStringLiteral("no-browser")), timeoutSeconds,
        parser.isSet(QStringLiteral("verbose")));
}

bool CliAuthorizeCommand::collectSecrets(CliContext& context, AuthorizationRequest* request) const
{
    const auto fromEnvironmentOrPrompt = [&context](
                                             const char* variable, const QString& prompt, QString* value) {
        *value = secretFromEnvironment(variable);
        if (!value->isEmpty()) {
            context.output().info(tr("Using %1 from the environment.").arg(QLatin1String(variable)));
            return true;
        }
        if (CliPrompt::readSecret(prompt, value))
            return true;
        context.output().error(tr("No value: set %1 or type it at the prompt.").arg(QLatin1String(variable)));
        return false;
    };
    switch (request->grant) {
    case TokenSet::Grant::ClientCredentials:
        return fromEnvironmentOrPrompt(
            "LOFTY_CUSTOMER_KEY", tr("Customer key (the user's API key): "), &request->customerKey);
    case TokenSet::Grant::ApiKey:
        return fromEnvironmentOrPrompt("LOFTY_API_KEY", tr("API key: "), &request->apiKey);
    case TokenSet::Grant::PastedToken:
        request->refreshToken = secretFromEnvironment("LOFTY_REFRESH_TOKEN");
        return fromEnvironmentOrPrompt("LOFTY_ACCESS_TOKEN", tr("Access token: "), &request->accessToken);
    case TokenSet::Grant::None:
    case TokenSet::Grant::AuthorizationCode:
    case TokenSet::Grant::AuthorizationCodePkce:
        break;
    }
    return true;
}

int CliAuthorizeCommand::ensureClientSecret(CliContext& context, const Profile& profile, bool remember) const
{
    const QString key = SecretStore::key(profile.id, QString(), SecretStore::Kind::ClientSecret);
    QObject scope; // the answer is dropped if it comes after this function returned
    SecretStore::Result stored;
    bool answered = false;
    context.secrets()->read(key, &scope, [&](const SecretStore::Result& result) {
        stored = result;
        answered = true;
        context.wake();
    });
    if (!context.waitFor([&answered] { return answered; }, CliContext::KeychainTimeoutMs)
        || stored.status == SecretStore::Status::Unavailable) {
        context.output().error(tr("The keychain is unavailable: %1").arg(stored.errorString));
        return CliExitCode::KeychainUnavailable;
    }
    QString secret = QString::fromUtf8(stored.data);
    if (stored.status != SecretStore::Status::Ok || secret.isEmpty()) {
        if (!CliPrompt::readSecret(tr("Client secret of %1: ").arg(profile.registration.clientId), &secret)) {
            context.output().error(tr("This grant needs the app's client secret: save it in the console, set "
                                      "LOFTY_CLIENT_SECRET, or type it at the prompt."));
            return CliExitCode::Usage;
        }
        context.secrets()->setRunOnlyValue(key, secret.toUtf8());
    }
    if (remember)
        context.session()->setClientSecret(secret);
    return -1;
}

// README.md, "Command line": 6 unreachable or too slow, 1 the token endpoint's error, 2 an
// unusable input, 4 refused by the user or the provider.
int CliAuthorizeCommand::exitStatusFor(OAuthFlow::Failure failure)
{
    switch (failure) {
    case OAuthFlow::Failure::Network:
    case OAuthFlow::Failure::TimedOut:
        return CliExitCode::NetworkError;
    case OAuthFlow::Failure::Refused:
    case OAuthFlow::Failure::Listener:
        return CliExitCode::Failure;
    case OAuthFlow::Failure::MissingInput:
        return CliExitCode::Usage;
    case OAuthFlow::Failure::None:
    case OAuthFlow::Failure::Denied:
    case OAuthFlow::Failure::Cancelled:
        break;
    }
    return CliExitCode::AuthorizationNeeded;
}

int CliAuthorizeCommand::runFlow(CliContext& context, const AuthorizationRequest& request, bool openBrowser,
    int timeoutSeconds, bool verbose) const
{
    ConsoleSession* session = context.session();
    CliOutput& output = context.output();
    QObject scope; // ends the connections below with this function: they capture its locals
    bool finished = false;
    bool granted = false;
    QString accountId;
    QString message;
    OAuthFlow::Failure failure = OAuthFlow::Failure::None;
    QObject::connect(session->authorization(), &AuthorizationService::stepReported, &scope,
        [&output, verbose](const FlowStep& step) {
            if (verbose)
                output.info(step.detail.isEmpty() ? step.title
                                                  : QStringLiteral("%1: %2").arg(step.title, step.detail));
        });
    QObject::connect(session->authorization(), &AuthorizationService::openBrowserRequested, &scope,
        [&output, openBrowser, timeoutSeconds](const QUrl& url) {
            output.info(tr("Open this URL in a browser to authorize:"));
            output.err() << "  " << url.toString(QUrl::FullyEncoded) << '\n';
            output.err().flush();
            if (openBrowser && CliBrowser::open(url))
                output.info(tr("Opened the browser."));
            output.info(tr(
                "Waiting for the browser to come back (at most %n second(s))...", nullptr, timeoutSeconds));
        });
    QPointer<ApiReply> identity;
    QObject::connect(session->authorization(), &AuthorizationService::identityLookupStarted, &scope,
        [&identity, &context, &scope](const QString&, ApiReply* reply) {
            identity = reply;
            QObject::connect(reply, &ApiReply::finished, &scope, [&context] { context.wake(); });
        });
    QObject::connect(session->authorization(), &AuthorizationService::finished, &scope,
        [&](bool ok, const QString& id, const QString& text) {
            finished = true;
            granted = ok;
            accountId = id;
            message = text;
            failure = session->authorization()->lastFailure();
            context.wake();
        });
    if (!session->authorization()->authorize(request)) {
        output.error(tr("Another authorization is running."));
        return CliExitCode::Failure;
    }
    if (!context.waitFor([&finished] { return finished; }, timeoutSeconds * 1000)) {
        session->authorization()->cancel();
        output.error(
            tr("No answer within %n second(s); the authorization was cancelled.", nullptr, timeoutSeconds));
        return context.finish(CliExitCode::NetworkError);
    }
    if (!granted) {
        output.error(tr("Not authorized: %1").arg(message));
        return context.finish(exitStatusFor(failure));
    }
    // Who the account is (GET /v1.0/me) is saved with it when the answer comes in time.
    context.waitFor([&identity] { return !identity || identity->isFinished(); }, IdentityWaitMs);
    const Profile* stored = context.profiles()->find(session->profile().id);
    const AccountRecord* account = stored ? stored->account(accountId) : nullptr;
    if (!account) {
        // The tokens are in the keychain, but without its entry in profiles.json nothing finds them.
        output.error(tr("The account was authorized but could not be saved in %1: %2")
                         .arg(context.profiles()->filePath(), context.profiles()->lastError()));
        return context.finish(CliExitCode::Failure);
    }
    output.info(message);
    if (output.json()) {
        output.printJson(QJsonObject {{QStringLiteral("account"), accountId},
            {QStringLiteral("label"), account ? account->label : QString()},
            {QStringLiteral("profile"), session->profile().id}});
    } else {
        output.out() << accountId << '\n';
        output.flush();
    }
    return context.finish(CliExitCode::Ok);
}
