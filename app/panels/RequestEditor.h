#pragma once

#include "api/ApiRequest.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class ProfileCatalog;
class RequestService;
class KeyValueTable;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
struct CatalogEndpoint;
struct CatalogParameter;

// The composer of one request tab: method and URL on a row of their own, the actions, a
// parameter form generated from the catalog, headers and a JSON body pre-filled with the
// catalog's sample. It composes; sending is the tab's job.
class RequestEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequestEditor(QWidget* parent = nullptr);

    // Not owned; builds URLs against the profile's base URL and its default headers. May be null.
    void setRequestService(RequestService* requests);
    // Not owned. The form, samples and request matching follow it (built-in while none is set);
    // an endpoint the new catalog lacks is forgotten, what the user typed is kept.
    void setCatalog(ProfileCatalog* catalog);
    void profileChanged(); // the service's base URL may be another: a URL from the form follows

    bool selectEndpoint(const QString& endpointId);
    QString endpointId() const { return m_endpointId; }
    bool setParameter(const QString& name, const QString& value);
    // Method, URL, headers (without Authorization) and body of `request`.
    void loadRequest(const ApiRequest& request);
    ApiRequest composedRequest() const;
    // "GET /v1.0/leads", or empty before anything was composed.
    QString summaryTitle() const;

    void setBusy(bool busy);
    void focusUrl();

signals:
    void sendRequested();
    void cancelRequested();
    void copyAsCurlRequested(bool withSecrets);
    void endpointShown(const QString& endpointId); // empty for a typed URL
    void edited(); // method, URL, headers or body changed

private:
    QLayout* createRequestLine();
    QLayout* createActions();
    QWidget* createParts();
    void onCatalogChanged();
    void showEndpoint(const CatalogEndpoint& endpoint);
    void buildParameterForm(const CatalogEndpoint& endpoint);
    QWidget* parameterEditor(const CatalogParameter& parameter);
    static QString editorText(const QWidget* editor);
    static void setEditorText(QWidget* editor, const QString& text);
    void fillFormFrom(const CatalogEndpoint& endpoint, const QUrl& url);
    void updateUrlFromForm();

    QPointer<RequestService> m_client;
    QPointer<ProfileCatalog> m_catalog;
    QString m_endpointId;
    bool m_urlFollowsForm = true; // the URL is rebuilt from the form (and the client's base URL)
    QMap<QString, QWidget*> m_pathEditors;
    QMap<QString, QWidget*> m_queryEditors;

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
};
