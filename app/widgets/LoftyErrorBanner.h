#pragma once

#include "api/LoftyError.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A decoded Lofty error in words: an icon, the title, the cause and what to do. For a missing
// API (403 200100) it also offers to open the registration. Hidden when there is no error.
class LoftyErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit LoftyErrorBanner(QWidget* parent = nullptr);

    void setError(const LoftyError& error);
    void clear();

    QString title() const;
    QString cause() const;
    QString remedy() const;

signals:
    void registrationRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight();

    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_cause = nullptr;
    QLabel* m_remedy = nullptr;
    QPushButton* m_openRegistration = nullptr;
};
