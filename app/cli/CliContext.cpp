#include "CliContext.h"

#include "CliAccountResolver.h"
#include "CliExitCode.h"
#include "CliSecretStore.h"

#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "util/SecretMasker.h"

#include <QCommandLineParser>
#include <QTimer>

CliContext::CliContext() = default;

CliContext::~CliContext()
{
    // The session uses the stores: it goes first.
    m_session.reset();
    m_secrets.reset();
    m_keychain.reset();
}

void CliContext::addGlobalOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("p"), QStringLiteral("profile")},
        tr("The profile, by id or name (default: $LOFTY_PROFILE, else the console's current profile)."),
        tr("profile")});
    parser.addOption({{QStringLiteral("a"), QStringLiteral("account")},
        tr("The account, by id, label or e-mail (default: $LOFTY_ACCOUNT, else the profile's first)."),
        tr("account")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("no-header"), tr("Print tables without their header line.")});
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print no progress on stderr.")});
}

void CliContext::applyGlobalOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("profile")))
        m_profileOption = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("account")))
        m_accountOption = parser.value(QStringLiteral("account"));
    if (parser.isSet(QStringLiteral("json")))
        m_output.setJson(true);
    if (parser.isSet(QStringLiteral("no-header")))
        m_output.setHeader(false);
    if (parser.isSet(QStringLiteral("quiet")))
        m_output.setQuiet(true);
}

ProfileStore* CliContext::profiles()
{
    if (m_profiles)
        return m_profiles.get();
    m_profiles = std::make_unique<ProfileStore>(ProfileStore::defaultFolder());
    const ProfileStore::LoadReport report = m_profiles->load();
    if (!report.message.isEmpty())
        m_output.warning(report.message);
    for (const FieldProblem& problem : report.fieldProblems)
        m_output.warning(problem.toString());
    return m_profiles.get();
}

const Profile* CliContext::selectedProfile()
{
    ProfileStore* store = profiles();
    QString wanted = m_profileOption;
    if (wanted.isEmpty())
        wanted = qEnvironmentVariable("LOFTY_PROFILE");
    if (wanted.isEmpty())
        wanted = store->currentProfileId();
    if (wanted.isEmpty() && !store->profiles().isEmpty())
        wanted = store->profiles().constFirst().id;
    if (const Profile* byId = store->find(wanted))
        return byId;
    for (const Profile& profile : store->profiles()) {
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return store->find(profile.id);
    }
    m_output.error(tr("There is no profile \"%1\". See `lofty-console-cli profiles list`.").arg(wanted));
    return nullptr;
}

QString CliContext::keychainProblem() const
{
    if (m_keychain && m_keychain->state() == KeychainSecretStore::State::Unavailable)
        return m_keychain->unavailableMessage();
    return m_storeProblem;
}

bool CliContext::openKeychain()
{
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_secrets = std::make_unique<CliSecretStore>(m_keychain.get());
    connect(m_keychain.get(), &SecretStore::availabilityChanged, this, [this] { wake(); });
    m_keychain->probe();
    const bool settled = waitFor(
        [this] {
            const auto state = m_keychain->state();
            return state == KeychainSecretStore::State::Persistent
                || state == KeychainSecretStore::State::Unavailable;
        },
        KeychainTimeoutMs);
    if (settled && m_keychain->isPersistent())
        return true;
    const QString reason
        = settled ? m_keychain->unavailableMessage() : tr("the keychain did not answer in time.");
    m_output.error(
        tr("The keychain is unavailable, and secrets are never written in plain text: %1").arg(reason));
    m_output.err() << tr(
        "Start a Secret Service (e.g. gnome-keyring) in this session and unlock it, then try "
        "again.") << '\n';
    m_output.flush();
    return false;
}

void CliContext::applyEnvironmentSecrets(const Profile& profile)
{
    const QString clientSecret = qEnvironmentVariable("LOFTY_CLIENT_SECRET");
    if (clientSecret.isEmpty())
        return;
    SecretMasker::global().remember(clientSecret);
    m_secrets->setRunOnlyValue(
        SecretStore::key(profile.id, QString(), SecretStore::Kind::ClientSecret), clientSecret.toUtf8());
    m_output.info(tr("Using the client secret from LOFTY_CLIENT_SECRET for this run."));
}

int CliContext::openSession(bool needAccount, bool loadAccount)
{
    const Profile* stored = selectedProfile();
    if (!stored)
        return CliExitCode::NotFound;
    const Profile profile = *stored;
    const QString accountWanted
        = m_accountOption.isEmpty() ? qEnvironmentVariable("LOFTY_ACCOUNT") : m_accountOption;
    if (needAccount && !accountWanted.isEmpty()) {
        QString error;
        if (!CliAccountResolver::find(profile, accountWanted, &error)) {
            m_output.error(error);
            return CliExitCode::NotFound;
        }
    } else if (needAccount && profile.accounts.isEmpty()) {
        m_output.error(tr("The profile \"%1\" has no account yet. Run `lofty-console-cli authorize`.")
                           .arg(profile.name));
        return CliExitCode::NotFound;
    }
    if (!openKeychain())
        return CliExitCode::KeychainUnavailable;
    applyEnvironmentSecrets(profile);

    m_session = std::make_unique<ConsoleSession>(
        profiles(), m_secrets.get(), RequestService::defaultHistoryFolder());
    ConsoleSession* session = m_session.get();
    connect(session->accounts(), &AccountRegistry::accountReady, this, [this](const QString& id) {
        m_readyAccounts.insert(id);
        m_failedAccounts.remove(id);
        wake();
    });
    connect(session->accounts(), &AccountRegistry::accountFailed, this,
        [this](const QString& id, const QString& message) {
            m_failedAccounts.insert(id, message);
            wake();
        });
    connect(session, &ConsoleSession::secretStoreProblem, this, [this](const QString& message) {
        if (m_storeProblem.isEmpty())
            m_storeProblem = message;
        wake();
    });
    connect(session, &ConsoleSession::problem, this,
        [this](const QString& message) { m_output.warning(message); });

    QString error;
    session->setRemembersActiveProfile(false);
    if (!session->activateProfile(profile.id, &error)) {
        m_output.error(error);
        return CliExitCode::Failure;
    }
    if (session->backend()->isSandbox())
        m_output.info(
            tr("Sandbox (not the real Lofty): the built-in sandbox runs inside this command only."));
    if (!needAccount)
        return -1;
    return selectAccount(profile, loadAccount);
}

int CliContext::selectAccount(const Profile& profile, bool load)
{
    QString wanted = m_accountOption.isEmpty() ? qEnvironmentVariable("LOFTY_ACCOUNT") : m_accountOption;
    const AccountRecord* account = wanted.isEmpty() ? &profile.accounts.constFirst()
                                                    : CliAccountResolver::find(profile, wanted, nullptr);
    m_accountId = account->id;
    if (!load)
        return -1;
    if (m_session->accounts()->currentId() != m_accountId)
        m_session->accounts()->select(m_accountId);
    const QString id = m_accountId;
    const bool settled = waitFor(
        [this, id] {
            return m_readyAccounts.contains(id) || m_failedAccounts.contains(id) || !m_storeProblem.isEmpty();
        },
        KeychainTimeoutMs);
    if (!m_storeProblem.isEmpty() || !m_keychain->isPersistent()) {
        m_output.error(tr("The keychain is unavailable: %1").arg(keychainProblem()));
        return CliExitCode::KeychainUnavailable;
    }
    if (!settled) {
        m_output.error(tr("The keychain did not give the account's secrets in time."));
        return CliExitCode::KeychainUnavailable;
    }
    if (m_failedAccounts.contains(id)) {
        m_output.error(tr("The account \"%1\" cannot be used: %2")
                           .arg(account->displayName(), m_failedAccounts.value(id)));
        m_output.err() << tr("Authorize it again with `lofty-console-cli authorize`.") << '\n';
        m_output.flush();
        return CliExitCode::AuthorizationNeeded;
    }
    return -1;
}

bool CliContext::waitFor(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, this, [this, &timedOut] {
        timedOut = true;
        m_loop.quit();
    });
    deadline.start(timeoutMs);
    while (!done() && !timedOut)
        m_loop.exec();
    return done();
}

void CliContext::wake()
{
    // Quitting a loop that does not run yet is lost; a queued quit reaches the running one.
    QMetaObject::invokeMethod(&m_loop, &QEventLoop::quit, Qt::QueuedConnection);
}

int CliContext::finish(int status)
{
    if (!m_secrets)
        return status;
    connect(m_secrets.get(), &CliSecretStore::idle, this, &CliContext::wake, Qt::UniqueConnection);
    // Signals that lead to writes are delivered queued: let them run before looking.
    QCoreApplication::processEvents();
    const bool written = waitFor([this] { return m_secrets->pendingCount() == 0; }, KeychainTimeoutMs);
    if (!written || m_secrets->hadUnavailable()) {
        m_output.error(tr("The keychain did not keep the new secrets: %1")
                           .arg(written ? m_secrets->firstProblem() : tr("it did not answer in time.")));
        return CliExitCode::KeychainUnavailable;
    }
    if (!m_secrets->firstProblem().isEmpty()) {
        m_output.error(tr("The keychain refused a change: %1").arg(m_secrets->firstProblem()));
        return status == CliExitCode::Ok ? CliExitCode::Failure : status;
    }
    return status;
}
