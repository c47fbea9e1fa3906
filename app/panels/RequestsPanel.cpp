#include "panels/RequestsPanel.h"

#include "catalog/ProfileCatalog.h"
#include "panels/EndpointBrowser.h"
#include "panels/RequestEditor.h"
#include "panels/RequestTab.h"
#include "panels/RequestTabStore.h"
#include "panels/ResponseView.h"
#include "widgets/JsonView.h"

#include <QApplication>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

RequestsPanel::RequestsPanel(QWidget* parent)
    : QWidget(parent)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("requestsPanel"));
    setAccessibleName(tr("Requests"));
    setAccessibleDescription(tr("Compose requests from the endpoint catalog in tabs, send them and read "
                                "the responses"));
    m_browser = new EndpointBrowser(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(createTabs());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_browser, &EndpointBrowser::endpointChosen, this, &RequestsPanel::selectEndpoint);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &RequestsPanel::saveTabs);
    createShortcuts();
    restoreTabs();
}

RequestsPanel::~RequestsPanel()
{
    saveTabs();
}

QWidget* RequestsPanel::createTabs()
{
    auto* box = new QWidget(this);
    m_tabs = new QTabWidget(box);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setAccessibleName(tr("Request tabs"));
    m_tabs->setAccessibleDescription(tr("Ctrl+T opens a tab, Ctrl+W closes it, Ctrl+Tab goes to the next"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    auto* newTabButton = new QToolButton(m_tabs);
    newTabButton->setObjectName(QStringLiteral("newTabButton"));
    newTabButton->setText(tr("New tab"));
    newTabButton->setToolTip(tr("Open a new request tab (Ctrl+T)"));
    newTabButton->setAccessibleName(tr("New request tab"));
    newTabButton->setAccessibleDescription(newTabButton->toolTip());
    m_tabs->setCornerWidget(newTabButton, Qt::TopRightCorner);
    connect(newTabButton, &QToolButton::clicked, this, &RequestsPanel::newTab);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &RequestsPanel::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RequestsPanel::onTabShown);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, m_saveTimer, qOverload<>(&QTimer::start));

    m_queueLabel = new QLabel(box);
    m_queueLabel->setObjectName(QStringLiteral("rateQueueLabel"));
    m_queueLabel->hide();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_queueLabel);
    return box;
}

void RequestsPanel::createShortcuts()
{
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this, slot);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { send(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { send(); });
    add(QKeySequence(Qt::Key_Escape), [this] { onEscape(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { onFindShortcut(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { currentTab()->editor()->focusUrl(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyAsCurl(false); });
    add(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { newTab(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { closeCurrentTab(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Tab), [this] { showNextTab(); });
    // Shift+Tab arrives as Backtab (with Shift still held); both spellings, as QTabWidget does.
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), [this] { showPreviousTab(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), [this] { showPreviousTab(); });
}

// Ctrl+F inside a response finds in it; anywhere else in the panel it searches the endpoints.
void RequestsPanel::onFindShortcut()
{
    ResponseView* response = currentTab()->response();
    if (response->isAncestorOf(QApplication::focusWidget()))
        response->body()->openFind();
    else
        m_browser->focusSearch();
}

void RequestsPanel::onEscape()
{
    if (!currentTab()->response()->body()->closeFindIfFocused())
        cancel();
}

RequestTab* RequestsPanel::addTab()
{
    auto* tab = new RequestTab;
    tab->setRequestService(m_client);
    tab->editor()->setCatalog(m_catalog);
    connect(tab, &RequestTab::responseShown, this, &RequestsPanel::responseShown);
    connect(tab, &RequestTab::statusMessage, this, &RequestsPanel::statusMessage);
    connect(
        tab->response(), &ResponseView::registrationRequested, this, &RequestsPanel::registrationRequested);
    connect(tab, &RequestTab::titleChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &RequestTab::busyChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab->editor(), &RequestEditor::endpointShown, this, [this, tab](const QString& id) {
        if (tab == currentTab())
            m_browser->highlight(id);
    });
    m_tabs->addTab(tab, tab->title());
    updateTabTitle(tab);
    return tab;
}

RequestTab* RequestsPanel::newTab()
{
    RequestTab* tab = addTab();
    m_tabs->setCurrentWidget(tab);
    tab->editor()->focusUrl();
    m_saveTimer->start();
    return tab;
}

void RequestsPanel::closeTab(int index)
{
    auto* tab = qobject_cast<RequestTab*>(m_tabs->widget(index));
    if (!tab)
        return;
    if (m_tabs->count() == 1)
        addTab();
    m_tabs->removeTab(m_tabs->indexOf(tab));
    delete tab; // cancels its request, if one is out
    m_saveTimer->start();
}

void RequestsPanel::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void RequestsPanel::showNextTab()
{
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
}

void RequestsPanel::showPreviousTab()
{
    m_tabs->setCurrentIndex((m_tabs->currentIndex() - 1 + m_tabs->count()) % m_tabs->count());
}

void RequestsPanel::onTabShown()
{
    if (RequestTab* tab = currentTab())
        m_browser->highlight(tab->editor()->endpointId());
    m_saveTimer->start();
}

void RequestsPanel::updateTabTitle(RequestTab* tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->title();
    tab->setAccessibleName(tr("Request tab: %1").arg(title));
    m_tabs->setTabText(index, tab->isBusy() ? tr("%1 (sending)").arg(title) : title);
    m_tabs->setTabToolTip(index, tab->editor()->composedRequest().url.toString());
    m_saveTimer->start();
}

void RequestsPanel::restoreTabs()
{
    const RequestTabStore::State state = RequestTabStore::load();
    for (const ApiRequest& request : state.requests)
        addTab()->loadRequest(request);
    if (m_tabs->count() == 0)
        addTab();
    m_tabs->setCurrentIndex(state.current);
    onTabShown();
    m_saveTimer->stop(); // nothing changed yet
}

void RequestsPanel::saveTabs() const
{
    RequestTabStore::State state;
    for (int i = 0; i < m_tabs->count(); ++i)
        state.requests.append(tab(i)->editor()->composedRequest());
    state.current = m_tabs->currentIndex();
    RequestTabStore::save(state);
}

int RequestsPanel::tabCount() const
{
    return m_tabs->count();
}

int RequestsPanel::currentTabIndex() const
{
    return m_tabs->currentIndex();
}

RequestTab* RequestsPanel::tab(int index) const
{
    return qobject_cast<RequestTab*>(m_tabs->widget(index));
}

RequestTab* RequestsPanel::currentTab() const
{
    return qobject_cast<RequestTab*>(m_tabs->currentWidget());
}

void RequestsPanel::setCatalog(ProfileCatalog* catalog)
{
    m_catalog = catalog;
    m_browser->setCatalog(catalog);
    for (int i = 0; i < m_tabs->count(); ++i)
        tab(i)->editor()->setCatalog(catalog);
}

void RequestsPanel::setRequestService(RequestService* requests)
{
    if (m_client == requests)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = requests;
    for (int i = 0; i < m_tabs->count(); ++i)
        tab(i)->setRequestService(requests);
    if (requests) {
        connect(requests, &RequestService::profileChanged, this, [this] {
            for (int i = 0; i < m_tabs->count(); ++i)
                tab(i)->profileChanged();
        });
        // The wait counts down with the limiter's usage ticks, not only when the queue changes.
        connect(requests, &RequestService::rateUsageChanged, this, &RequestsPanel::updateQueue);
        updateQueue(requests->rateUsage());
    }
}

bool RequestsPanel::selectEndpoint(const QString& endpointId)
{
    return currentTab()->editor()->selectEndpoint(endpointId);
}

QString RequestsPanel::currentEndpointId() const
{
    return currentTab()->editor()->endpointId();
}

bool RequestsPanel::setParameter(const QString& name, const QString& value)
{
    return currentTab()->editor()->setParameter(name, value);
}

void RequestsPanel::loadRequest(const ApiRequest& request)
{
    currentTab()->loadRequest(request);
}

RequestTab* RequestsPanel::openInNewTab(const ApiRequest& request)
{
    RequestTab* tab = addTab();
    tab->loadRequest(request);
    m_tabs->setCurrentWidget(tab);
    tab->editor()->focusUrl();
    m_saveTimer->start();
    return tab;
}

ApiRequest RequestsPanel::composedRequest() const
{
    return currentTab()->editor()->composedRequest();
}

bool RequestsPanel::isBusy() const
{
    return currentTab()->isBusy();
}

const ApiResponse& RequestsPanel::lastResponse() const
{
    return currentTab()->lastResponse();
}

JsonView* RequestsPanel::responseView() const
{
    return currentTab()->response()->body();
}

void RequestsPanel::send()
{
    currentTab()->send();
}

void RequestsPanel::cancel()
{
    currentTab()->cancel();
}

void RequestsPanel::copyAsCurl(bool withSecrets)
{
    currentTab()->copyAsCurl(withSecrets);
}

void RequestsPanel::updateQueue(const RateUsage& usage)
{
    m_queueLabel->setVisible(usage.queued > 0);
    if (usage.queued > 0) {
        m_queueLabel->setText(
            tr("%n request(s) held by the rate limit; the next slot frees in %1 s (Esc cancels)", nullptr,
                usage.queued)
                .arg(usage.secondsToReset));
    }
}
