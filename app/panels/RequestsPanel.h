#pragma once

#include "api/ApiResponse.h"
#include "session/RequestService.h"

#include <QPointer>
#include <QWidget>

class EndpointBrowser;
class ProfileCatalog;
class JsonView;
class QLabel;
class QTabWidget;
class QTimer;
class RequestTab;

// Composes and sends API requests in tabs: an endpoint browser over the profile's catalog on the
// left, and on the right one RequestTab per open request (its composer, its response, its own
// in-flight reply). Ctrl+T opens a tab, Ctrl+W closes one, Ctrl+Tab / Ctrl+Shift+Tab cycle; the
// tabs (without secrets) come back after a restart. The functions below that name no tab act on
// the tab shown. Sending is the session's RequestService's job; this panel only composes and renders.
class RequestsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPanel(QWidget* parent = nullptr);
    ~RequestsPanel() override;

    // Not owned. Requests go to its current account; a profile change cancels the ones running.
    void setRequestService(RequestService* requests);
    // Not owned. The browser, forms and samples of every tab follow it.
    void setCatalog(ProfileCatalog* catalog);

    bool selectEndpoint(const QString& endpointId);
    QString currentEndpointId() const;
    bool setParameter(const QString& name, const QString& value);
    // Fills the shown tab from a request: method, URL, parameter form, headers (without
    // Authorization) and body. It replaces what the user composed there.
    void loadRequest(const ApiRequest& request);
    // "Open in Requests" (History and other panels): the request in a new tab, shown, with the
    // keyboard focus in its URL field; the tabs already open keep what the user composed.
    RequestTab* openInNewTab(const ApiRequest& request);
    ApiRequest composedRequest() const;

    bool isBusy() const;
    const ApiResponse& lastResponse() const;
    JsonView* responseView() const;

    int tabCount() const;
    int currentTabIndex() const;
    RequestTab* tab(int index) const;
    RequestTab* currentTab() const;
    void saveTabs() const; // also done shortly after every change and when the panel goes

public slots:
    void send();
    void cancel();
    void copyAsCurl(bool withSecrets = false);
    RequestTab* newTab();
    void closeTab(int index); // the last tab is replaced by an empty one
    void closeCurrentTab();
    void showNextTab();
    void showPreviousTab();

signals:
    void responseShown(const ApiResponse& response); // in whichever tab sent the request
    void registrationRequested(); // the user wants to grant the missing API
    void statusMessage(const QString& message); // a short note for the status bar ("Copied …")

private:
    QWidget* createTabs();
    void createShortcuts();
    RequestTab* addTab();
    void restoreTabs();
    void onTabShown();
    void updateTabTitle(RequestTab* tab);
    void onFindShortcut();
    void onEscape();
    void updateQueue(const RateUsage& usage);

    QPointer<RequestService> m_client;
    QPointer<ProfileCatalog> m_catalog;
    EndpointBrowser* m_browser = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_queueLabel = nullptr;
    QTimer* m_saveTimer = nullptr;
};
