#pragma once

#include "profiles/FieldProblem.h"
#include "profiles/Profile.h"
#include "profiles/SecretStore.h"

#include <QObject>

#include <functional>

class QFileSystemWatcher;

// The user's profiles, as versioned JSON in the app config folder (profiles.json). Non-secret
// data only: secrets go to a SecretStore, which removeProfile()/removeAccount() also clean.
//
// Writes go through QSaveFile and the previous good file is kept as profiles.json.bak. A file
// that cannot be used (empty, truncated, not JSON, wrong types, written by a newer version) is
// renamed aside, never overwritten, and the report says what happened and where it went; the
// backup is used when it is good, otherwise the presets.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("lofty-console-profiles"); }
    static QString fileName() { return QStringLiteral("profiles.json"); }
    // QStandardPaths::AppConfigLocation
    static QString defaultFolder();

    enum class LoadOutcome {
        Loaded, // the file was read as it is
        CreatedDefaults, // no file yet: the presets
        RestoredFromBackup, // the file was missing or set aside; the backup was good
        SetAside, // the file was set aside; no good backup: presets (and what could be salvaged)
        Unreadable, // the file could not be opened or set aside: presets, saving disabled
    };
    enum class FileProblem { None, Empty, Truncated, NotJson, WrongType, NewerVersion };
    struct LoadReport
    {
        LoadOutcome outcome = LoadOutcome::CreatedDefaults;
        FileProblem problem = FileProblem::None;
        QString message; // for the user; empty when all went well
        QString setAsidePath; // where an unusable file went
        FieldProblems fieldProblems;
    };

    explicit ProfileStore(const QString& folder, QObject* parent = nullptr);

    LoadReport load();

    QString folder() const { return m_folder; }
    QString filePath() const;
    QString backupPath() const;
    QString lastError() const { return m_lastError; }
    // Why the profile's API base URL cannot carry credentials (empty, relative, not http(s));
    // empty when it can. saveProfile() refuses such a profile.
    static QString apiBaseUrlProblem(const Profile& profile);

    QList<Profile> profiles() const { return m_profiles; }
    const Profile* find(const QString& profileId) const;
    // By id, else by name in any case (what --profile and activateProfile accept); null when none.
    const Profile* findByIdOrName(const QString& idOrName) const;
    QStringList profileNames() const;
    QString currentProfileId() const { return m_currentProfileId; }
    bool setCurrentProfileId(const QString& profileId);

    // Each of these writes the file at once; false (and lastError(), saveFailed()) when it cannot.
    // Adds the profile, or replaces the settings of the one with the same id. The accounts and
    // the selected account of a stored profile are kept as the file holds them (the caller's copy
    // may be older): they change only through saveAccount(), removeAccount(),
    // setSelectedAccountId(). A new profile is added with the accounts it carries.
    bool saveProfile(const Profile& profile);
    // Adds a new profile; refuses (false, lastError()) when the id is taken, leaving that one as it is.
    bool addProfile(const Profile& profile);
    bool saveAccount(const QString& profileId, const AccountRecord& account);
    // Remembers the account the console selects next time it opens the profile.
    bool setSelectedAccountId(const QString& profileId, const QString& accountId);
    // Also removes the secrets from `secrets` (may be null); `done` reports that part.
    bool removeProfile(
        const QString& profileId, SecretStore* secrets, QObject* context, SecretStore::Callback done);
    bool removeAccount(const QString& profileId, const QString& accountId, SecretStore* secrets,
        QObject* context, SecretStore::Callback done);
    bool save();

signals:
    void profilesChanged();
    void currentProfileChanged(const QString& profileId);
    void saveFailed(const QString& message); // the file could not be written
    // Another process (the CLI, a second console) changed the file; the profiles were reloaded.
    void changedOnDisk();

private:
    struct ParsedFile
    {
        FileProblem problem = FileProblem::None;
        QString description; // what is wrong, in a sentence
        FieldProblems fieldProblems;
        QList<Profile> profiles; // those that were read without a problem
        QString currentProfileId;
    };

    // The first extra parameter whose name is a secret's (client_secret, customer_key, ...), if any.
    static QString secretParameterName(const Profile& profile);
    // Why the profile cannot be stored (no id, API base URL, a secret extra parameter); empty when it can.
    static QString profileProblem(const Profile& profile);
    ParsedFile parse(const QByteArray& bytes, const QString& name) const;
    void parseProfiles(const QJsonObject& root, ParsedFile* parsed) const;
    QByteArray serialize() const;
    void useDefaults();
    void adopt(const ParsedFile& parsed);
    void ensureBuiltInSandbox();
    QString setAside(const QString& path, FileProblem problem);
    void recoverFromBackup(const QString& reason);
    // A locked read-modify-write: under a QLockFile beside the file, the file is read again, only
    // `apply` (this process's change) is made to what it holds, and the result is written.
    // `apply` returns false (after fail()) to write nothing.
    using Change = std::function<bool()>;
    bool change(const Change& apply);
    void rereadUnderLock();
    void watch();
    void onFileChanged();
    bool writeFiles();
    bool writeAtomically(const QString& path, const QByteArray& bytes);
    bool fail(const QString& message);

    QString m_folder;
    QList<Profile> m_profiles;
    QString m_currentProfileId;
    LoadReport m_report;
    bool m_writable = true;
    QString m_lastError;
    QFileSystemWatcher* m_watcher = nullptr;
    QByteArray m_lastSeenBytes; // as this process last read or wrote the file
};
