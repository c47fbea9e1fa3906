#pragma once

#include "api/ApiReply.h"
#include "api/ApiResponse.h"

#include <QPointer>
#include <QWidget>

class RequestService;
class RequestEditor;
class ResponseView;

// One request tab: its composer, its response and its own in-flight reply. An answer always
// lands in the tab that sent it, whichever tab is shown when it arrives.
class RequestTab : public QWidget
{
    Q_OBJECT

public:
    explicit RequestTab(QWidget* parent = nullptr);
    ~RequestTab() override;

    void setRequestService(RequestService* requests); // not owned; an in-flight request is cancelled
    void profileChanged(); // the service was bound to another profile: the request out is cancelled
    RequestEditor* editor() const { return m_editor; }
    ResponseView* response() const { return m_response; }
    bool isBusy() const { return !m_pending.isNull(); }
    const ApiResponse& lastResponse() const { return m_lastResponse; }
    QString title() const; // "GET /v1.0/leads", or "New request"

    void send();
    void cancel();
    void copyAsCurl(bool withSecrets);
    void loadRequest(const ApiRequest& request);

signals:
    void responseShown(const ApiResponse& response);
    void busyChanged(bool busy);
    void titleChanged();
    void statusMessage(const QString& message);

private:
    void onStageChanged(ApiReply::Stage stage);
    void onFinished(ApiReply* reply);
    void setBusy(bool busy, const QString& text = QString());

    QPointer<RequestService> m_client;
    QPointer<ApiReply> m_pending;
    QString m_sendingText; // "Sending GET https://…", shown while the request is out
    ApiResponse m_lastResponse;
    bool m_busy = false;
    RequestEditor* m_editor = nullptr;
    ResponseView* m_response = nullptr;
};
