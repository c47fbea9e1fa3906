#include "ProfilesDialog.h"

#include "profiles/ProfileExchange.h"
#include "profiles/ProfileStore.h"
#include "session/ConsoleSession.h"
#include "util/PrivateFiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace {

QPushButton* button(const QString& text, const QString& objectName, const QString& tip)
{
    auto* result = new QPushButton(text);
    result->setObjectName(objectName);
    result->setToolTip(tip);
    result->setAccessibleDescription(tip);
    return result;
}

} // namespace

ProfilesDialog::ProfilesDialog(ConsoleSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));
    createWidgets();
    reload();
    connect(session->profileStore(), &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);
}

void ProfilesDialog::createWidgets()
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("profilesList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Preset"));
    for (ProfilePresets::Preset preset : ProfilePresets::all())
        m_preset->addItem(ProfilePresets::title(preset), ProfilePresets::id(preset));
    m_createButton = button(tr("&New from preset"), QStringLiteral("newProfileButton"),
        tr("A new profile from the chosen preset, named as typed (or after the preset)"));
    m_duplicateButton = button(tr("&Duplicate"), QStringLiteral("duplicateProfileButton"),
        tr("A copy of the selected profile's setup, without its accounts"));
    m_renameButton = button(tr("&Rename"), QStringLiteral("renameProfileButton"),
        tr("Give the selected profile the name typed above"));
    m_deleteButton = button(tr("De&lete…"), QStringLiteral("deleteProfileButton"),
        tr("Delete the selected profile and its keychain entries (asks first)"));
    m_importButton = button(
        tr("&Import…"), QStringLiteral("importProfileButton"), tr("Add a profile from an exported file"));
    m_exportButton = button(tr("E&xport…"), QStringLiteral("exportProfileButton"),
        tr("Save the selected profile's setup to share: no secrets, no accounts"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("profilesStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Preset:"), m_preset);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* each :
        {m_createButton, m_duplicateButton, m_renameButton, m_deleteButton, m_importButton, m_exportButton})
        buttons->addWidget(each);
    buttons->addStretch();
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(buttons);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(side);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::onSelectionChanged);
    connect(m_createButton, &QPushButton::clicked, this, &ProfilesDialog::createFromPreset);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &ProfilesDialog::renameSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteSelected);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import a profile"), QString(), tr("Console profiles (*.json)"));
        if (!file.isEmpty())
            importFrom(file);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the profile"),
            m_name->text() + QStringLiteral(".json"), tr("Console profiles (*.json)"));
        if (!file.isEmpty())
            exportTo(file);
    });
}

void ProfilesDialog::reload()
{
    const QString selected = selectedProfileId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile& profile : m_session->profileStore()->profiles()) {
        auto* item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == m_session->profile().id)
            item->setText(tr("%1 (in use)").arg(profile.name));
    }
    if (!selectProfile(selected) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    onSelectionChanged();
}

QString ProfilesDialog::selectedProfileId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ProfilesDialog::selectProfile(const QString& profileId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == profileId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ProfilesDialog::onSelectionChanged()
{
    const Profile* profile = m_session->profileStore()->find(selectedProfileId());
    if (profile)
        m_name->setText(profile->name);
    const bool any = profile != nullptr;
    m_duplicateButton->setEnabled(any);
    m_renameButton->setEnabled(any);
    m_exportButton->setEnabled(any);
    m_deleteButton->setEnabled(any && !profile->isBuiltInSandbox && profile->id != m_session->profile().id);
}

QString ProfilesDialog::status() const
{
    return m_status->text();
}

bool ProfilesDialog::report(bool ok, const QString& message)
{
    m_status->setText(message);
    return ok;
}

QStringList ProfilesDialog::takenNames() const
{
    return m_session->profileStore()->profileNames();
}

bool ProfilesDialog::createFromPreset()
{
    ProfilePresets::Preset preset = ProfilePresets::Preset::Lofty;
    ProfilePresets::fromId(m_preset->currentData().toString(), &preset);
    const Profile* selected = m_session->profileStore()->find(selectedProfileId());
    // The name field shows the selected profile's name until the user types another.
    QString name = m_name->text().trimmed();
    if (name.isEmpty() || (selected && name == selected->name))
        name = ProfilePresets::uniqueName(takenNames(), m_preset->currentText());
    const QString problem = ProfilePresets::nameProblem(takenNames(), name);
    if (!problem.isEmpty())
        return report(false, problem);
    const Profile profile = ProfilePresets::create(preset, name);
    if (!m_session->profileStore()->addProfile(profile))
        return report(false, m_session->profileStore()->lastError());
    selectProfile(profile.id);
    return report(true, tr("Created \"%1\" from the %2 preset.").arg(name, m_preset->currentText()));
}

bool ProfilesDialog::duplicateSelected()
{
    const Profile* selected = m_session->profileStore()->find(selectedProfileId());
    if (!selected)
        return report(false, tr("Select a profile first."));
    const QString name = ProfilePresets::uniqueName(takenNames(), tr("%1 copy").arg(selected->name));
    const Profile copy = ProfilePresets::duplicate(*selected, name);
    if (!m_session->profileStore()->addProfile(copy))
        return report(false, m_session->profileStore()->lastError());
    selectProfile(copy.id);
    return report(true, tr("Duplicated as \"%1\" (without accounts).").arg(name));
}

bool ProfilesDialog::renameSelected()
{
    const Profile* selected = m_session->profileStore()->find(selectedProfileId());
    if (!selected)
        return report(false, tr("Select a profile first."));
    const QString name = m_name->text().trimmed();
    QStringList others = takenNames();
    others.removeAll(selected->name);
    const QString problem = ProfilePresets::nameProblem(others, name);
    if (!problem.isEmpty())
        return report(false, problem);
    Profile renamed = *selected;
    renamed.name = name;
    if (!m_session->profileStore()->saveProfile(renamed))
        return report(false, m_session->profileStore()->lastError());
    return report(true, tr("Renamed to \"%1\".").arg(name));
}

// Non-blocking (open(), not exec()): tests answer the box by its object name.
void ProfilesDialog::deleteSelected()
{
    const Profile* selected = m_session->profileStore()->find(selectedProfileId());
    if (!selected || !m_deleteButton->isEnabled())
        return;
    const QString profileId = selected->id;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
        tr("Delete \"%1\" with its %n account(s)? Its client secret and every token it keeps are removed "
           "from the keychain too.",
            nullptr, int(selected->accounts.size()))
            .arg(selected->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfileConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, profileId](int result) {
        if (result == QMessageBox::Yes || box->clickedButton() == box->button(QMessageBox::Yes))
            removeProfile(profileId);
    });
    m_confirmation = box;
    box->open();
}

bool ProfilesDialog::removeProfile(const QString& profileId)
{
    const QString name = m_session->profileStore()->find(profileId)->name;
    auto done = [this, profileId](const SecretStore::Result& result) {
        emit secretsRemoved(profileId,
            result.status == SecretStore::Status::Ok || result.status == SecretStore::Status::NotFound
                ? QString()
                : result.errorString);
    };
    QString error;
    if (!m_session->deleteProfile(profileId, this, done, &error))
        return report(false, error);
    return report(true, tr("Deleted \"%1\" and its keychain entries.").arg(name));
}

bool ProfilesDialog::importFrom(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return report(false, tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    ProfileExchange::ImportResult result = ProfileExchange::importProfile(file.read(1024 * 1024));
    if (!result.ok()) {
        QStringList problems;
        for (const FieldProblem& problem : std::as_const(result.problems))
            problems << problem.toString();
        return report(
            false, tr("%1 is not a usable profile: %2").arg(fileName, problems.join(QStringLiteral("; "))));
    }
    // An import always adds a new profile (fresh id, a free name): an existing profile and its
    // accounts are never replaced.
    result.profile.name = ProfilePresets::uniqueName(takenNames(), result.profile.name);
    if (!m_session->profileStore()->addProfile(result.profile))
        return report(false, m_session->profileStore()->lastError());
    selectProfile(result.profile.id);
    return report(true, tr("Imported \"%1\".").arg(result.profile.name));
}

bool ProfilesDialog::exportTo(const QString& fileName)
{
    const Profile* selected = m_session->profileStore()->find(selectedProfileId());
    if (!selected)
        return report(false, tr("Select a profile first."));
    const QByteArray json = ProfileExchange::exportProfile(*selected);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !PrivateFiles::commit(file))
        return report(false, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return report(true, tr("Exported \"%1\" to %2 (no secrets, no accounts).").arg(selected->name, fileName));
}
