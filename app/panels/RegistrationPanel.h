#pragma once

#include "profiles/Profile.h"
#include "widgets/StandardIconCache.h"

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class KeyValueTable;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The app as Lofty's Developer Portal registers it, plus the provider endpoints: name,
// description, website, client id, client secret (masked; saved to the keychain), redirect URIs,
// mode and its rate limit, granted APIs (a checklist grouped as the catalog), client
// authentication, scope and extra parameters. RegistrationLint's findings and the classification
// of the pending edit (adding an API invalidates tokens) show inline as the user types. Save hands
// the edited profile to ConsoleSession::updateProfile().
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

public slots:
    bool save();
    void revert();

signals:
    void saved();

private:
    void describeClientSecret(bool inKeychain);
    void createWidgets();
    QWidget* createAppGroup();
    QWidget* createProviderGroup();
    QWidget* createApisGroup();
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
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    StandardIconCache m_icons {this};
};
