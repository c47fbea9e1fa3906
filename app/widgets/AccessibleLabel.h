#pragma once

#include <QAccessibleWidget>

// How a QLabel reads to a screen reader. Qt's own interface answers Name with the accessible name
// when one is set, and the label's text is then lost ("Verdict" instead of "Verdict: Authorized");
// this one passes the text on as the description in that case (unless a description is set) and
// otherwise behaves as Qt's: Name is the text without its mnemonic, a buddy is "labelled" by it.
class AccessibleLabel : public QAccessibleWidget
{
public:
    explicit AccessibleLabel(QWidget* label);

    QString text(QAccessible::Text t) const override;
    QList<QPair<QAccessibleInterface*, QAccessible::Relation>> relations(
        QAccessible::Relation match = QAccessible::AllRelations) const override;

    // Installs the factory once per process; MainWindow calls it before any panel exists.
    static void install();

private:
    QString plainText() const;
};
