#include "panels/ScopesPanel.h"

#include "catalog/EndpointCatalog.h"
#include "catalog/ProfileCatalog.h"
#include "session/AccountRegistry.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "session/SessionHistory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int ProblemRole = Qt::UserRole + 1;
constexpr int GrantedRole = Qt::UserRole + 2;

} // namespace

ScopesPanel::ScopesPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scopesPanel"));
    setAccessibleName(tr("Scopes"));
    setAccessibleDescription(tr("Which APIs your app may call: granted, seen in history, probed"));
    createWidgets();
    createProbe(EndpointCatalog::builtIn());
    fillTable();
}

void ScopesPanel::createProbe(const EndpointCatalog& catalog)
{
    m_probe = new ScopeProbe(catalog, this);
    connect(m_probe, &ScopeProbe::statusesChanged, this, &ScopesPanel::fillTable);
    connect(m_probe, &ScopeProbe::progress, this, &ScopesPanel::onProgress);
    connect(m_probe, &ScopeProbe::finished, this, &ScopesPanel::onFinished);
}

// A probe works on one catalog's APIs: another catalog gets a new probe (a running one stops).
void ScopesPanel::onCatalogChanged()
{
    if (!m_session)
        return;
    if (m_probe->isProbing())
        m_probe->cancel();
    delete m_probe;
    createProbe(m_session->catalog()->catalog());
    refresh();
}

void ScopesPanel::createWidgets()
{
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("scopesFilter"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->setAccessibleDescription(tr("Which APIs the table lists"));
    m_filter->addItem(tr("All APIs"), int(Filter::All));
    m_filter->addItem(tr("Problems only"), int(Filter::Problems));
    m_filter->addItem(tr("Granted"), int(Filter::Granted));
    m_filter->addItem(tr("Not granted"), int(Filter::NotGranted));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("scopesSearch"));
    m_search->setPlaceholderText(tr("Filter by API or group"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter by API or group"));
    m_runButton = new QPushButton(tr("&Run probe"), this);
    m_runButton->setObjectName(QStringLiteral("runProbeButton"));
    m_runButton->setAccessibleName(tr("Run probe"));
    m_runButton->setAccessibleDescription(tr("Sends one safe GET per API, paced by the rate limit"));
    m_runButton->setToolTip(m_runButton->accessibleDescription());
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelProbeButton"));
    m_cancelButton->setAccessibleName(tr("Cancel probe"));
    m_cancelButton->setAccessibleDescription(tr("Stops the probe; answers so far are kept"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("probeProgress"));
    m_progress->setAccessibleName(tr("Probe progress"));
    m_progress->setFormat(tr("%v of %m APIs"));
    m_progress->hide();

    auto* bar = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_filter);
    bar->addWidget(showLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_runButton);
    bar->addWidget(m_cancelButton);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("scopesTable"));
    m_table->setAccessibleName(tr("APIs"));
    m_table->setAccessibleDescription(
        tr("Each API with its group, whether granted, seen and probed, and a verdict"));
    m_table->setHorizontalHeaderLabels(
        {tr("API"), tr("Group"), tr("Granted"), tr("Seen in history"), tr("Probe"), tr("Verdict")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scopesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("What is missing"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this, &ScopesPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ScopesPanel::applyFilter);
    connect(m_runButton, &QPushButton::clicked, this, &ScopesPanel::runProbe);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScopesPanel::cancelProbe);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ScopesPanel::cancelProbe);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
}

void ScopesPanel::setSession(ConsoleSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->accounts(), nullptr, this, nullptr);
        disconnect(m_session->catalog(), nullptr, this, nullptr);
    }
    m_session = session;
    if (!session)
        return;
    connect(session, &ConsoleSession::profileActivated, this, &ScopesPanel::refresh);
    connect(session->catalog(), &ProfileCatalog::catalogChanged, this, &ScopesPanel::onCatalogChanged);
    connect(session, &ConsoleSession::registrationChanged, this, &ScopesPanel::refresh);
    connect(session->accounts(), &AccountRegistry::currentAccountChanged, this, &ScopesPanel::refresh);
    onCatalogChanged();
}

void ScopesPanel::refresh()
{
    if (!m_session || !m_session->hasProfile())
        return;
    m_probe->setGrantedApis(m_session->profile().registration.grantedApis);
    m_probe->learnFromHistory(m_session->history()->summaries());
    fillTable();
}

void ScopesPanel::runProbe()
{
    if (!m_session || m_probe->isProbing())
        return;
    refresh();
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_session->requests()->probeScopes(m_probe);
}

void ScopesPanel::cancelProbe()
{
    if (m_probe->isProbing())
        m_probe->cancel();
}

void ScopesPanel::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ScopesPanel::onFinished(bool cancelled)
{
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_progress->hide();
    fillTable();
    if (cancelled)
        m_summary->setText(
            tr("Probe cancelled; the answers so far are shown.") + QLatin1Char('\n') + m_summary->text());
}

QString ScopesPanel::probeText(const ScopeProbe::ApiStatus& status)
{
    switch (status.probe) {
    case ScopeProbe::ProbeResult::NotProbed:
        return tr("Not probed");
    case ScopeProbe::ProbeResult::Allowed:
        return tr("Allowed (%1)").arg(status.probeDetail);
    case ScopeProbe::ProbeResult::Refused:
        return tr("Refused (%1)").arg(status.probeDetail);
    case ScopeProbe::ProbeResult::Failed:
        return tr("Inconclusive (%1)").arg(status.probeDetail);
    case ScopeProbe::ProbeResult::NoSafeEndpoint:
        return tr("No safe GET to probe");
    }
    return QString();
}

QString ScopesPanel::verdictText(const ScopeProbe::ApiStatus& status, bool* problem) const
{
    *problem = false;
    const bool refused = status.probe == ScopeProbe::ProbeResult::Refused
        || (status.probe != ScopeProbe::ProbeResult::Allowed && status.seenRefused > 0);
    if (status.granted && refused) {
        *problem = true;
        return tr("Granted but refused: authorize again (tokens predate the grant)");
    }
    if (!status.granted && status.used() && refused) {
        *problem = true;
        return tr("Missing: your requests need it; grant it in Registration");
    }
    if (!status.granted && status.effectivelyAllowed())
        return tr("Allowed although not in the registration: update the registration");
    if (status.granted)
        return status.used() ? tr("OK: granted and working") : tr("Granted, not used yet");
    return tr("Not granted");
}

void ScopesPanel::fillTable()
{
    const QList<ScopeProbe::ApiStatus>& statuses = m_probe->statuses();
    m_table->setRowCount(int(statuses.size()));
    for (int row = 0; row < statuses.size(); ++row) {
        const ScopeProbe::ApiStatus& status = statuses.at(row);
        bool problem = false;
        const QString verdict = verdictText(status, &problem);
        const QStringList texts {status.api, status.group, status.granted ? tr("Yes") : tr("No"),
            tr("%1 allowed, %2 refused").arg(status.seenAllowed).arg(status.seenRefused), probeText(status),
            verdict};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setData(ProblemRole, problem);
            item->setData(GrantedRole, status.granted);
            m_table->setItem(row, column, item);
        }
        // Colour repeats what the verdict text and icon say; it never stands alone.
        QTableWidgetItem* verdictItem = m_table->item(row, VerdictColumn);
        const QStyle::StandardPixmap icon = problem ? QStyle::SP_MessageBoxWarning
            : status.granted                        ? QStyle::SP_DialogApplyButton
                                                    : QStyle::SP_MessageBoxInformation;
        verdictItem->setIcon(m_icons.icon(icon));
        const QColor tint = problem ? QColor(220, 50, 47, 70)
            : status.granted        ? QColor(40, 160, 70, 60)
                                    : QColor();
        if (tint.isValid()) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setBackground(tint);
        }
    }
    m_table->resizeColumnsToContents();
    applyFilter();
    updateSummary();
}

void ScopesPanel::applyFilter()
{
    const Filter filter = Filter(m_filter->currentData().toInt());
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* api = m_table->item(row, ApiColumn);
        bool visible = true;
        if (filter == Filter::Problems)
            visible = api->data(ProblemRole).toBool();
        else if (filter == Filter::Granted)
            visible = api->data(GrantedRole).toBool();
        else if (filter == Filter::NotGranted)
            visible = !api->data(GrantedRole).toBool();
        if (visible && !text.isEmpty())
            visible = api->text().contains(text, Qt::CaseInsensitive)
                || m_table->item(row, GroupColumn)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !visible);
    }
}

void ScopesPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void ScopesPanel::updateSummary()
{
    const QStringList missing = m_probe->usedButNotGranted();
    QStringList lines;
    if (missing.isEmpty()) {
        lines << tr("Nothing missing: every API your requests used is granted.");
    } else {
        lines << tr("Missing: %1.").arg(missing.join(QStringLiteral(", ")));
        lines << m_probe->costOfAdding(missing);
    }
    const QStringList unused = m_probe->grantedButUnused();
    if (!unused.isEmpty())
        lines << tr("Granted but not used yet: %1.").arg(unused.join(QStringLiteral(", ")));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

QString ScopesPanel::summary() const
{
    return m_summary->text();
}

int ScopesPanel::visibleRowCount() const
{
    int count = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        count += m_table->isRowHidden(row) ? 0 : 1;
    return count;
}

QString ScopesPanel::verdictOf(const QString& api) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ApiColumn)->text() == api)
            return m_table->item(row, VerdictColumn)->text();
    }
    return QString();
}
