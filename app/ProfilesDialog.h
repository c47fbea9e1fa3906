#pragma once

#include "profiles/ProfilePresets.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class ConsoleSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Profiles > Manage: new profile from a preset (Lofty, Lofty's help-center token endpoint,
// Sandbox, a generic OAuth 2.0 server), duplicate, rename, delete (with its keychain entries,
// after a confirmation), import and export (the shareable setup: no secrets, no accounts).
// Every change goes to the session's ProfileStore at once; the profile in use cannot be deleted.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ConsoleSession* session, QWidget* parent = nullptr);

    QString selectedProfileId() const;
    bool selectProfile(const QString& profileId);
    QString status() const;
    // The delete confirmation; null when none is open.
    QMessageBox* openConfirmation() const
    {
        return m_confirmation && m_confirmation->isVisible() ? m_confirmation.data() : nullptr;
    }

public slots:
    bool createFromPreset();
    bool duplicateSelected();
    bool renameSelected();
    void deleteSelected(); // asks first
    bool importFrom(const QString& fileName);
    bool exportTo(const QString& fileName);

signals:
    // The keychain entries of a deleted profile are gone (or could not be removed: `error`).
    void secretsRemoved(const QString& profileId, const QString& error);

private:
    void createWidgets();
    void reload();
    void onSelectionChanged();
    bool removeProfile(const QString& profileId);
    bool report(bool ok, const QString& message);
    QStringList takenNames() const;

    QPointer<ConsoleSession> m_session;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_preset = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_status = nullptr;
    QPointer<QMessageBox> m_confirmation;
};
