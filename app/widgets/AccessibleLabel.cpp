#include "widgets/AccessibleLabel.h"

#include <QLabel>
#include <QTextDocumentFragment>

namespace {

QAccessibleInterface* labelFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("QLabel") && object && object->isWidgetType())
        return new AccessibleLabel(static_cast<QWidget*>(object));
    return nullptr;
}

// "&Grant:" reads "Grant:"; "&&" is a literal ampersand.
QString withoutMnemonic(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

} // namespace

AccessibleLabel::AccessibleLabel(QWidget* label)
    : QAccessibleWidget(label, QAccessible::StaticText)
{ }

void AccessibleLabel::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(labelFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

QString AccessibleLabel::plainText() const
{
    const auto* label = static_cast<const QLabel*>(widget());
    const QString text = label->text();
    if (Qt::mightBeRichText(text) && label->textFormat() != Qt::PlainText)
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return withoutMnemonic(text);
}

QString AccessibleLabel::text(QAccessible::Text t) const
{
    const bool named = !widget()->accessibleName().isEmpty();
    if (t == QAccessible::Name && !named)
        return plainText();
    if (t == QAccessible::Description && named && widget()->accessibleDescription().isEmpty())
        return plainText();
    return QAccessibleWidget::text(t);
}

QList<QPair<QAccessibleInterface*, QAccessible::Relation>> AccessibleLabel::relations(
    QAccessible::Relation match) const
{
    auto result = QAccessibleWidget::relations(match);
    const auto* label = static_cast<const QLabel*>(widget());
    if ((match & QAccessible::Labelled) && label->buddy()) {
        if (QAccessibleInterface* buddy = QAccessible::queryAccessibleInterface(label->buddy()))
            result.append({buddy, QAccessible::Labelled});
    }
    return result;
}
