#pragma once

#include "api/ApiResponse.h"
#include "session/RequestService.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class JsonView;
class KeyValueTable;
class LoftyErrorBanner;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
struct CatalogEndpoint;

// Composes and sends API requests: an endpoint picker over the built-in catalog (searchable,
// grouped), method and URL, a parameter form generated from the catalog, headers, a JSON body
// pre-filled with the catalog's sample; shows the response (status, time, size, headers, body as
// JsonView), the decoded Lofty error, and the rate-limit queue while it holds a request. Sending
// is the session's RequestService's job; this panel only composes and renders.
class RequestsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPanel(QWidget* parent = nullptr);

    // Not owned. Requests go to its current account; a profile change cancels the one running.
    void setRequestService(RequestService* requests);

    bool selectEndpoint(const QString& endpointId);
    QString currentEndpointId() const { return m_endpointId; }
    bool setParameter(const QString& name, const QString& value);
    // Fills the composer from a request (History's "open in Requests"): method, URL, headers
    // (without Authorization) and body.
    void loadRequest(const ApiRequest& request);
    ApiRequest composedRequest() const;

    bool isBusy() const { return !m_pending.isNull(); }
    const ApiResponse& lastResponse() const { return m_lastResponse; }
    JsonView* responseView() const { return m_responseBody; }

public slots:
    void send();
    void cancel();
    void copyAsCurl(bool withSecrets = false);

signals:
    void responseShown(const ApiResponse& response);
    void registrationRequested(); // the user wants to grant the missing API
    void statusMessage(const QString& message); // a short note for the status bar ("Copied …")

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createPicker();
    QWidget* createComposer();
    QWidget* createResponseArea();
    void createShortcuts();
    void fillPicker();
    void filterPicker(const QString& text);
    void onPickerItemActivated(QTreeWidgetItem* item);
    void showEndpoint(const CatalogEndpoint& endpoint);
    void buildParameterForm(const CatalogEndpoint& endpoint);
    QWidget* parameterEditor(const struct CatalogParameter& parameter);
    static QString editorText(const QWidget* editor);
    void updateUrlFromForm();
    void onStageChanged(ApiReply::Stage stage);
    void onFinished(ApiReply* reply);
    void showResponse(const ApiResponse& response);
    void clearResponse(const QString& status);
    void updateQueue(const RateUsage& usage);
    void setBusy(bool busy, const QString& text = QString());

    QPointer<RequestService> m_client;
    QPointer<ApiReply> m_pending;
    QString m_sendingText; // "Sending GET https://…", shown while the request is out
    ApiResponse m_lastResponse;
    QString m_endpointId;
    QMap<QString, QWidget*> m_pathEditors;
    QMap<QString, QWidget*> m_queryEditors;

    QLineEdit* m_search = nullptr;
    QTreeWidget* m_picker = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_url = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QSpinBox* m_timeout = nullptr;
    QToolButton* m_curlButton = nullptr;
    QLabel* m_endpointSummary = nullptr;
    QWidget* m_parameterPage = nullptr;
    QFormLayout* m_parameterForm = nullptr;
    KeyValueTable* m_headers = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_queueLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    LoftyErrorBanner* m_errorBanner = nullptr;
    JsonView* m_responseBody = nullptr;
    QTreeWidget* m_responseHeaders = nullptr;
};
