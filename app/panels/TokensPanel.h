#pragma once

#include <QWidget>

// Placeholder: says what the panel will hold until the panels work fills it in.
class TokensPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokensPanel(QWidget* parent = nullptr);
};
