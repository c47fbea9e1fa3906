#include "panels/RegistrationPanel.h"

#include "catalog/EndpointCatalog.h"
#include "profiles/RegistrationLint.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "util/SecretMasker.h"
#include "widgets/KeyValueTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

template<typename Widget>
Widget* named(
    Widget* widget, const QString& objectName, const QString& accessibleName, const QString& description = {})
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    widget->setAccessibleDescription(description);
    if (!description.isEmpty())
        widget->setToolTip(description);
    return widget;
}

} // namespace

RegistrationPanel::RegistrationPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("registrationPanel"));
    setAccessibleName(tr("Registration"));
    setAccessibleDescription(tr("Your app's registration, provider endpoints and granted APIs"));
    createWidgets();
    fillApis();
    updateFindings();
}

void RegistrationPanel::createWidgets()
{
    m_sandboxNote = new QLabel(
        tr("Sandbox: edits go to the built-in sandbox's admin API and take effect at once."), this);
    m_sandboxNote->setObjectName(QStringLiteral("sandboxNote"));
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->hide();

    auto* forms = new QWidget;
    auto* formsLayout = new QVBoxLayout(forms);
    formsLayout->addWidget(createLifecycleGroup());
    formsLayout->addWidget(createAppGroup());
    formsLayout->addWidget(createRedirectGroup());
    formsLayout->addWidget(createProviderGroup());
    formsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("registrationForms"));
    scroll->setAccessibleName(tr("App registration and provider settings"));
    scroll->setWidget(forms);
    scroll->setWidgetResizable(true);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(createApisGroup());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_findings = named(new QListWidget(this), QStringLiteral("lintFindings"), tr("Registration findings"),
        tr("Problems Lofty's portal or OAuth server would have with this registration"));
    m_findings->setMaximumHeight(110);
    m_editSummary = named(new QLabel(this), QStringLiteral("editSummary"), tr("Pending changes"));
    m_editSummary->setWordWrap(true);
    m_saveButton = named(new QPushButton(tr("&Save"), this), QStringLiteral("saveRegistrationButton"),
        tr("Save"), tr("Save the registration (Ctrl+S)"));
    m_revertButton = named(new QPushButton(tr("Re&vert"), this), QStringLiteral("revertRegistrationButton"),
        tr("Revert"), tr("Discard the unsaved edits"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_editSummary, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sandboxNote);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_findings);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &RegistrationPanel::save);
    connect(m_revertButton, &QPushButton::clicked, this, &RegistrationPanel::revert);
    auto* shortcut = new QShortcut(QKeySequence::Save, this, this, &RegistrationPanel::save);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

// Never claims the keychain holds the secret while the keychain cannot keep it.
void RegistrationPanel::describeClientSecret(bool inKeychain)
{
    m_clientSecret->setAccessibleDescription(inKeychain
            ? tr("Kept in the keychain, never in the profile file; leave empty to keep the stored one")
            : tr("The keychain is unavailable: kept in memory for this run only, never in the profile file"));
    m_clientSecret->setPlaceholderText(
        inKeychain ? tr("unchanged (stored in the keychain)") : tr("unchanged (kept for this run only)"));
}

QWidget* RegistrationPanel::createAppGroup()
{
    auto* group = new QGroupBox(tr("App (as the Developer Portal shows it)"));
    m_name = named(new QLineEdit, QStringLiteral("appNameEdit"), tr("App name"));
    m_description = named(new QPlainTextEdit, QStringLiteral("appDescriptionEdit"), tr("Description"));
    m_description->setMaximumHeight(60);
    m_description->setTabChangesFocus(true);
    m_website = named(new QLineEdit, QStringLiteral("appWebsiteEdit"), tr("Website"));
    m_clientId = named(new QLineEdit, QStringLiteral("clientIdEdit"), tr("Client ID"));
    m_clientSecret = named(new QLineEdit, QStringLiteral("clientSecretEdit"), tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    describeClientSecret(true);
    m_redirectUris = named(new QPlainTextEdit, QStringLiteral("redirectUrisEdit"), tr("Redirect URIs"),
        tr("One per line; loopback URIs match any port"));
    m_redirectUris->setMaximumHeight(60);
    m_redirectUris->setTabChangesFocus(true);
    m_mode = named(new QComboBox, QStringLiteral("modeCombo"), tr("Recorded mode"),
        tr("The mode the Developer Portal shows, set by hand (drops a pending edit); the lifecycle "
           "buttons above follow Lofty's rules"));
    for (AppRegistration::Mode mode : AppRegistration::allModes())
        m_mode->addItem(AppRegistration::modeTitle(mode), int(mode));
    m_rateLimit = named(new QLabel, QStringLiteral("rateLimitLabel"), tr("Rate limit"));

    auto* form = new QFormLayout(group);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_clientSecret);
    form->addRow(tr("Redirect &URIs:"), m_redirectUris);
    form->addRow(tr("Recorded &mode:"), m_mode);
    form->addRow(tr("Rate limit:"), m_rateLimit);

    for (QLineEdit* edit : {m_name, m_website, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &RegistrationPanel::onEdited);
    // An empty field keeps the stored secret: only typed text replaces it.
    connect(m_clientSecret, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_secretEdited = !text.isEmpty();
        onEdited();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &RegistrationPanel::onEdited);
    connect(m_redirectUris, &QPlainTextEdit::textChanged, this, &RegistrationPanel::onEdited);
    connect(m_mode, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegistrationPanel::onEdited);
    return group;
}

QWidget* RegistrationPanel::createLifecycleGroup()
{
    auto* group = new QGroupBox(tr("Lifecycle (as the Developer Portal runs it)"));
    m_lifecycleStatus = named(new QLabel, QStringLiteral("lifecycleStatus"), tr("Lifecycle state"));
    m_approvedView = named(new QLabel, QStringLiteral("approvedConfiguration"), tr("Approved configuration"),
        tr("What the app runs on while an edit is reviewed"));
    m_pendingView = named(new QLabel, QStringLiteral("pendingEditView"), tr("Pending edit"),
        tr("The edit waiting for review, as it differs from the approved configuration"));
    m_declineReasonLabel = named(new QLabel, QStringLiteral("declineReasonLabel"), tr("Decline reason"));
    for (QLabel* label : {m_lifecycleStatus, m_approvedView, m_pendingView, m_declineReasonLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_submitButton = named(new QPushButton(tr("Submit for review")), QStringLiteral("submitForReviewButton"),
        tr("Submit for review"), tr("Send the app to Lofty's review (Development or Declined)"));
    m_cancelPendingButton = named(new QPushButton(tr("Cancel pending edit")),
        QStringLiteral("cancelPendingEditButton"), tr("Cancel pending edit"),
        tr("Withdraw the edit under review; the approved configuration stays"));
    m_publishButton = named(new QPushButton(tr("Publish")), QStringLiteral("publishButton"), tr("Publish"),
        tr("The review approves: the pending edit takes effect"));
    m_declineReason = named(new QLineEdit, QStringLiteral("declineReasonEdit"), tr("Reason to decline"));
    m_declineReason->setPlaceholderText(tr("reason (from Lofty's e-mail)"));
    m_declineButton = named(new QPushButton(tr("Decline")), QStringLiteral("declineButton"), tr("Decline"),
        tr("The review declines, for the reason given"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_submitButton);
    actions->addWidget(m_cancelPendingButton);
    actions->addWidget(m_publishButton);
    actions->addWidget(m_declineReason, 1);
    actions->addWidget(m_declineButton);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_lifecycleStatus);
    layout->addWidget(m_declineReasonLabel);
    layout->addWidget(m_approvedView);
    layout->addWidget(m_pendingView);
    layout->addLayout(actions);

    connect(m_submitButton, &QPushButton::clicked, this, [this] { act(AppLifecycle::Action::Submit); });
    connect(m_cancelPendingButton, &QPushButton::clicked, this,
        [this] { act(AppLifecycle::Action::CancelPendingEdit); });
    connect(m_publishButton, &QPushButton::clicked, this, [this] { act(AppLifecycle::Action::Publish); });
    connect(m_declineButton, &QPushButton::clicked, this, [this] { act(AppLifecycle::Action::Decline); });
    return group;
}

QWidget* RegistrationPanel::createRedirectGroup()
{
    auto* group = new QGroupBox(tr("Redirect (loopback listener)"));
    m_redirectHost = named(new QComboBox, QStringLiteral("redirectHostCombo"), tr("Redirect host"),
        tr("127.0.0.1 (RFC 8252 prefers the IP literal) or localhost for providers that insist on it"));
    m_redirectHost->addItems(Profile::redirectHosts());
    m_redirectPort = named(new QSpinBox, QStringLiteral("redirectPortSpin"), tr("Redirect port"),
        tr("A fixed port for portals that need an exact redirect URI; 0 picks a free port at each "
           "sign-in"));
    m_redirectPort->setRange(0, 65535);
    m_redirectPort->setSpecialValueText(tr("any free port"));
    m_redirectPath = named(new QLineEdit, QStringLiteral("redirectPathEdit"), tr("Redirect path"));
    m_pkceWithSecret = named(new QCheckBox(tr("PKCE also with the client secret")),
        QStringLiteral("pkceWithSecretCheck"), tr("PKCE with the client secret"),
        tr("RFC 9700 advises PKCE for every client; turn off only for a provider that refuses it"));
    m_redirectPreview = named(new QLabel, QStringLiteral("redirectUriPreview"), tr("Redirect URI sent"));
    m_redirectPreview->setWordWrap(true);
    m_redirectPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(group);
    form->addRow(tr("&Host:"), m_redirectHost);
    form->addRow(tr("P&ort:"), m_redirectPort);
    form->addRow(tr("&Path:"), m_redirectPath);
    form->addRow(tr("Sent:"), m_redirectPreview);
    form->addRow(QString(), m_pkceWithSecret);
    connect(
        m_redirectHost, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegistrationPanel::onEdited);
    connect(m_redirectPort, qOverload<int>(&QSpinBox::valueChanged), this, &RegistrationPanel::onEdited);
    connect(m_redirectPath, &QLineEdit::textChanged, this, &RegistrationPanel::onEdited);
    connect(m_pkceWithSecret, &QCheckBox::toggled, this, &RegistrationPanel::onEdited);
    return group;
}

QWidget* RegistrationPanel::createProviderGroup()
{
    auto* group = new QGroupBox(tr("Provider endpoints"));
    m_authorizeUrl = named(new QLineEdit, QStringLiteral("authorizeUrlEdit"), tr("Authorize URL"));
    m_vendorAuth = named(new QCheckBox(tr("Lofty vendor-auth page (clientId parameter)")),
        QStringLiteral("vendorAuthCheck"), tr("Vendor-auth authorize style"));
    m_tokenUrl = named(new QLineEdit, QStringLiteral("tokenUrlEdit"), tr("Token URL"));
    m_apiBaseUrl = named(new QLineEdit, QStringLiteral("apiBaseUrlEdit"), tr("API base URL"));
    m_clientAuth = named(new QComboBox, QStringLiteral("clientAuthCombo"), tr("Client authentication"),
        tr("How the client secret reaches the token endpoint"));
    m_clientAuth->addItem(
        tr("Secret in the request body"), int(OAuthClientConfig::ClientAuthMethod::RequestBody));
    m_clientAuth->addItem(tr("HTTP Basic"), int(OAuthClientConfig::ClientAuthMethod::HttpBasic));
    m_scope = named(new QLineEdit, QStringLiteral("scopeEdit"), tr("Scope"),
        tr("Sent when not empty; Lofty answers openApi"));
    m_extraAuthorize = new KeyValueTable;
    m_extraAuthorize->setObjectName(QStringLiteral("extraAuthorizeParameters"));
    m_extraAuthorize->setAccessibleName(tr("Extra authorize parameters"));
    m_extraToken = new KeyValueTable;
    m_extraToken->setObjectName(QStringLiteral("extraTokenParameters"));
    m_extraToken->setAccessibleName(tr("Extra token parameters"));
    for (KeyValueTable* table : {m_extraAuthorize, m_extraToken}) {
        table->setMaximumHeight(110);
        connect(table, &KeyValueTable::edited, this, &RegistrationPanel::onEdited);
    }

    auto* form = new QFormLayout(group);
    form->addRow(tr("&Authorize URL:"), m_authorizeUrl);
    form->addRow(QString(), m_vendorAuth);
    form->addRow(tr("&Token URL:"), m_tokenUrl);
    form->addRow(tr("API &base URL:"), m_apiBaseUrl);
    form->addRow(tr("C&lient authentication:"), m_clientAuth);
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("Extra authorize parameters:"), m_extraAuthorize);
    form->addRow(tr("Extra token parameters:"), m_extraToken);
    for (QLineEdit* edit : {m_authorizeUrl, m_tokenUrl, m_apiBaseUrl, m_scope})
        connect(edit, &QLineEdit::textChanged, this, &RegistrationPanel::onEdited);
    connect(m_vendorAuth, &QCheckBox::toggled, this, &RegistrationPanel::onEdited);
    connect(
        m_clientAuth, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegistrationPanel::onEdited);
    return group;
}

QWidget* RegistrationPanel::createApisGroup()
{
    auto* group = new QGroupBox(tr("Granted APIs"));
    m_apis = named(new QTreeWidget, QStringLiteral("grantedApisTree"), tr("Granted APIs"),
        tr("The APIs the portal grants this app, grouped as in the catalog; Space toggles one"));
    m_apis->setHeaderHidden(true);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_apis);
    connect(m_apis, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (item->parent())
            onEdited();
    });
    return group;
}

void RegistrationPanel::fillApis()
{
    const QSignalBlocker blocker(m_apis);
    const EndpointCatalog& catalog = EndpointCatalog::builtIn();
    QHash<QString, QTreeWidgetItem*> groups;
    for (const QString& api : catalog.apis()) {
        const QString groupName = catalog.groupOfApi(api);
        QTreeWidgetItem*& group = groups[groupName];
        if (!group) {
            group = new QTreeWidgetItem(m_apis, {groupName});
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group, {api});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, catalog.apiDescription(api));
        item->setData(0, Qt::AccessibleDescriptionRole, catalog.apiDescription(api));
    }
    m_apis->expandAll();
}

void RegistrationPanel::setSession(ConsoleSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    auto reload = [this] {
        if (m_session && m_session->hasProfile())
            showProfile(m_session->profile());
    };
    connect(session, &ConsoleSession::secretStoreProblem, this, [this] { describeClientSecret(false); });
    connect(session, &ConsoleSession::secretStoreRecovered, this, [this] { describeClientSecret(true); });
    connect(session, &ConsoleSession::profileActivated, this, reload);
    connect(session, &ConsoleSession::registrationChanged, this, reload);
    reload();
}

void RegistrationPanel::showProfile(const Profile& profile)
{
    m_loading = true;
    m_saved = profile;
    m_secretEdited = false;
    const AppRegistration& app = profile.registration;
    // The form edits what the portal will show: a pending edit when there is one.
    const AppRegistration::Configuration shown = app.proposedConfiguration();
    m_sandboxNote->setVisible(profile.isBuiltInSandbox);
    m_name->setText(shown.name);
    m_description->setPlainText(shown.description);
    m_website->setText(shown.website);
    m_clientId->setText(app.clientId);
    m_clientSecret->clear();
    m_redirectUris->setPlainText(shown.redirectUris.join(QLatin1Char('\n')));
    m_mode->setCurrentIndex(m_mode->findData(int(app.mode)));
    m_authorizeUrl->setText(profile.authorizeUrl.toString());
    m_vendorAuth->setChecked(profile.authorizeStyle == OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth);
    m_tokenUrl->setText(profile.tokenUrl.toString());
    m_apiBaseUrl->setText(profile.apiBaseUrl.toString());
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(profile.clientAuthMethod)));
    m_scope->setText(profile.scope);
    m_extraAuthorize->setPairs(profile.extraAuthorizeParameters);
    m_extraToken->setPairs(profile.extraTokenParameters);
    m_redirectHost->setCurrentIndex(qMax(0, m_redirectHost->findText(profile.redirectHost)));
    m_redirectPort->setValue(profile.redirectPort);
    m_redirectPath->setText(profile.redirectPath);
    m_pkceWithSecret->setChecked(profile.pkceWithSecret);
    // The sandbox's endpoints are filled at run time: they are not the user's to edit.
    for (QLineEdit* edit : {m_authorizeUrl, m_tokenUrl, m_apiBaseUrl})
        edit->setReadOnly(profile.isBuiltInSandbox);
    {
        const QSignalBlocker blocker(m_apis);
        for (int g = 0; g < m_apis->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = m_apis->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i)
                group->child(i)->setCheckState(
                    0, shown.grantedApis.contains(group->child(i)->text(0)) ? Qt::Checked : Qt::Unchecked);
        }
    }
    showLifecycle(profile);
    m_loading = false;
    updateFindings();
}

Profile RegistrationPanel::editedProfile() const
{
    Profile profile = m_saved;
    AppRegistration& app = profile.registration;
    AppRegistration::Configuration form;
    form.name = m_name->text().trimmed();
    form.description = m_description->toPlainText().trimmed();
    form.website = m_website->text().trimmed();
    for (const QString& line : m_redirectUris->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            form.redirectUris << line.trimmed();
    }
    for (const QString& api : EndpointCatalog::builtIn().apis()) {
        const QTreeWidgetItem* item = apiItem(api);
        if (item && item->checkState(0) == Qt::Checked)
            form.grantedApis << api;
    }
    if (app.pendingEdit)
        app.pendingEdit = form;
    else
        app.setConfiguration(form);
    app.clientId = m_clientId->text().trimmed();
    app.mode = AppRegistration::Mode(m_mode->currentData().toInt());
    profile.redirectHost = m_redirectHost->currentText();
    profile.redirectPort = quint16(m_redirectPort->value());
    profile.redirectPath = m_redirectPath->text().trimmed();
    profile.pkceWithSecret = m_pkceWithSecret->isChecked();
    if (!profile.isBuiltInSandbox) {
        profile.authorizeUrl = QUrl(m_authorizeUrl->text().trimmed());
        profile.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
        profile.apiBaseUrl = QUrl(m_apiBaseUrl->text().trimmed());
    }
    profile.authorizeStyle = m_vendorAuth->isChecked() ? OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth
                                                       : OAuthClientConfig::AuthorizeStyle::Standard;
    profile.clientAuthMethod = OAuthClientConfig::ClientAuthMethod(m_clientAuth->currentData().toInt());
    profile.scope = m_scope->text().trimmed();
    profile.extraAuthorizeParameters = m_extraAuthorize->pairs();
    profile.extraTokenParameters = m_extraToken->pairs();
    return profile;
}

bool RegistrationPanel::setApiGranted(const QString& api, bool granted)
{
    QTreeWidgetItem* item = apiItem(api);
    if (!item)
        return false;
    item->setCheckState(0, granted ? Qt::Checked : Qt::Unchecked);
    return true;
}

// Group names and API names overlap ("Webhooks"): only the second level holds APIs.
QTreeWidgetItem* RegistrationPanel::apiItem(const QString& api) const
{
    for (int g = 0; g < m_apis->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_apis->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0) == api)
                return group->child(i);
        }
    }
    return nullptr;
}

void RegistrationPanel::onEdited()
{
    if (!m_loading)
        updateFindings();
}

void RegistrationPanel::updateFindings()
{
    const Profile edited = editedProfile();
    m_rateLimit->setText(tr("%n request(s) per minute", nullptr, edited.registration.rateLimitPerMinute()));
    const QUrl consoleUri(m_session ? m_session->authorization()->redirectUriFor(0)
                                    : QStringLiteral("http://127.0.0.1/callback"));
    m_findings->clear();
    for (const RegistrationLint::Finding& finding :
        RegistrationLint::check(edited.registration, consoleUri)) {
        QString prefix;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (finding.severity) {
        case RegistrationLint::Finding::Severity::Error:
            prefix = tr("Error");
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case RegistrationLint::Finding::Severity::Warning:
            prefix = tr("Warning");
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case RegistrationLint::Finding::Severity::Info:
            prefix = tr("Note");
            break;
        }
        auto* item
            = new QListWidgetItem(m_icons.icon(icon), tr("%1: %2").arg(prefix, finding.message), m_findings);
        item->setData(Qt::UserRole, finding.field);
    }
    for (const QString& problem : {edited.redirectHostProblem(), edited.redirectPathProblem()}) {
        if (!problem.isEmpty())
            new QListWidgetItem(
                m_icons.icon(QStyle::SP_MessageBoxCritical), tr("Error: %1").arg(problem), m_findings);
    }
    if (m_findings->count() == 0)
        new QListWidgetItem(m_icons.icon(QStyle::SP_DialogApplyButton), tr("No problems found."), m_findings);
    updateRedirectPreview(edited);

    const RegistrationLint::EditClassification edit
        = RegistrationLint::classifyEdit(m_saved.registration, edited.registration);
    QStringList lines = edit.changes;
    if (!edit.addedApis.isEmpty())
        lines << (edit.takesEffectAtOnce
                ? tr("Breaking: adding %1 invalidates every token of this app; each account must be "
                     "authorized again.")
                : tr("Breaking when published: adding %1 invalidates every token of this app then; each "
                     "account must be authorized again."))
                     .arg(edit.addedApis.join(QStringLiteral(", ")));
    if (edit.needsReview)
        lines << tr("A Production app's edits go through review: saving submits this as a pending edit; "
                    "the approved configuration keeps running meanwhile.");
    const bool changed = hasUnsavedChanges();
    if (changed && lines.isEmpty())
        lines << tr("Provider settings changed.");
    m_editSummary->setText(changed ? lines.join(QLatin1Char('\n')) : tr("No unsaved changes."));
    const bool redirectUsable
        = edited.redirectHostProblem().isEmpty() && edited.redirectPathProblem().isEmpty();
    m_saveButton->setEnabled(changed && m_session && redirectUsable);
    m_revertButton->setEnabled(changed);
    // A lifecycle action works on the saved registration: save or revert first.
    for (QPushButton* button : {m_submitButton, m_cancelPendingButton, m_publishButton, m_declineButton}) {
        if (changed)
            button->setEnabled(false);
    }
    if (!changed && m_session)
        showLifecycle(m_saved);
}

QStringList RegistrationPanel::findings() const
{
    QStringList texts;
    for (int i = 0; i < m_findings->count(); ++i)
        texts << m_findings->item(i)->text();
    return texts;
}

QString RegistrationPanel::editSummary() const
{
    return m_editSummary->text();
}

bool RegistrationPanel::hasUnsavedChanges() const
{
    return m_secretEdited || editedProfile() != m_saved;
}

bool RegistrationPanel::save()
{
    if (!m_session || !hasUnsavedChanges() || !m_saveButton->isEnabled())
        return false;
    const RegistrationLint::EditClassification edit
        = RegistrationLint::classifyEdit(m_saved.registration, editedProfile().registration);
    const QString question = RegistrationLint::confirmation(edit, int(m_session->profile().accounts.size()));
    if (!question.isEmpty()) {
        confirmThen(question, [this] { commitSave(); });
        return false;
    }
    return commitSave();
}

bool RegistrationPanel::commitSave()
{
    if (!m_session)
        return false;
    if (m_secretEdited) {
        const QString secret = m_clientSecret->text();
        if (!secret.isEmpty())
            SecretMasker::global().remember(secret);
        m_session->setClientSecret(secret);
        m_secretEdited = false;
        m_clientSecret->clear();
    }
    QString error;
    if (!m_session->updateProfile(editedProfile(), &error)) {
        m_editSummary->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    showProfile(m_session->profile());
    emit saved();
    return true;
}

void RegistrationPanel::revert()
{
    showProfile(m_saved);
}

// Non-blocking (open(), not exec()): the window stays responsive and tests answer the box by name.
void RegistrationPanel::confirmThen(const QString& question, const std::function<void()>& proceed)
{
    if (m_confirmation)
        m_confirmation->close();
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Breaking change"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("breakingEditConfirmation"));
    box->setInformativeText(tr("Continue?"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, proceed](int result) {
        if (result == QMessageBox::Yes || box->clickedButton() == box->button(QMessageBox::Yes))
            proceed();
    });
    m_confirmation = box;
    box->open();
}

bool RegistrationPanel::act(AppLifecycle::Action action)
{
    if (!m_session || hasUnsavedChanges())
        return false;
    const AppRegistration& app = m_saved.registration;
    if (action == AppLifecycle::Action::Publish && app.pendingEdit) {
        // Publishing is when the pending edit's added APIs invalidate the tokens.
        AppRegistration before = app;
        before.mode = AppRegistration::Mode::Development;
        before.pendingEdit.reset();
        AppRegistration after = before;
        after.setConfiguration(*app.pendingEdit);
        RegistrationLint::EditClassification edit = RegistrationLint::classifyEdit(before, after);
        edit.redirectUrisChanged = false; // already confirmed when the edit was made
        const QString question
            = RegistrationLint::confirmation(edit, int(m_session->profile().accounts.size()));
        if (!question.isEmpty()) {
            confirmThen(question, [this, action] { commitAction(action); });
            return false;
        }
    }
    return commitAction(action);
}

bool RegistrationPanel::commitAction(AppLifecycle::Action action)
{
    if (!m_session)
        return false;
    QString error;
    const QString reason = m_declineReason->text().trimmed();
    if (!m_session->actOnRegistration(action, reason, &error)) {
        m_editSummary->setText(tr("Not done: %1").arg(error));
        return false;
    }
    m_declineReason->clear();
    showProfile(m_session->profile());
    emit saved();
    return true;
}

void RegistrationPanel::setConfigurationLocked(bool locked)
{
    const QString why = locked ? AppLifecycle::lockedMessage() : QString();
    for (QWidget* widget :
        std::initializer_list<QWidget*> {m_name, m_description, m_website, m_redirectUris, m_apis, m_mode}) {
        widget->setEnabled(!locked);
        widget->setStatusTip(why);
    }
}

void RegistrationPanel::showLifecycle(const Profile& profile)
{
    const AppRegistration& app = profile.registration;
    const bool pending = app.pendingEdit.has_value();
    QString status = tr("%1 — %n request(s) per minute", nullptr, app.rateLimitPerMinute())
                         .arg(AppRegistration::modeTitle(app.mode));
    if (app.mode == AppRegistration::Mode::UnderReview)
        status += pending ? tr(". The approved configuration keeps running; edits are locked until the "
                               "review ends or the pending edit is cancelled.")
                          : tr(". First review: edits are locked until it ends.");
    m_lifecycleStatus->setText(status);
    m_declineReasonLabel->setVisible(app.mode == AppRegistration::Mode::Declined);
    m_declineReasonLabel->setText(app.declineReason.isEmpty()
            ? tr("Declined: the reason is in Lofty's e-mail.")
            : tr("Declined: %1").arg(app.declineReason));
    m_approvedView->setVisible(pending);
    m_pendingView->setVisible(pending);
    if (pending) {
        m_approvedView->setText(tr("Approved (in force): %1; APIs: %2")
                                    .arg(app.name, app.grantedApis.join(QStringLiteral(", "))));
        AppRegistration approved = app;
        approved.pendingEdit.reset();
        AppRegistration proposed = approved;
        proposed.setConfiguration(*app.pendingEdit);
        const QStringList changes = RegistrationLint::classifyEdit(approved, proposed).changes;
        m_pendingView->setText(
            tr("Pending edit: %1").arg(changes.isEmpty() ? tr("no change") : changes.join(QLatin1Char(' '))));
    }
    const auto allowed = [&app, pending](AppLifecycle::Action action) {
        return AppLifecycle::transition(app.mode, pending, action, QStringLiteral("-")).allowed;
    };
    m_submitButton->setText(
        app.mode == AppRegistration::Mode::Declined ? tr("Resubmit") : tr("Submit for review"));
    m_submitButton->setEnabled(allowed(AppLifecycle::Action::Submit));
    m_cancelPendingButton->setEnabled(allowed(AppLifecycle::Action::CancelPendingEdit));
    // The sandbox reviews by itself; for Lofty the console records what the portal decided.
    m_publishButton->setText(profile.isBuiltInSandbox ? tr("Publish") : tr("Mark as published"));
    m_declineButton->setText(profile.isBuiltInSandbox ? tr("Decline") : tr("Mark as declined"));
    m_publishButton->setEnabled(allowed(AppLifecycle::Action::Publish));
    m_declineButton->setEnabled(allowed(AppLifecycle::Action::Decline));
    m_declineReason->setEnabled(allowed(AppLifecycle::Action::Decline));
    setConfigurationLocked(app.editsLocked());
}

void RegistrationPanel::updateRedirectPreview(const Profile& edited)
{
    if (edited.redirectPort != 0) {
        m_redirectPreview->setText(edited.redirectUri());
        return;
    }
    Profile withPort = edited;
    withPort.redirectPort = 1;
    const QString example = withPort.redirectUri().replace(QStringLiteral(":1/"), QStringLiteral(":<port>/"));
    m_redirectPreview->setText(tr("%1 — <port> is the free port bound at each sign-in; register %2 (a "
                                  "loopback URI matches any port).")
                                   .arg(example, edited.redirectUri()));
}
