#pragma once

#include <QWidget>

// Placeholder: says what the panel will hold until the panels work fills it in.
class RegistrationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationPanel(QWidget* parent = nullptr);
};
