#include "profiles/ProfileStore.h"

#include "profiles/ProfileJson.h"
#include "util/LogCategories.h"
#include "util/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace {

QString problemTag(ProfileStore::FileProblem problem)
{
    switch (problem) {
    case ProfileStore::FileProblem::Empty:
        return QStringLiteral("empty");
    case ProfileStore::FileProblem::Truncated:
        return QStringLiteral("truncated");
    case ProfileStore::FileProblem::NotJson:
        return QStringLiteral("corrupt");
    case ProfileStore::FileProblem::WrongType:
        return QStringLiteral("wrong-type");
    case ProfileStore::FileProblem::NewerVersion:
        return QStringLiteral("newer-version");
    case ProfileStore::FileProblem::None:
        break;
    }
    return QStringLiteral("unused");
}

// A parse error at the very end of the text means the text stopped early.
bool looksTruncated(const QByteArray& bytes, const QJsonParseError& error)
{
    return error.offset >= bytes.trimmed().size();
}

} // namespace

QString ProfileStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

ProfileStore::ProfileStore(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_folder(folder)
{
    useDefaults();
}

QString ProfileStore::filePath() const
{
    return QDir(m_folder).filePath(fileName());
}

QString ProfileStore::backupPath() const
{
    return filePath() + QStringLiteral(".bak");
}

ProfileStore::LoadReport ProfileStore::load()
{
    m_report = LoadReport();
    m_writable = true;
    // Profiles, their backups and set-aside copies were created world-readable by earlier versions.
    PrivateFiles::tighten(m_folder);
    QFile file(filePath());
    if (!file.exists()) {
        if (QFile::exists(backupPath()))
            recoverFromBackup(tr("%1 was missing.").arg(fileName()));
        else
            useDefaults();
        emit profilesChanged();
        return m_report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        useDefaults();
        m_writable = false;
        m_report.outcome = LoadOutcome::Unreadable;
        m_report.message
            = tr("%1 cannot be read (%2). It was left as it is and changes will not be saved until "
                 "it can be read; the console uses the preset profiles meanwhile.")
                  .arg(filePath(), file.errorString());
        emit profilesChanged();
        return m_report;
    }
    const QByteArray bytes = file.readAll();
    const ParsedFile parsed = parse(bytes, fileName());
    file.close();
    watch();
    if (parsed.problem == FileProblem::None) {
        adopt(parsed);
        m_lastSeenBytes = bytes;
        m_report.outcome = LoadOutcome::Loaded;
        emit profilesChanged();
        return m_report;
    }
    m_report.problem = parsed.problem;
    m_report.fieldProblems = parsed.fieldProblems;
    m_report.setAsidePath = setAside(filePath(), parsed.problem);
    QString reason = parsed.description;
    if (m_report.setAsidePath.isEmpty()) {
        m_writable = false;
        reason += QLatin1Char(' ')
            + tr("It could not be set aside, so it was left as it is and changes will not be saved.");
    } else {
        reason += QLatin1Char(' ')
            + tr("It was set aside as %1; nothing in it was deleted.").arg(m_report.setAsidePath);
    }
    recoverFromBackup(reason);
    if (m_report.outcome == LoadOutcome::SetAside && !parsed.profiles.isEmpty()) {
        adopt(parsed);
        m_report.message += QLatin1Char(' ')
            + tr("The profiles that could be read were kept: %1.").arg(parsed.profiles.size());
    }
    if (!m_writable)
        m_report.outcome = LoadOutcome::Unreadable;
    qCWarning(lcProfiles).noquote() << m_report.message;
    emit profilesChanged();
    return m_report;
}

void ProfileStore::recoverFromBackup(const QString& reason)
{
    QFile backup(backupPath());
    if (backup.open(QIODevice::ReadOnly)) {
        const ParsedFile parsed = parse(backup.readAll(), QFileInfo(backupPath()).fileName());
        if (parsed.problem == FileProblem::None) {
            adopt(parsed);
            m_report.outcome = LoadOutcome::RestoredFromBackup;
            m_report.message = reason + QLatin1Char(' ')
                + tr("Your profiles were restored from the backup saved %1.")
                      .arg(QFileInfo(backupPath()).lastModified().toString(Qt::ISODate));
            return;
        }
    }
    useDefaults();
    m_report.outcome = LoadOutcome::SetAside;
    m_report.message = reason + QLatin1Char(' ')
        + tr("There is no usable backup; the console starts with the preset "
             "profiles.");
}

ProfileStore::ParsedFile ProfileStore::parse(const QByteArray& bytes, const QString& name) const
{
    ParsedFile parsed;
    if (bytes.trimmed().isEmpty()) {
        parsed.problem = FileProblem::Empty;
        parsed.description = tr("%1 is empty, probably cut short by a crash or a full disk.").arg(name);
        return parsed;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool truncated = looksTruncated(bytes, error);
        parsed.problem = truncated ? FileProblem::Truncated : FileProblem::NotJson;
        parsed.description = truncated
            ? tr("%1 ends too early (after %2 bytes): it was cut short, probably by a crash or a full disk.")
                  .arg(name)
                  .arg(bytes.size())
            : tr("%1 is not valid JSON: %2 at byte %3.").arg(name, error.errorString()).arg(error.offset);
        return parsed;
    }
    if (!document.isObject()) {
        parsed.problem = FileProblem::WrongType;
        parsed.fieldProblems.append({QString(), tr("the file must hold a JSON object")});
    } else {
        parseProfiles(document.object(), &parsed);
    }
    if (parsed.problem == FileProblem::WrongType) {
        parsed.description
            = tr("%1 has values of the wrong type or not allowed here: %2.")
                  .arg(name, fieldProblemStrings(parsed.fieldProblems).join(QStringLiteral("; ")));
    }
    return parsed;
}

void ProfileStore::parseProfiles(const QJsonObject& root, ParsedFile* parsed) const
{
    FieldProblems& problems = parsed->fieldProblems;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isDouble() && version.toInt() > FormatVersion) {
        parsed->problem = FileProblem::NewerVersion;
        parsed->description
            = tr("%1 was written by a newer version of the console (file format %2; this version "
                 "reads up to %3).")
                  .arg(fileName())
                  .arg(version.toInt())
                  .arg(FormatVersion);
        return;
    }
    if (root.value(QStringLiteral("format")).toString() != formatName())
        problems.append({QStringLiteral("format"), tr("must be \"%1\"").arg(formatName())});
    if (!version.isDouble() || version.toInt() < 1)
        problems.append(
            {QStringLiteral("version"), tr("must be a whole number from 1 to %1").arg(FormatVersion)});
    const QJsonValue current = root.value(QStringLiteral("currentProfileId"));
    if (!current.isUndefined() && !current.isString())
        problems.append({QStringLiteral("currentProfileId"), tr("must be a string")});
    parsed->currentProfileId = current.toString();
    const QJsonValue list = root.value(QStringLiteral("profiles"));
    if (!list.isArray())
        problems.append({QStringLiteral("profiles"), tr("must be an array")});
    QSet<QString> ids;
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("profiles[%1]").arg(i);
        const int before = problems.size();
        const Profile profile
            = ProfileJson::fromJson(items.at(i), path, ProfileJson::Content::Stored, &problems);
        if (ids.contains(profile.id))
            problems.append(
                {path + QStringLiteral(".id"), tr("repeats the profile id \"%1\"").arg(profile.id)});
        if (problems.size() == before) {
            ids.insert(profile.id);
            parsed->profiles.append(profile);
        }
    }
    if (!problems.isEmpty())
        parsed->problem = FileProblem::WrongType;
}

QByteArray ProfileStore::serialize() const
{
    QJsonArray profiles;
    for (const Profile& profile : m_profiles)
        profiles.append(ProfileJson::toJson(profile, ProfileJson::Content::Stored));
    const QJsonObject root {{QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), FormatVersion}, {QStringLiteral("currentProfileId"), m_currentProfileId},
        {QStringLiteral("profiles"), profiles}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ProfileStore::useDefaults()
{
    m_profiles = {Profile::sandbox(), Profile::lofty()};
    m_currentProfileId = QString::fromLatin1(Profile::SandboxPresetId);
    m_report.outcome = LoadOutcome::CreatedDefaults;
}

void ProfileStore::adopt(const ParsedFile& parsed)
{
    m_profiles = parsed.profiles;
    ensureBuiltInSandbox();
    m_currentProfileId = find(parsed.currentProfileId) ? parsed.currentProfileId : m_profiles.constFirst().id;
}

void ProfileStore::ensureBuiltInSandbox()
{
    for (const Profile& profile : std::as_const(m_profiles)) {
        if (profile.isBuiltInSandbox)
            return;
    }
    Profile sandbox = Profile::sandbox();
    if (find(sandbox.id))
        sandbox.id = Profile::newId();
    m_profiles.prepend(sandbox);
}

QString ProfileStore::setAside(const QString& path, FileProblem problem)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("%1.%2-%3").arg(path, problemTag(problem), stamp);
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1-%2").arg(base).arg(n);
    if (!QFile::rename(path, target)) {
        qCWarning(lcProfiles) << "could not set aside" << path;
        return QString();
    }
    return target;
}

const Profile* ProfileStore::find(const QString& profileId) const
{
    for (const Profile& profile : m_profiles) {
        if (profile.id == profileId)
            return &profile;
    }
    return nullptr;
}

const Profile* ProfileStore::findByIdOrName(const QString& idOrName) const
{
    if (const Profile* byId = find(idOrName))
        return byId;
    for (const Profile& profile : m_profiles) {
        if (profile.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

QStringList ProfileStore::profileNames() const
{
    QStringList names;
    for (const Profile& profile : m_profiles)
        names << profile.name;
    return names;
}

bool ProfileStore::setCurrentProfileId(const QString& profileId)
{
    if (!find(profileId))
        return false;
    if (m_currentProfileId == profileId)
        return true;
    const bool saved = change([this, profileId] {
        if (find(profileId))
            m_currentProfileId = profileId;
        return true;
    });
    emit currentProfileChanged(m_currentProfileId);
    return saved;
}

QString ProfileStore::apiBaseUrlProblem(const Profile& profile)
{
    // The built-in sandbox gets its base URL from the server started for this run.
    if (profile.isBuiltInSandbox)
        return QString();
    const QUrl& url = profile.apiBaseUrl;
    const QString scheme = url.scheme().toLower();
    if (url.isEmpty())
        return tr("The profile \"%1\" needs an API base URL (such as https://api.lofty.com): "
                  "tokens are only ever sent to that host.")
            .arg(profile.name);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("The API base URL \"%1\" of the profile \"%2\" is not an absolute http(s) URL "
                  "with a host, such as https://api.lofty.com.")
            .arg(url.toString(), profile.name);
    return QString();
}

QString ProfileStore::profileProblem(const Profile& profile)
{
    if (profile.id.isEmpty())
        return tr("A profile needs an id.");
    const QString baseUrlProblem = apiBaseUrlProblem(profile);
    if (!baseUrlProblem.isEmpty())
        return baseUrlProblem;
    const QString secretParameter = secretParameterName(profile);
    if (!secretParameter.isEmpty())
        return tr("\"%1\" carries a secret and cannot be a stored extra parameter: the console adds "
                  "client secrets, customer keys and tokens from the keychain.")
            .arg(secretParameter);
    return QString();
}

bool ProfileStore::saveProfile(const Profile& profile)
{
    const QString problem = profileProblem(profile);
    if (!problem.isEmpty())
        return fail(problem);
    return change([this, profile] {
        for (Profile& existing : m_profiles) {
            if (existing.id == profile.id) {
                // The caller's copy of the accounts may be older than the file (the CLI may have
                // added one since): accounts change only through saveAccount()/removeAccount().
                Profile updated = profile;
                updated.accounts = existing.accounts;
                updated.selectedAccountId = existing.selectedAccountId;
                existing = updated;
                return true;
            }
        }
        m_profiles.append(profile);
        return true;
    });
}

bool ProfileStore::addProfile(const Profile& profile)
{
    const QString problem = profileProblem(profile);
    if (!problem.isEmpty())
        return fail(problem);
    return change([this, profile] {
        if (const Profile* existing = find(profile.id))
            return fail(tr("There is already a profile with the id %1 (\"%2\"); it was left as it is.")
                            .arg(profile.id, existing->name));
        m_profiles.append(profile);
        return true;
    });
}

QString ProfileStore::secretParameterName(const Profile& profile)
{
    for (const ParameterList* list :
        {&profile.extraAuthorizeParameters, &profile.extraTokenParameters, &profile.extraRefreshParameters}) {
        for (const auto& parameter : *list) {
            if (ProfileJson::isSecretName(parameter.first))
                return parameter.first;
        }
    }
    return QString();
}

bool ProfileStore::saveAccount(const QString& profileId, const AccountRecord& account)
{
    // Only this account changes: another process's accounts added meanwhile stay.
    return change([this, profileId, account] {
        for (Profile& profile : m_profiles) {
            if (profile.id == profileId) {
                profile.upsertAccount(account);
                return true;
            }
        }
        return fail(tr("There is no profile with the id %1.").arg(profileId));
    });
}

bool ProfileStore::setSelectedAccountId(const QString& profileId, const QString& accountId)
{
    const Profile* found = find(profileId);
    if (found && found->selectedAccountId == accountId)
        return true;
    return change([this, profileId, accountId] {
        for (Profile& profile : m_profiles) {
            if (profile.id == profileId) {
                profile.selectedAccountId = accountId;
                return true;
            }
        }
        return fail(tr("There is no profile with the id %1.").arg(profileId));
    });
}

bool ProfileStore::removeProfile(
    const QString& profileId, SecretStore* secrets, QObject* context, SecretStore::Callback done)
{
    const Profile* found = find(profileId);
    if (!found)
        return fail(tr("There is no profile with the id %1.").arg(profileId));
    if (found->isBuiltInSandbox)
        return fail(tr("The built-in Sandbox profile cannot be deleted."));
    const QStringList accountIds = found->accountIds();
    if (secrets)
        secrets->removeAll(profileId, accountIds, context, std::move(done));
    const QString previousCurrent = m_currentProfileId;
    const bool saved = change([this, profileId] {
        m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                             [&profileId](const Profile& profile) { return profile.id == profileId; }),
            m_profiles.end());
        if (m_currentProfileId == profileId)
            m_currentProfileId = m_profiles.constFirst().id;
        return true;
    });
    if (m_currentProfileId != previousCurrent)
        emit currentProfileChanged(m_currentProfileId);
    return saved;
}

bool ProfileStore::removeAccount(const QString& profileId, const QString& accountId, SecretStore* secrets,
    QObject* context, SecretStore::Callback done)
{
    const Profile* found = find(profileId);
    if (!found || !found->account(accountId))
        return fail(tr("There is no account %1 in profile %2.").arg(accountId, profileId));
    if (secrets)
        secrets->removeAccount(profileId, accountId, context, std::move(done));
    return change([this, profileId, accountId] {
        for (Profile& profile : m_profiles) {
            if (profile.id == profileId)
                profile.removeAccount(accountId);
        }
        return true;
    });
}

bool ProfileStore::save()
{
    return change([] { return true; });
}

// QLockFile::tryLock(timeout) sleeps longer and longer between attempts (up to seconds), so a
// process that saves often (the console while the user clicks through accounts) could keep a
// waiting one (the CLI adding an account) out past its timeout. Short, even steps instead: the
// holder keeps the lock for milliseconds.
static bool lockWithin(QLockFile* lock, int waitMs)
{
    constexpr int StepMs = 5;
    QElapsedTimer waited;
    waited.start();
    while (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError || waited.elapsed() >= waitMs)
            return false;
        QThread::msleep(StepMs);
    }
    return true;
}

bool ProfileStore::change(const Change& apply)
{
    if (!PrivateFiles::ensureFolder(m_folder))
        return fail(tr("The folder %1 cannot be created.").arg(m_folder));
    // The console and lofty-console-cli write this file; a lock left by a crashed process is
    // taken over after StaleLockMs.
    constexpr int StaleLockMs = 10000;
    constexpr int LockWaitMs = 5000; // the GUI thread waits this long at most
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(StaleLockMs);
    if (!lockWithin(&lock, LockWaitMs)) {
        fail(tr("%1 is being changed by another process (lock file %2.lock); try again.")
                 .arg(filePath(), filePath()));
        emit saveFailed(m_lastError);
        return false;
    }
    rereadUnderLock();
    if (!apply())
        return false;
    emit profilesChanged();
    const bool saved = writeFiles();
    if (!saved)
        emit saveFailed(m_lastError);
    return saved;
}

// Another process may have written since we read: start from what the file holds now.
void ProfileStore::rereadUnderLock()
{
    QFile file(filePath());
    if (!m_writable || !file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    if (bytes == m_lastSeenBytes)
        return;
    const ParsedFile parsed = parse(bytes, fileName());
    if (parsed.problem == FileProblem::None) {
        adopt(parsed);
        m_lastSeenBytes = bytes;
    }
}

void ProfileStore::watch()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ProfileStore::onFileChanged);
        // An atomic rename replaces the watched file: the folder's change re-arms the watch.
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProfileStore::onFileChanged);
    }
    if (QFileInfo::exists(m_folder) && !m_watcher->directories().contains(m_folder))
        m_watcher->addPath(m_folder);
    if (QFileInfo::exists(filePath()) && !m_watcher->files().contains(filePath()))
        m_watcher->addPath(filePath());
}

void ProfileStore::onFileChanged()
{
    watch();
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    if (bytes == m_lastSeenBytes)
        return; // our own write, or nothing new
    const ParsedFile parsed = parse(bytes, fileName());
    if (parsed.problem != FileProblem::None)
        return; // half-written by a writer without QSaveFile: the next change event tells more
    const QString previousCurrent = m_currentProfileId;
    adopt(parsed);
    m_lastSeenBytes = bytes;
    emit profilesChanged();
    if (m_currentProfileId != previousCurrent)
        emit currentProfileChanged(m_currentProfileId);
    emit changedOnDisk();
}

bool ProfileStore::writeFiles()
{
    if (!m_writable)
        return fail(tr("Profiles are not saved: %1").arg(m_report.message));
    if (!PrivateFiles::ensureFolder(m_folder))
        return fail(tr("The folder %1 cannot be created.").arg(m_folder));
    QFile current(filePath());
    if (current.open(QIODevice::ReadOnly)) {
        const QByteArray previous = current.readAll();
        current.close();
        const ParsedFile parsed = parse(previous, fileName());
        if (parsed.problem == FileProblem::None) {
            if (!writeAtomically(backupPath(), previous))
                return false;
        } else if (setAside(filePath(), parsed.problem).isEmpty()) {
            return fail(
                tr("%1 changed on disk and is no longer usable; it could not be set aside, so it was not "
                   "overwritten.")
                    .arg(filePath()));
        }
    }
    const QByteArray bytes = serialize();
    if (!writeAtomically(filePath(), bytes))
        return false;
    m_lastSeenBytes = bytes;
    watch();
    return true;
}

bool ProfileStore::writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !PrivateFiles::commit(file))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return true;
}

bool ProfileStore::fail(const QString& message)
{
    m_lastError = message;
    qCWarning(lcProfiles).noquote() << message;
    return false;
}
