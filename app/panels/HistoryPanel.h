#pragma once

#include "api/ApiRequest.h"
#include "session/SessionHistory.h"

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class HistoryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

// Every exchange of the profile (secrets masked), newest first, filterable by endpoint, status,
// account and text; the selected exchange in full; "Open in Requests" to send it again.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    void setHistory(SessionHistory* history); // not owned
    HistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool isBusy() const;

public slots:
    void openSelectedInRequests();

signals:
    void openInRequests(const ApiRequest& request);

private:
    void createWidgets();
    void fillFilterChoices();
    void applyFilters();
    void showSelected();
    void showBusy(bool busy);

    QPointer<ConsoleSession> m_session;
    QPointer<SessionHistory> m_history;
    HistoryModel* m_model = nullptr;
    QComboBox* m_endpoint = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_account = nullptr;
    QLineEdit* m_text = nullptr;
    QTimer* m_textDelay = nullptr;
    QTableView* m_view = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_busy = nullptr;
};
