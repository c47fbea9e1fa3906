#pragma once

#include "CliCommand.h"

#include "oauth/OAuthFlow.h"
#include "oauth/TokenSet.h"

struct AuthorizationRequest;
struct Profile;

// `authorize --grant code|pkce|client-credentials|api-key|token`: adds an account to the profile
// through ConsoleSession, exactly as the console's Authorize panel does, so the account and its
// token (in the keychain) are shared by both. Secrets come from the keychain, the environment
// (LOFTY_CLIENT_SECRET, LOFTY_CUSTOMER_KEY, LOFTY_API_KEY, LOFTY_ACCESS_TOKEN,
// LOFTY_REFRESH_TOKEN) or a prompt without echo, never from an argument.
class CliAuthorizeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliAuthorizeCommand)

public:
    QString name() const override { return QStringLiteral("authorize"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    static constexpr int DefaultTimeoutSeconds = 300;

private:
    static bool grantFromOption(const QString& name, TokenSet::Grant* grant);
    // Fills the request's secrets from the environment or a prompt; false (error printed) if missing.
    bool collectSecrets(CliContext& context, AuthorizationRequest* request) const;
    // The client secret for `code` / `client-credentials` when the keychain has none.
    int ensureClientSecret(CliContext& context, const Profile& profile, bool remember) const;
    static int exitStatusFor(OAuthFlow::Failure failure);
    int runFlow(CliContext& context, const AuthorizationRequest& request, bool openBrowser,
        int timeoutSeconds, bool verbose) const;
};
