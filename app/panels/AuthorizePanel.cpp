#include "panels/AuthorizePanel.h"

#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "util/SecretMasker.h"
#include "widgets/FlowTimeline.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QUrlQuery>
#include <QVBoxLayout>

AuthorizePanel::AuthorizePanel(QWidget* parent)
    : QWidget(parent)
    , m_openBrowser([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("authorizePanel"));
    setAccessibleName(tr("Authorize"));
    setAccessibleDescription(tr("Authorize a test account with any grant and watch each step"));
    createWidgets();
    updateGrantFields();
    setRunning(false);
}

QLineEdit* AuthorizePanel::secretEdit(
    const QString& name, const QString& accessibleName, const QString& description)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    edit->setAccessibleDescription(description);
    return edit;
}

void AuthorizePanel::createWidgets()
{
    m_grant = new QComboBox(this);
    m_grant->setObjectName(QStringLiteral("grantCombo"));
    m_grant->setAccessibleName(tr("Grant"));
    m_grant->setAccessibleDescription(tr("How the account is authorized"));
    m_grant->addItem(
        tr("Authorization Code + PKCE (no secret)"), int(TokenSet::Grant::AuthorizationCodePkce));
    m_grant->addItem(tr("Authorization Code (client secret)"), int(TokenSet::Grant::AuthorizationCode));
    m_grant->addItem(tr("Client Credentials + customer key"), int(TokenSet::Grant::ClientCredentials));
    m_grant->addItem(tr("API key"), int(TokenSet::Grant::ApiKey));
    m_grant->addItem(tr("Paste an access token"), int(TokenSet::Grant::PastedToken));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("accountLabelEdit"));
    m_label->setPlaceholderText(tr("e.g. alice (test)"));
    m_label->setAccessibleName(tr("Account label"));
    m_label->setAccessibleDescription(tr("The name the new account gets in this console"));
    m_redirectUri = new QLineEdit(this);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setReadOnly(true);
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    m_redirectUri->setAccessibleDescription(
        tr("Exactly what the console's listener receives; register it in the portal"));
    m_grantHelp = new QLabel(this);
    m_grantHelp->setObjectName(QStringLiteral("grantHelp"));
    m_grantHelp->setWordWrap(true);
    m_customerKey = secretEdit(QStringLiteral("customerKeyEdit"), tr("Customer key"),
        tr("The target user's API key, sent as customer_key; kept in the keychain"));
    m_apiKey = secretEdit(
        QStringLiteral("apiKeyEdit"), tr("API key"), tr("A Lofty API key; kept in the keychain"));
    m_accessToken = secretEdit(
        QStringLiteral("accessTokenEdit"), tr("Access token"), tr("An access token to use as it is"));
    m_refreshToken = secretEdit(QStringLiteral("refreshTokenEdit"), tr("Refresh token (optional)"),
        tr("A refresh token that goes with the pasted access token"));

    m_startHint = new QLabel(tr("<b>Start here.</b> Authorize a test account (on the Sandbox profile: "
                                "Authorization Code + PKCE, then sign in as alice), then send your first "
                                "request in Requests (Ctrl+5)."),
        this);
    m_startHint->setObjectName(QStringLiteral("startHint"));
    m_startHint->setWordWrap(true);
    m_startHint->setFrameShape(QFrame::StyledPanel);
    m_startHint->setMargin(6);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Grant:"), m_grant);
    form->addRow(tr("Account &label:"), m_label);
    form->addRow(tr("Redirect &URI:"), m_redirectUri);
    form->addRow(tr("C&ustomer key:"), m_customerKey);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("Access &token:"), m_accessToken);
    form->addRow(tr("Re&fresh token:"), m_refreshToken);

    m_startButton = new QPushButton(tr("&Start"), this);
    m_startButton->setObjectName(QStringLiteral("startAuthorizeButton"));
    m_startButton->setAccessibleName(tr("Start authorization"));
    m_startButton->setAccessibleDescription(
        tr("Opens the system browser on the authorize page (Ctrl+Return)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelAuthorizeButton"));
    m_cancelButton->setAccessibleName(tr("Cancel authorization"));
    m_cancelButton->setAccessibleDescription(tr("Stops the attempt and closes the listener (Esc)"));
    m_copyUrlButton = new QPushButton(tr("Copy authorize &URL"), this);
    m_copyUrlButton->setObjectName(QStringLiteral("copyAuthorizeUrlButton"));
    m_copyUrlButton->setAccessibleName(tr("Copy authorize URL"));
    m_copyUrlButton->setAccessibleDescription(tr("For a browser other than the system one"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_copyUrlButton);
    buttons->addStretch();

    m_timeline = new FlowTimeline(this);
    m_verdictIcon = new QLabel(this);
    m_verdict = new QLabel(tr("No attempt yet."), this);
    m_verdict->setObjectName(QStringLiteral("authorizeVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict->setAccessibleName(tr("Verdict"));
    auto* verdictLine = new QHBoxLayout;
    verdictLine->addWidget(m_verdictIcon);
    verdictLine->addWidget(m_verdict, 1);

    // The word-wrapped help stays outside the form: a height-for-width row in a QFormLayout whose
    // rows are toggled with setRowVisible leaves other rows at zero height on Qt 6.4.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_startHint);
    layout->addLayout(form);
    layout->addWidget(m_grantHelp);
    layout->addLayout(buttons);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(verdictLine);

    connect(
        m_grant, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuthorizePanel::updateGrantFields);
    connect(m_startButton, &QPushButton::clicked, this, &AuthorizePanel::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &AuthorizePanel::cancel);
    connect(m_copyUrlButton, &QPushButton::clicked, this, &AuthorizePanel::copyAuthorizeUrl);
    for (const QKeySequence& keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        (new QShortcut(keys, this, this, &AuthorizePanel::start))->setContext(Qt::WidgetWithChildrenShortcut);
    (new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &AuthorizePanel::cancel))
        ->setContext(Qt::WidgetWithChildrenShortcut);
}

void AuthorizePanel::setSession(ConsoleSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->accounts(), nullptr, this, nullptr);
        disconnect(m_session->authorization(), nullptr, this, nullptr);
    }
    m_session = session;
    if (!session)
        return;
    connect(session->authorization(), &AuthorizationService::started, this, &AuthorizePanel::onFlowStarted);
    connect(session->authorization(), &AuthorizationService::openBrowserRequested, this,
        &AuthorizePanel::onBrowserRequested);
    connect(session->authorization(), &AuthorizationService::stepReported, this, &AuthorizePanel::onStep);
    connect(session->authorization(), &AuthorizationService::finished, this, &AuthorizePanel::onFinished);
    connect(session, &ConsoleSession::profileActivated, this, &AuthorizePanel::updateRedirectUri);
    connect(session, &ConsoleSession::profileActivated, this, &AuthorizePanel::resetVerdict);
    connect(session->accounts(), &AccountRegistry::accountsChanged, this,
        &AuthorizePanel::forgetVerdictOfGoneAccount);
    connect(session->accounts(), &AccountRegistry::accountsChanged, this, &AuthorizePanel::updateStartHint);
    connect(session, &ConsoleSession::profileActivated, this, &AuthorizePanel::updateStartHint);
    updateStartHint();
    connect(session, &ConsoleSession::registrationChanged, this, &AuthorizePanel::updateRedirectUri);
    updateRedirectUri();
}

void AuthorizePanel::setGrant(TokenSet::Grant grant)
{
    const int index = m_grant->findData(int(grant));
    if (index >= 0)
        m_grant->setCurrentIndex(index);
}

TokenSet::Grant AuthorizePanel::grant() const
{
    return TokenSet::Grant(m_grant->currentData().toInt());
}

QString AuthorizePanel::verdict() const
{
    return m_verdict->text();
}

void AuthorizePanel::updateGrantFields()
{
    const TokenSet::Grant current = grant();
    const bool browser
        = current == TokenSet::Grant::AuthorizationCode || current == TokenSet::Grant::AuthorizationCodePkce;
    auto setRowVisible = [this](QWidget* field, bool visible) { m_form->setRowVisible(field, visible); };
    setRowVisible(m_redirectUri, browser);
    setRowVisible(m_customerKey, current == TokenSet::Grant::ClientCredentials);
    setRowVisible(m_apiKey, current == TokenSet::Grant::ApiKey);
    setRowVisible(m_accessToken, current == TokenSet::Grant::PastedToken);
    setRowVisible(m_refreshToken, current == TokenSet::Grant::PastedToken);
    m_copyUrlButton->setVisible(browser);
    switch (current) {
    case TokenSet::Grant::AuthorizationCodePkce:
        m_grantHelp->setText(tr("The browser asks the user to consent; a PKCE verifier protects the code. No "
                                "client secret is used."));
        break;
    case TokenSet::Grant::AuthorizationCode:
        m_grantHelp->setText(tr("The browser asks the user to consent; the code is exchanged with the client "
                                "secret from Registration."));
        break;
    case TokenSet::Grant::ClientCredentials:
        m_grantHelp->setText(
            tr("No browser: the client secret and the user's customer key are exchanged for a token."));
        break;
    case TokenSet::Grant::ApiKey:
        m_grantHelp->setText(tr("The key is sent as \"Authorization: token <key>\"; it does not expire."));
        break;
    default:
        m_grantHelp->setText(tr("The token is used as it is; without a refresh token it cannot be renewed."));
        break;
    }
}

void AuthorizePanel::updateRedirectUri()
{
    if (m_session && m_session->hasProfile())
        m_redirectUri->setText(m_session->authorization()->redirectUriFor(0));
}

void AuthorizePanel::start()
{
    if (!m_session || !m_session->hasProfile()) {
        m_verdict->setText(tr("No profile is active."));
        return;
    }
    AuthorizationRequest request;
    request.grant = grant();
    request.label = m_label->text().trimmed();
    request.customerKey = m_customerKey->text().trimmed();
    request.apiKey = m_apiKey->text().trimmed();
    request.accessToken = m_accessToken->text().trimmed();
    request.refreshToken = m_refreshToken->text().trimmed();
    for (const QString& secret :
        {request.customerKey, request.apiKey, request.accessToken, request.refreshToken}) {
        if (!secret.isEmpty())
            SecretMasker::global().remember(secret);
    }
    m_timeline->clear();
    m_authorizeUrl.clear();
    m_verdictIcon->clear();
    if (!m_session->authorization()->authorize(request)) {
        m_verdict->setText(tr("An attempt is already running: cancel it first."));
        return;
    }
    m_verdict->setText(tr("Authorizing…"));
    setRunning(true);
    for (QLineEdit* edit : {m_customerKey, m_apiKey, m_accessToken, m_refreshToken})
        edit->clear();
}

void AuthorizePanel::cancel()
{
    if (m_session)
        m_session->authorization()->cancel();
}

void AuthorizePanel::copyAuthorizeUrl()
{
    if (m_authorizeUrl.isValid())
        QApplication::clipboard()->setText(m_authorizeUrl.toString(QUrl::FullyEncoded));
}

void AuthorizePanel::onFlowStarted()
{
    m_timeline->clear();
    setRunning(true);
}

void AuthorizePanel::onStep(const FlowStep& step)
{
    m_timeline->addStep(step);
}

void AuthorizePanel::onBrowserRequested(const QUrl& url)
{
    m_authorizeUrl = url;
    // The URI this attempt sent, with the port actually bound, not the profile's template.
    const QString sent = QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    if (!sent.isEmpty())
        m_redirectUri->setText(sent);
    m_copyUrlButton->setEnabled(true);
    if (m_openBrowser)
        m_openBrowser(url);
}

// The hint shows while the profile has no account yet.
void AuthorizePanel::updateStartHint()
{
    m_startHint->setVisible(m_session && m_session->hasProfile() && m_session->profile().accounts.isEmpty());
}

void AuthorizePanel::resetVerdict()
{
    m_verdictAccountId.clear();
    m_verdictIcon->clear();
    m_verdict->setText(tr("No attempt yet."));
    m_verdict->setAccessibleDescription(QString());
    m_timeline->clear();
}

// A verdict about an account that was forgotten since is stale.
void AuthorizePanel::forgetVerdictOfGoneAccount()
{
    if (!m_verdictAccountId.isEmpty() && m_session && !m_session->profile().account(m_verdictAccountId))
        resetVerdict();
}

void AuthorizePanel::onFinished(bool ok, const QString& accountId, const QString& message)
{
    m_verdictAccountId = ok ? accountId : QString();
    setRunning(false);
    const QStyle::StandardPixmap icon = ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical;
    m_verdictIcon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    QString name = accountId;
    if (ok && m_session) {
        if (const AccountRecord* account = m_session->profile().account(accountId))
            name = account->displayName();
    }
    m_verdict->setText(
        ok ? tr("Authorized: %1. %2").arg(name, message) : tr("Not authorized: %1").arg(message));
    m_verdict->setAccessibleDescription(m_verdict->text());
    if (ok)
        emit accountAuthorized(accountId);
}

void AuthorizePanel::setRunning(bool running)
{
    m_startButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_grant->setEnabled(!running);
    m_copyUrlButton->setEnabled(m_authorizeUrl.isValid());
}
