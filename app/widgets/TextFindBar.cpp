#include "widgets/TextFindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

TextFindBar::TextFindBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findEdit"));
    m_field->setPlaceholderText(tr("Find in the response"));
    m_field->setAccessibleName(tr("Find in the response"));
    m_field->setAccessibleDescription(tr("Return finds the next match, Shift+Return the previous one"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("findPreviousButton"));
    m_previous->setText(tr("Previous"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("findNextButton"));
    m_next->setText(tr("Next"));
    m_next->setAccessibleName(tr("Next match"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("findCloseButton"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the find bar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, &TextFindBar::refresh);
    connect(m_previous, &QToolButton::clicked, this, &TextFindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &TextFindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &TextFindBar::close);
    hide();
}

void TextFindBar::setEditor(QPlainTextEdit* editor)
{
    if (m_editor == editor)
        return;
    if (m_editor)
        m_editor->setExtraSelections({});
    m_editor = editor;
    refresh();
}

void TextFindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    refresh();
}

void TextFindBar::close()
{
    if (m_editor) {
        m_editor->setExtraSelections({});
        m_editor->setFocus(Qt::OtherFocusReason);
    }
    hide();
}

void TextFindBar::refresh()
{
    search();
    showMatch(m_positions.isEmpty() ? -1 : 0);
}

void TextFindBar::search()
{
    m_positions.clear();
    const QString needle = m_field->text();
    if (!m_editor || needle.isEmpty() || isHidden())
        return;
    const QString text = m_editor->toPlainText();
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        m_positions.append(int(at));
}

void TextFindBar::findNext()
{
    if (!m_positions.isEmpty())
        showMatch((m_current + 1) % m_positions.size());
}

void TextFindBar::findPrevious()
{
    if (!m_positions.isEmpty())
        showMatch((m_current - 1 + m_positions.size()) % m_positions.size());
}

void TextFindBar::showMatch(int index)
{
    m_current = index;
    updateCount();
    if (!m_editor)
        return;
    const int length = m_field->text().size();
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat all;
    all.setBackground(palette().color(QPalette::Inactive, QPalette::Highlight));
    all.setForeground(palette().color(QPalette::Inactive, QPalette::HighlightedText));
    for (int i = 0; i < m_positions.size() && i < MaxHighlights; ++i) {
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(m_positions.at(i));
        cursor.setPosition(m_positions.at(i) + length, QTextCursor::KeepAnchor);
        selections.append({cursor, all});
    }
    m_editor->setExtraSelections(selections);
    if (index < 0)
        return;
    QTextCursor current(m_editor->document());
    current.setPosition(m_positions.at(index));
    current.setPosition(m_positions.at(index) + length, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(current);
    m_editor->ensureCursorVisible();
}

void TextFindBar::updateCount()
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (m_positions.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_positions.size()));
}

bool TextFindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
