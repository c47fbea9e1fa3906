#pragma once

#include <QWidget>

// Placeholder: says what the panel will hold until the panels work fills it in.
class ScopesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScopesPanel(QWidget* parent = nullptr);
};
