#pragma once

#include <QWidget>

// Placeholder: says what the panel will hold until the panels work fills it in.
class AuthorizePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuthorizePanel(QWidget* parent = nullptr);
};
