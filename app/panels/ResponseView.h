#pragma once

#include "api/ApiReply.h"
#include "api/ApiResponse.h"

#include <QWidget>

class JsonView;
class LoftyErrorBanner;
class QLabel;
class QProgressBar;
class QTreeWidget;

// The answer of one request tab: progress while it is out, the status line (status, time, body
// and header sizes), the timing line (queued, token, connect, first byte, total), the decoded
// Lofty error, the body (JsonView with its find, filter and copy tools) and the headers (with
// Copy name / Copy value).
class ResponseView : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseView(QWidget* parent = nullptr);

    void showResponse(const ApiResponse& response, const ApiReply::Timing& timing);
    void clear(const QString& status); // what is shown always belongs to the composed request
    void setBusy(bool busy, const QString& text = QString());
    void setStatus(const QString& text);

    JsonView* body() const { return m_body; }
    QString timingText() const;

signals:
    void registrationRequested();
    void copied(const QString& what);

private:
    QWidget* createHeaderTable();
    void copyHeader(int column);
    static QString timingLine(const ApiReply::Timing& timing);

    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_timing = nullptr;
    LoftyErrorBanner* m_errorBanner = nullptr;
    JsonView* m_body = nullptr;
    QTreeWidget* m_headers = nullptr;
};
