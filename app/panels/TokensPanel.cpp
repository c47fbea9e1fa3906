#include "panels/TokensPanel.h"

#include "oauth/Jwt.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AccountStatus.h"
#include "session/ConsoleSession.h"
#include "util/SecretMasker.h"
#include "widgets/ExpiryBar.h"
#include "json/JsonNode.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString grantTitle(TokenSet::Grant grant)
{
    switch (grant) {
    case TokenSet::Grant::AuthorizationCode:
        return TokensPanel::tr("Authorization Code");
    case TokenSet::Grant::AuthorizationCodePkce:
        return TokensPanel::tr("Authorization Code + PKCE");
    case TokenSet::Grant::ClientCredentials:
        return TokensPanel::tr("Client Credentials");
    case TokenSet::Grant::ApiKey:
        return TokensPanel::tr("API key");
    case TokenSet::Grant::PastedToken:
        return TokensPanel::tr("Pasted token");
    case TokenSet::Grant::None:
        break;
    }
    return TokensPanel::tr("None");
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                          : TokensPanel::tr("Unknown");
}

// Members in the order the token carries them, numbers digit for digit.
void addJsonChildren(QTreeWidgetItem* parent, const JsonNode& node)
{
    for (int i = 0; i < node.size(); ++i) {
        const JsonNode child = node.at(i);
        auto* item
            = new QTreeWidgetItem(parent, {node.isObject() ? node.keyAt(i) : QStringLiteral("[%1]").arg(i)});
        if (child.isContainer())
            addJsonChildren(item, child);
        else
            item->setText(1, child.displayText());
    }
}

} // namespace

TokensPanel::TokensPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tokensPanel"));
    setAccessibleName(tr("Tokens"));
    setAccessibleDescription(tr("Inspect, test, refresh and forget the account's token"));
    createWidgets();
    showToken(QString(), TokenSet());
}

QLabel* TokensPanel::addValueLabel(const QString& name, const QString& accessibleName)
{
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    return label;
}

void TokensPanel::createWidgets()
{
    m_accounts = new QComboBox(this);
    m_accounts->setObjectName(QStringLiteral("tokensAccountCombo"));
    m_accounts->setAccessibleName(tr("Account"));
    m_accounts->setAccessibleDescription(
        tr("The account whose token is shown; it also becomes the current account"));
    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenValue"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setAccessibleName(tr("Access token"));
    m_tokenEdit->setAccessibleDescription(tr("Masked unless revealed"));
    auto makeButton = [this](const QString& text, const QString& name, const QString& description) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setAccessibleDescription(description);
        button->setToolTip(description);
        return button;
    };
    m_revealButton = makeButton(
        tr("&Reveal"), QStringLiteral("revealTokenButton"), tr("Show the token in clear (Ctrl+R)"));
    m_revealButton->setCheckable(true);
    m_revealButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_copyButton
        = makeButton(tr("&Copy"), QStringLiteral("copyTokenButton"), tr("Copy the token to the clipboard"));
    m_copyHeaderButton = makeButton(tr("Copy as &header"), QStringLiteral("copyHeaderButton"),
        tr("Copy \"Authorization: Bearer …\" to the clipboard"));
    auto* tokenLine = new QHBoxLayout;
    tokenLine->addWidget(m_tokenEdit, 1);
    tokenLine->addWidget(m_revealButton);
    tokenLine->addWidget(m_copyButton);
    tokenLine->addWidget(m_copyHeaderButton);

    m_type = addValueLabel(QStringLiteral("tokenType"), tr("Token type"));
    m_grant = addValueLabel(QStringLiteral("tokenGrant"), tr("Grant"));
    m_scope = addValueLabel(QStringLiteral("tokenScope"), tr("Scope"));
    m_obtained = addValueLabel(QStringLiteral("tokenObtained"), tr("Obtained"));
    m_expires = addValueLabel(QStringLiteral("tokenExpires"), tr("Expires"));
    m_expiry = new ExpiryBar(this);
    m_expiry->setObjectName(QStringLiteral("tokenExpiryBar"));
    m_refreshToken = addValueLabel(QStringLiteral("refreshTokenInfo"), tr("Refresh token"));
    m_state = addValueLabel(QStringLiteral("accountState"), tr("Account state"));
    m_identity = addValueLabel(QStringLiteral("accountIdentity"), tr("Identity"));
    m_stateTimer = new QTimer(this);
    m_stateTimer->setInterval(5000); // "expiring" and "expired" arrive with the clock
    connect(m_stateTimer, &QTimer::timeout, this, &TokensPanel::showAccountState);

    auto* form = new QFormLayout;
    form->addRow(tr("&Account:"), m_accounts);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Identity:"), m_identity);
    form->addRow(tr("Access token:"), tokenLine);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Grant:"), m_grant);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Obtained:"), m_obtained);
    form->addRow(tr("Expires:"), m_expires);
    form->addRow(tr("Lifetime left:"), m_expiry);
    form->addRow(tr("Refresh token:"), m_refreshToken);

    m_refreshButton
        = makeButton(tr("Re&fresh now"), QStringLiteral("refreshTokenButton"), tr("Get a new token now"));
    m_reauthorizeButton = makeButton(tr("Re-authori&ze…"), QStringLiteral("reauthorizeButton"),
        tr("Authorize this account again in the Authorize panel; it keeps its id and label"));
    m_testButton = makeButton(tr("&Test"), QStringLiteral("testTokenButton"),
        tr("Call the profile's identity path with this token"));
    m_forgetButton = makeButton(tr("F&orget…"), QStringLiteral("forgetAccountButton"),
        tr("Remove the account and its secrets from the keychain"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_reauthorizeButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_forgetButton);
    buttons->addStretch();

    m_confirmForget = new QWidget(this);
    m_confirmForget->setObjectName(QStringLiteral("confirmForget"));
    auto* confirmText = new QLabel(
        tr("Forget this account? Its token and keys are removed from the keychain."), m_confirmForget);
    auto* yes
        = makeButton(tr("Forget it"), QStringLiteral("confirmForgetButton"), tr("Remove the account now"));
    auto* no
        = makeButton(tr("Keep it"), QStringLiteral("keepAccountButton"), tr("Do not remove the account"));
    auto* confirmLayout = new QHBoxLayout(m_confirmForget);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(confirmText, 1);
    confirmLayout->addWidget(yes);
    confirmLayout->addWidget(no);
    m_confirmForget->hide();

    m_result = addValueLabel(QStringLiteral("tokenTestResult"), tr("Result"));

    m_jwt = new QTreeWidget(this);
    m_jwt->setObjectName(QStringLiteral("jwtTree"));
    m_jwt->setHeaderLabels({tr("Claim"), tr("Value")});
    m_jwt->setAccessibleName(tr("Decoded JWT"));
    m_jwt->setAccessibleDescription(
        tr("Header and payload of the token when it is a JWT; the signature is not checked"));
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("rawTokenResponse"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw token response, masked"));
    m_raw->setTabChangesFocus(true);
    auto* details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_jwt);
    details->addWidget(m_raw);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_confirmForget);
    layout->addWidget(m_result);
    layout->addWidget(details, 1);

    connect(m_accounts, qOverload<int>(&QComboBox::activated), this, &TokensPanel::onAccountChosen);
    connect(m_revealButton, &QPushButton::toggled, this, &TokensPanel::setRevealed);
    connect(m_copyButton, &QPushButton::clicked, this, &TokensPanel::copyToken);
    connect(m_copyHeaderButton, &QPushButton::clicked, this, &TokensPanel::copyAuthorizationHeader);
    connect(m_refreshButton, &QPushButton::clicked, this, &TokensPanel::refreshNow);
    connect(m_testButton, &QPushButton::clicked, this, &TokensPanel::testToken);
    connect(m_reauthorizeButton, &QPushButton::clicked, this, &TokensPanel::requestReauthorization);
    connect(m_forgetButton, &QPushButton::clicked, this, &TokensPanel::askToForget);
    connect(no, &QPushButton::clicked, m_confirmForget, &QWidget::hide);
    connect(yes, &QPushButton::clicked, this, [this] {
        m_confirmForget->hide();
        if (m_session && !m_accountId.isEmpty())
            m_session->accounts()->forget(m_accountId);
    });
}

void TokensPanel::setSession(ConsoleSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->accounts(), nullptr, this, nullptr);
    }
    m_session = session;
    if (!session)
        return;
    connect(session->accounts(), &AccountRegistry::accountsChanged, this, &TokensPanel::fillAccounts);
    connect(session, &ConsoleSession::profileActivated, this, &TokensPanel::fillAccounts);
    connect(
        session->accounts(), &AccountRegistry::currentAccountChanged, this, [this](const QString& accountId) {
            fillAccounts();
            showToken(accountId, m_session->accounts()->token(accountId));
        });
    connect(session->accounts(), &AccountRegistry::accountReady, this, &TokensPanel::showToken);
    connect(session->accounts(), &AccountRegistry::tokenChanged, this,
        [this](const QString& accountId, const TokenSet& token) {
            if (accountId == m_accountId)
                showToken(accountId, token);
        });
    connect(session->accounts(), &AccountRegistry::accountFailed, this,
        [this](const QString& accountId, const QString& message) {
            if (accountId == m_accountId)
                m_result->setText(tr("The account's secrets could not be read: %1").arg(message));
        });
    connect(
        session->accounts(), &AccountRegistry::accountStateChanged, this, [this](const QString& accountId) {
            if (accountId == m_accountId)
                showToken(accountId, m_session->accounts()->token(accountId));
        });
    fillAccounts();
    showToken(session->accounts()->currentId(), session->accounts()->token(session->accounts()->currentId()));
}

void TokensPanel::fillAccounts()
{
    if (!m_session)
        return;
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    for (const AccountRecord& account : m_session->profile().accounts)
        m_accounts->addItem(accountTitle(account), account.id);
    m_accounts->setCurrentIndex(m_accounts->findData(m_session->accounts()->currentId()));
    if (m_session->accounts()->currentId().isEmpty() || m_accounts->currentIndex() < 0)
        showToken(QString(), TokenSet());
    else
        showAccountState(); // the identity or the state may be what changed
}

// The label with who the account is, as the identity call said: "Work (Alice Adams, alice@…)".
QString TokensPanel::accountTitle(const AccountRecord& account)
{
    const QStringList known = QStringList {account.identity.name, account.identity.email}.filter(
        QRegularExpression(QStringLiteral("\\S")));
    const QString who = known.join(QStringLiteral(", "));
    if (who.isEmpty() || account.label.isEmpty())
        return account.displayName();
    return tr("%1 (%2)").arg(account.label, who);
}

void TokensPanel::onAccountChosen(int index)
{
    if (m_session && index >= 0)
        m_session->accounts()->select(m_accounts->itemData(index).toString());
}

void TokensPanel::showToken(const QString& accountId, const TokenSet& token)
{
    if (m_session && accountId != m_session->accounts()->currentId())
        return;
    if (accountId != m_accountId || token.accessToken != m_token.accessToken)
        m_result->clear();
    m_accountId = accountId;
    m_token = token;
    const bool valid = token.isValid();
    setRevealed(false);
    m_type->setText(valid ? (token.kind == TokenSet::Kind::ApiKey
                            ? tr("API key (Authorization: token)")
                            : tr("Bearer access token (token_type \"%1\")").arg(token.tokenType))
                          : tr("No token"));
    m_grant->setText(grantTitle(token.grant));
    m_scope->setText(token.scope.isEmpty() ? tr("(none given)") : token.scope);
    m_obtained->setText(timeText(token.obtainedAt));
    m_expires->setText(
        token.expiresAt.isValid() ? timeText(token.expiresAt) : tr("Does not expire, or not said"));
    if (valid)
        m_expiry->setTimes(token.obtainedAt, token.expiresAt);
    else
        m_expiry->clear();
    showRefreshTokenAge();
    showJwt(valid ? token.accessToken : QString());
    m_raw->setPlainText(QString::fromUtf8(token.rawResponseMasked));
    for (QWidget* widget : {static_cast<QWidget*>(m_revealButton), static_cast<QWidget*>(m_copyButton),
             static_cast<QWidget*>(m_copyHeaderButton), static_cast<QWidget*>(m_testButton)})
        widget->setEnabled(valid);
    m_forgetButton->setEnabled(!accountId.isEmpty());
    showAccountState();
}

void TokensPanel::showAccountState()
{
    const AccountRecord* account = m_session ? m_session->profile().account(m_accountId) : nullptr;
    m_reauthorizeButton->setEnabled(account);
    if (!account) {
        m_state->setText(tr("No account"));
        m_identity->clear();
        m_refreshButton->setEnabled(false);
        m_stateTimer->stop();
        return;
    }
    const AccountStatus status = m_session->accounts()->status(m_accountId);
    m_state->setText(tr("%1: %2").arg(status.title(), status.description()));
    m_state->setAccessibleDescription(status.name());
    const QStringList who = QStringList {account->identity.name, account->identity.email}.filter(
        QRegularExpression(QStringLiteral("\\S")));
    m_identity->setText(who.isEmpty() ? tr("Not known") : who.join(QStringLiteral(", ")));
    const bool refused = status.state() == AccountStatus::State::NeedsReauthorization;
    m_refreshButton->setEnabled(m_token.isValid() && status.isRenewable() && !refused);
    if (refused)
        m_expiry->setRefused();
    m_stateTimer->start();
}

void TokensPanel::requestReauthorization()
{
    if (!m_accountId.isEmpty())
        emit reauthorizeRequested(m_accountId);
}

void TokensPanel::showRefreshTokenAge()
{
    if (!m_token.hasRefreshToken()) {
        m_refreshToken->setText(tr("None: when the token expires the account must be authorized again"));
        return;
    }
    const int lifetimeDays = m_session ? m_session->profile().refreshTokenLifetimeDays : 0;
    const bool ageKnown = m_token.refreshTokenIssuedAt.isValid();
    const qint64 ageDays
        = ageKnown ? m_token.refreshTokenIssuedAt.daysTo(QDateTime::currentDateTimeUtc()) : 0;
    if (lifetimeDays <= 0) { // a provider that does not say how long its refresh tokens live
        m_refreshToken->setText(
            ageKnown ? tr("Present, %n day(s) old", nullptr, int(ageDays)) : tr("Present; age unknown"));
        return;
    }
    if (!ageKnown) {
        m_refreshToken->setText(
            tr("Present; age unknown (the provider keeps refresh tokens %n day(s))", nullptr, lifetimeDays));
        return;
    }
    const qint64 left = lifetimeDays - ageDays;
    m_refreshToken->setText(left > 0
            ? tr("Present, %n day(s) old; about %1 of %2 days left", nullptr, int(ageDays))
                  .arg(left)
                  .arg(lifetimeDays)
            : tr("Present but %n day(s) old: past the provider's %1 days, authorize again", nullptr,
                int(ageDays))
                  .arg(lifetimeDays));
}

void TokensPanel::showJwt(const QString& value)
{
    m_jwt->clear();
    if (value.isEmpty())
        return;
    if (!Jwt::looksLikeJwt(value)) {
        new QTreeWidgetItem(m_jwt, {tr("Not a JWT"), tr("The token is opaque: nothing to decode")});
        return;
    }
    QString error;
    const Jwt jwt = Jwt::decode(value, &error);
    if (!jwt.isValid()) {
        new QTreeWidgetItem(m_jwt, {tr("Not decodable"), error});
        return;
    }
    auto* header = new QTreeWidgetItem(m_jwt, {tr("Header")});
    addJsonChildren(header, jwt.headerNode());
    auto* payload = new QTreeWidgetItem(m_jwt, {tr("Payload")});
    addJsonChildren(payload, jwt.payloadNode());
    for (const auto& claim : {QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf")}) {
        const QDateTime time = jwt.timeClaim(claim);
        if (time.isValid())
            new QTreeWidgetItem(payload, {tr("%1 (as time)").arg(claim), timeText(time)});
    }
    new QTreeWidgetItem(m_jwt,
        {tr("Signature"),
            tr("%n byte(s). %1", nullptr, jwt.signatureLength()).arg(Jwt::signatureStatusText())});
    m_jwt->expandAll();
    m_jwt->resizeColumnToContents(0);
}

void TokensPanel::setRevealed(bool revealed)
{
    m_revealed = revealed && m_token.isValid();
    {
        const QSignalBlocker blocker(m_revealButton);
        m_revealButton->setChecked(m_revealed);
    }
    m_revealButton->setText(m_revealed ? tr("&Hide") : tr("&Reveal"));
    m_tokenEdit->setText(m_token.isValid()
            ? (m_revealed ? m_token.accessToken : SecretMasker::mask(m_token.accessToken))
            : QString());
}

void TokensPanel::copyToken()
{
    if (!m_token.isValid())
        return;
    QApplication::clipboard()->setText(m_token.accessToken);
    emit statusMessage(
        tr("Copied the access token (%n character(s))", nullptr, int(m_token.accessToken.size())));
}

void TokensPanel::copyAuthorizationHeader()
{
    if (!m_token.isValid())
        return;
    QApplication::clipboard()->setText(
        QStringLiteral("Authorization: ") + m_token.authorizationHeaderValue());
    emit statusMessage(tr("Copied the Authorization header"));
}

void TokensPanel::refreshNow()
{
    if (!m_session)
        return;
    Account* account = m_session->accounts()->current();
    if (!account)
        return;
    m_result->setText(tr("Refreshing…"));
    connect(account, &Account::refreshFinished, this, &TokensPanel::onRefreshFinished, Qt::UniqueConnection);
    account->refresh();
}

void TokensPanel::onRefreshFinished(bool ok, const QString& error)
{
    m_result->setText(ok ? tr("Refreshed.") : tr("The refresh failed: %1").arg(error));
}

void TokensPanel::testToken()
{
    Account* account = m_session ? m_session->accounts()->current() : nullptr;
    if (!account)
        return;
    const QString path = m_session->profile().identityPath.isEmpty() ? QStringLiteral("/v1.0/me")
                                                                     : m_session->profile().identityPath;
    m_result->setText(tr("Testing with GET %1…").arg(path));
    ApiReply* reply = account->send(account->requestFor(QStringLiteral("GET"), path));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        onTestFinished(reply->response());
    });
}

void TokensPanel::onTestFinished(const ApiResponse& response)
{
    if (response.isSuccess())
        m_result->setText(tr("Works: GET %1 answered %2 in %3 ms.")
                              .arg(response.request.url.path())
                              .arg(response.httpStatus)
                              .arg(response.elapsedMs));
    else
        m_result->setText(tr("Does not work: %1. %2").arg(response.error.title(), response.error.remedy()));
}

QString TokensPanel::testResult() const
{
    return m_result->text();
}

void TokensPanel::askToForget()
{
    if (!m_accountId.isEmpty())
        m_confirmForget->show();
}
