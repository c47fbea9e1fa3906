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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
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
    formsLayout->addWidget(createAppGroup());
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

QWidget* RegistrationPanel::createAppGroup()
{
    auto* group = new QGroupBox(tr("App (as the Developer Portal shows it)"));
    m_name = named(new QLineEdit, QStringLiteral("appNameEdit"), tr("App name"));
    m_description = named(new QPlainTextEdit, QStringLiteral("appDescriptionEdit"), tr("Description"));
    m_description->setMaximumHeight(60);
    m_description->setTabChangesFocus(true);
    m_website = named(new QLineEdit, QStringLiteral("appWebsiteEdit"), tr("Website"));
    m_clientId = named(new QLineEdit, QStringLiteral("clientIdEdit"), tr("Client ID"));
    m_clientSecret = named(new QLineEdit, QStringLiteral("clientSecretEdit"), tr("Client secret"),
        tr("Kept in the keychain, never in the profile file; leave empty to keep the stored one"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("unchanged (stored in the keychain)"));
    m_redirectUris = named(new QPlainTextEdit, QStringLiteral("redirectUrisEdit"), tr("Redirect URIs"),
        tr("One per line; loopback URIs match any port"));
    m_redirectUris->setMaximumHeight(60);
    m_redirectUris->setTabChangesFocus(true);
    m_mode = named(new QComboBox, QStringLiteral("modeCombo"), tr("Mode"),
        tr("Development, Under Review, Production or Declined"));
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
    form->addRow(tr("&Mode:"), m_mode);
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
    form->addRow(tr("Client au&thentication:"), m_clientAuth);
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
    m_sandboxNote->setVisible(profile.isBuiltInSandbox);
    m_name->setText(app.name);
    m_description->setPlainText(app.description);
    m_website->setText(app.website);
    m_clientId->setText(app.clientId);
    m_clientSecret->clear();
    m_redirectUris->setPlainText(app.redirectUris.join(QLatin1Char('\n')));
    m_mode->setCurrentIndex(m_mode->findData(int(app.mode)));
    m_authorizeUrl->setText(profile.authorizeUrl.toString());
    m_vendorAuth->setChecked(profile.authorizeStyle == OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth);
    m_tokenUrl->setText(profile.tokenUrl.toString());
    m_apiBaseUrl->setText(profile.apiBaseUrl.toString());
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(profile.clientAuthMethod)));
    m_scope->setText(profile.scope);
    m_extraAuthorize->setPairs(profile.extraAuthorizeParameters);
    m_extraToken->setPairs(profile.extraTokenParameters);
    // The sandbox's endpoints are filled at run time: they are not the user's to edit.
    for (QLineEdit* edit : {m_authorizeUrl, m_tokenUrl, m_apiBaseUrl})
        edit->setReadOnly(profile.isBuiltInSandbox);
    {
        const QSignalBlocker blocker(m_apis);
        for (int g = 0; g < m_apis->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = m_apis->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i)
                group->child(i)->setCheckState(
                    0, app.grants(group->child(i)->text(0)) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_loading = false;
    updateFindings();
}

Profile RegistrationPanel::editedProfile() const
{
    Profile profile = m_saved;
    AppRegistration& app = profile.registration;
    app.name = m_name->text().trimmed();
    app.description = m_description->toPlainText().trimmed();
    app.website = m_website->text().trimmed();
    app.clientId = m_clientId->text().trimmed();
    app.redirectUris.clear();
    for (const QString& line : m_redirectUris->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            app.redirectUris << line.trimmed();
    }
    app.mode = AppRegistration::Mode(m_mode->currentData().toInt());
    app.grantedApis.clear();
    for (const QString& api : EndpointCatalog::builtIn().apis()) {
        const QTreeWidgetItem* item = apiItem(api);
        if (item && item->checkState(0) == Qt::Checked)
            app.grantedApis << api;
    }
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
    if (m_findings->count() == 0)
        new QListWidgetItem(m_icons.icon(QStyle::SP_DialogApplyButton), tr("No problems found."), m_findings);

    const RegistrationLint::EditClassification edit
        = RegistrationLint::classifyEdit(m_saved.registration, edited.registration);
    QStringList lines = edit.changes;
    if (edit.breaking)
        lines << tr(
            "Breaking: adding %1 invalidates every token of this app; each account must be authorized again.")
                     .arg(edit.addedApis.join(QStringLiteral(", ")));
    if (edit.needsReview)
        lines << tr("A Production app's edits go through a short review.");
    const bool changed = hasUnsavedChanges();
    if (changed && lines.isEmpty())
        lines << tr("Provider settings changed.");
    m_editSummary->setText(changed ? lines.join(QLatin1Char('\n')) : tr("No unsaved changes."));
    m_saveButton->setEnabled(changed && m_session);
    m_revertButton->setEnabled(changed);
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
    if (!m_session || !hasUnsavedChanges())
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
