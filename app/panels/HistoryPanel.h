#pragma once

#include <QWidget>

// Placeholder: says what the panel will hold until the panels work fills it in.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);
};
