#pragma once

#include <QWidget>

// Placeholder: says what the panel will hold until the panels work fills it in.
class RequestsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPanel(QWidget* parent = nullptr);
};
