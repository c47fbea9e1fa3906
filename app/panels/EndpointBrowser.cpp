#include "panels/EndpointBrowser.h"

#include "catalog/EndpointCatalog.h"
#include "catalog/ProfileCatalog.h"

#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
constexpr int EndpointIdRole = Qt::UserRole + 1;
}

EndpointBrowser::EndpointBrowser(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("endpointBrowser"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("endpointSearch"));
    m_search->setPlaceholderText(tr("Search endpoints (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search endpoints"));
    m_search->setAccessibleDescription(tr("Filters the catalog by path, method, summary, group or API"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("endpointPicker"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Endpoints"));
    m_tree->setAccessibleDescription(tr("The catalog grouped as in Lofty's documentation; Enter picks one"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    connect(m_search, &QLineEdit::textChanged, this, &EndpointBrowser::filter);
    m_search->installEventFilter(this);
    // Loading follows the current item, not only activation (arrow keys move the current item).
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &EndpointBrowser::onItem);
    connect(m_tree, &QTreeWidget::itemActivated, this, &EndpointBrowser::onItem);
    fill();
}

void EndpointBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EndpointBrowser::setCatalog(ProfileCatalog* catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &ProfileCatalog::catalogChanged, this, &EndpointBrowser::refill);
    refill();
}

void EndpointBrowser::refill()
{
    m_tree->clear();
    fill();
    filter(m_search->text());
}

void EndpointBrowser::fill()
{
    const EndpointCatalog& catalog = ProfileCatalog::of(m_catalog);
    QHash<QString, QTreeWidgetItem*> groups;
    for (const QString& group : catalog.groups()) {
        auto* item = new QTreeWidgetItem(m_tree, {group});
        item->setFlags(Qt::ItemIsEnabled);
        groups.insert(group, item);
    }
    for (const CatalogEndpoint& endpoint : catalog.endpoints()) {
        QTreeWidgetItem* group = groups.value(endpoint.group);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {endpoint.group});
            groups.insert(endpoint.group, group);
        }
        auto* item = new QTreeWidgetItem(group, {endpoint.method + QLatin1Char(' ') + endpoint.pathTemplate});
        item->setData(0, EndpointIdRole, endpoint.id);
        item->setToolTip(0, endpoint.summary + QLatin1Char('\n') + tr("API: %1").arg(endpoint.api));
        item->setData(0, Qt::AccessibleDescriptionRole, endpoint.summary);
    }
    for (int g = m_tree->topLevelItemCount() - 1; g >= 0; --g) {
        if (m_tree->topLevelItem(g)->childCount() == 0) // an API group with no operation of its own
            delete m_tree->takeTopLevelItem(g);
    }
}

void EndpointBrowser::filter(const QString& text)
{
    const EndpointCatalog& catalog = ProfileCatalog::of(m_catalog);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const CatalogEndpoint* endpoint = catalog.find(item->data(0, EndpointIdRole).toString());
            const QString haystack = item->text(0) + QLatin1Char(' ') + group->text(0)
                + (endpoint ? QLatin1Char(' ') + endpoint->summary + QLatin1Char(' ') + endpoint->api
                            + QLatin1Char(' ') + endpoint->id
                            : QString());
            const bool match = text.isEmpty() || haystack.contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
        group->setExpanded(!text.isEmpty() && visible > 0);
    }
}

// Down in the search field moves into the results, onto the first endpoint still shown.
bool EndpointBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
            if (!(*it)->data(0, EndpointIdRole).toString().isEmpty()) {
                m_tree->setCurrentItem(*it);
                break;
            }
        }
        m_tree->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EndpointBrowser::onItem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString id = item->data(0, EndpointIdRole).toString();
    if (!id.isEmpty())
        emit endpointChosen(id);
}

void EndpointBrowser::highlight(const QString& endpointId)
{
    const QSignalBlocker blocker(m_tree);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, EndpointIdRole).toString() == endpointId) {
                group->setExpanded(true);
                m_tree->setCurrentItem(group->child(i));
                return;
            }
        }
    }
    m_tree->setCurrentItem(nullptr);
}
