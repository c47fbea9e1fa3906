#pragma once

#include "profiles/Profile.h"
#include "widgets/StandardIconCache.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class ConsoleSession;
class KeyValueTable;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

// The app as Lofty's Developer Portal registers it, plus the provider endpoints: name,
// description, website, client id, client secret (masked; saved to the keychain), redirect URIs,
// mode and its rate limit, granted APIs (a checklist grouped as the catalog), client
// authentication, scope, extra parameters, the loopback redirect (host, port, path) and PKCE with
// a secret. RegistrationLint's findings and the classification of the unsaved edit show inline as
// the user types. Save hands the edited profile to ConsoleSession::updateProfile(), after a
// confirmation naming how many accounts must authorize again when the edit is breaking.
//
// The lifecycle box shows the app's state (AppLifecycle): the approved configuration beside a
// pending edit, the decline reason, and Submit / Resubmit, Cancel pending edit, Publish and
// Decline. While the app is under review its edit controls are locked.
class RegistrationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationPanel(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    Profile editedProfile() const;
    bool setApiGranted(const QString& api, bool granted);
    QStringList findings() const;
    QString editSummary() const;
    bool hasUnsavedChanges() const;

    // The confirmation asked before a breaking edit or publish; null when none is open.
    QMessageBox* openConfirmation() const
    {
        return m_confirmation && m_confirmation->isVisible() ? m_confirmation.data() : nullptr;
    }

public slots:
    // True when saved now; false when refused or when a confirmation was opened first.
    bool save();
    void revert();
    bool act(AppLifecycle::Action action);

signals:
    void saved();

private:
    void describeClientSecret(bool inKeychain);
    void createWidgets();
    QWidget* createAppGroup();
    QWidget* createProviderGroup();
    QWidget* createApisGroup();
    QWidget* createLifecycleGroup();
    QWidget* createRedirectGroup();
    void showLifecycle(const Profile& profile);
    void setConfigurationLocked(bool locked);
    void confirmThen(const QString& question, const std::function<void()>& proceed);
    bool commitSave();
    bool commitAction(AppLifecycle::Action action);
    void updateRedirectPreview(const Profile& edited);
    void fillApis();
    void showProfile(const Profile& profile);
    void onEdited();
    void updateFindings();
    QTreeWidgetItem* apiItem(const QString& api) const;

    QPointer<ConsoleSession> m_session;
    Profile m_saved;
    bool m_loading = false;
    bool m_secretEdited = false;

    QLabel* m_sandboxNote = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QPlainTextEdit* m_redirectUris = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_rateLimit = nullptr;
    QLineEdit* m_authorizeUrl = nullptr;
    QCheckBox* m_vendorAuth = nullptr;
    QLineEdit* m_tokenUrl = nullptr;
    QLineEdit* m_apiBaseUrl = nullptr;
    QComboBox* m_clientAuth = nullptr;
    QLineEdit* m_scope = nullptr;
    KeyValueTable* m_extraAuthorize = nullptr;
    KeyValueTable* m_extraToken = nullptr;
    QTreeWidget* m_apis = nullptr;
    QListWidget* m_findings = nullptr;
    QLabel* m_editSummary = nullptr;
    QLabel* m_lifecycleStatus = nullptr;
    QLabel* m_approvedView = nullptr;
    QLabel* m_pendingView = nullptr;
    QLabel* m_declineReasonLabel = nullptr;
    QLineEdit* m_declineReason = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_cancelPendingButton = nullptr;
    QPushButton* m_publishButton = nullptr;
    QPushButton* m_declineButton = nullptr;
    QComboBox* m_redirectHost = nullptr;
    QSpinBox* m_redirectPort = nullptr;
    QLineEdit* m_redirectPath = nullptr;
    QCheckBox* m_pkceWithSecret = nullptr;
    QLabel* m_redirectPreview = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    StandardIconCache m_icons {this};
};
