#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// Find in a read-only text view: every match highlighted, the current one selected, "3 of 12"
// beside the field; Return / Shift+Return (or the buttons) go to the next / previous match and
// wrap around. Case-insensitive, plain text.
class TextFindBar : public QWidget
{
    Q_OBJECT

public:
    // More matches than this are counted but not all highlighted (each is an extra selection).
    static constexpr int MaxHighlights = 2000;

    explicit TextFindBar(QWidget* parent = nullptr);

    void setEditor(QPlainTextEdit* editor); // not owned; may change while the bar is open
    void open(); // shows the bar and puts the keyboard in its field
    void close(); // hides the bar and its highlights
    int matchCount() const { return m_positions.size(); }
    int currentMatch() const { return m_current; } // 0-based; -1 when there is none

public slots:
    void findNext();
    void findPrevious();
    void refresh(); // the text or the editor changed: search again

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void showMatch(int index);
    void updateCount();

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit* m_field = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_close = nullptr;
    QLabel* m_count = nullptr;
    QList<int> m_positions;
    int m_current = -1;
};
