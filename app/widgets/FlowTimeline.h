#pragma once

#include "oauth/FlowStep.h"

#include <QWidget>

class QTreeWidget;

// The steps of one authorization attempt as they arrive: time, title and the (already masked)
// detail. A failed step carries an error icon and the word "Failed" as well as its colour, so
// nothing depends on seeing colour.
class FlowTimeline : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StepColumn, DetailColumn };

    explicit FlowTimeline(QWidget* parent = nullptr);

    void addStep(const FlowStep& step);
    void clear();

    int stepCount() const;
    QString stepText(int row, Column column) const;
    bool stepIsFailure(int row) const;
    QTreeWidget* view() const { return m_view; }

private:
    QTreeWidget* m_view = nullptr;
};
