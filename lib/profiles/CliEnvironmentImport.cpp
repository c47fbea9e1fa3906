#include "profiles/CliEnvironmentImport.h"

#include "util/Clock.h"
#include "util/SecretMasker.h"

#include <QPointer>

#include <memory>

namespace {

QString variable(const QProcessEnvironment& environment, const char* name)
{
    return environment.value(QString::fromLatin1(name)).trimmed();
}

} // namespace

QStringList CliEnvironmentImport::variableNames()
{
    return {QStringLiteral("LOFTY_BASE_URL"), QStringLiteral("LOFTY_CLIENT_ID"),
        QStringLiteral("LOFTY_CLIENT_SECRET"), QStringLiteral("LOFTY_CUSTOMER_KEY"),
        QStringLiteral("LOFTY_ACCESS_TOKEN"), QStringLiteral("LOFTY_REFRESH_TOKEN")};
}

CliEnvironmentImport::Result CliEnvironmentImport::fromEnvironment(
    const QProcessEnvironment& environment, const Profile& base)
{
    Result result;
    Profile& profile = result.profile;
    profile = base.id.isEmpty() ? Profile::lofty() : base;
    if (base.id.isEmpty()) {
        profile.id = Profile::newId();
        profile.name = tr("Lofty (from lofty-cli)");
    }

    const QString baseUrl = variable(environment, "LOFTY_BASE_URL");
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http"))) {
            result.problems << tr(
                "LOFTY_BASE_URL \"%1\" is not an http or https URL; the default API base was kept.")
                                   .arg(baseUrl);
        } else {
            profile.apiBaseUrl = url;
            profile.tokenUrl = url.resolved(QUrl(QStringLiteral("/oauth/token")));
            result.notes << tr("API base and token URL from LOFTY_BASE_URL (%1).").arg(url.toString());
        }
    }
    const QString clientId = variable(environment, "LOFTY_CLIENT_ID");
    if (!clientId.isEmpty()) {
        profile.registration.clientId = clientId;
        result.notes << tr("Client id from LOFTY_CLIENT_ID (%1).").arg(clientId);
    }
    const QString clientSecret = variable(environment, "LOFTY_CLIENT_SECRET");
    if (!clientSecret.isEmpty()) {
        result.secrets.append({SecretStore::key(profile.id, QString(), SecretStore::Kind::ClientSecret),
            SecretStore::Kind::ClientSecret, clientSecret.toUtf8()});
        result.notes
            << tr("Client secret from LOFTY_CLIENT_SECRET (%1).").arg(SecretMasker::mask(clientSecret));
    }
    const QDateTime now = Clock::system()->nowUtc();
    const QString customerKey = variable(environment, "LOFTY_CUSTOMER_KEY");
    if (!customerKey.isEmpty()) {
        AccountRecord account;
        account.id = AccountRecord::newId();
        account.label = tr("lofty-cli customer key");
        account.grant = TokenSet::Grant::ClientCredentials;
        profile.upsertAccount(account);
        result.secrets.append({SecretStore::key(profile.id, account.id, SecretStore::Kind::CustomerKey),
            SecretStore::Kind::CustomerKey, customerKey.toUtf8()});
        result.notes << tr("Customer key from LOFTY_CUSTOMER_KEY (%1), for the client credentials grant.")
                            .arg(SecretMasker::mask(customerKey));
        if (clientSecret.isEmpty())
            result.problems << tr(
                "LOFTY_CUSTOMER_KEY is set but LOFTY_CLIENT_SECRET is not: the client credentials "
                "grant needs both.");
    }
    const QString accessToken = variable(environment, "LOFTY_ACCESS_TOKEN");
    const QString refreshToken = variable(environment, "LOFTY_REFRESH_TOKEN");
    if (!accessToken.isEmpty()) {
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.grant = TokenSet::Grant::PastedToken;
        token.accessToken = accessToken;
        token.refreshToken = refreshToken;
        token.tokenType = QStringLiteral("Bearer");
        token.obtainedAt = now;
        if (!refreshToken.isEmpty())
            token.refreshTokenIssuedAt = now;
        AccountRecord account;
        account.id = AccountRecord::newId();
        account.label = tr("lofty-cli access token");
        account.grant = TokenSet::Grant::PastedToken;
        account.authorizedAt = now;
        profile.upsertAccount(account);
        result.secrets.append({SecretStore::key(profile.id, account.id, SecretStore::Kind::TokenSet),
            SecretStore::Kind::TokenSet, token.toJson()});
        result.notes << (refreshToken.isEmpty()
                ? tr("Access token from LOFTY_ACCESS_TOKEN (%1).").arg(SecretMasker::mask(accessToken))
                : tr("Access token from LOFTY_ACCESS_TOKEN (%1) and refresh token from "
                     "LOFTY_REFRESH_TOKEN (%2).")
                      .arg(SecretMasker::mask(accessToken), SecretMasker::mask(refreshToken)));
    } else if (!refreshToken.isEmpty()) {
        result.problems << tr("LOFTY_REFRESH_TOKEN is set without LOFTY_ACCESS_TOKEN; it was not imported.");
    }
    return result;
}

namespace {

void storeNext(const std::shared_ptr<QList<CliEnvironmentImport::Secret>>& pending,
    QPointer<SecretStore> store, QObject* context, const SecretStore::Callback& done,
    const SecretStore::Result& outcome)
{
    if (pending->isEmpty() || !store) {
        done(outcome);
        return;
    }
    const CliEnvironmentImport::Secret secret = pending->takeFirst();
    store->write(secret.key, secret.data, context, [=](const SecretStore::Result& result) {
        storeNext(
            pending, store, context, done, outcome.status == SecretStore::Status::Ok ? result : outcome);
    });
}

} // namespace

void CliEnvironmentImport::storeSecrets(
    const Result& result, SecretStore* store, QObject* context, SecretStore::Callback done)
{
    auto pending = std::make_shared<QList<Secret>>(result.secrets);
    if (pending->isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done(SecretStore::Result()); }, Qt::QueuedConnection);
        return;
    }
    storeNext(pending, store, context, done, SecretStore::Result());
}
