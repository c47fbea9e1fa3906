#pragma once

#include <QPointer>
#include <QWidget>

class ProfileCatalog;

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// The endpoint catalog as a searchable tree grouped as in Lofty's documentation. Whatever the
// tree highlights (mouse or arrow keys) is reported at once, so that what is highlighted, shown
// and sent is always the same request.
class EndpointBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointBrowser(QWidget* parent = nullptr);

    // Highlights the endpoint without reporting it (the composer already shows it).
    void highlight(const QString& endpointId);
    void focusSearch();
    // Not owned. The tree follows it (the built-in catalog while none is set).
    void setCatalog(ProfileCatalog* catalog);

signals:
    void endpointChosen(const QString& endpointId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();
    void fill();
    void filter(const QString& text);
    void onItem(QTreeWidgetItem* item);

    QPointer<ProfileCatalog> m_catalog;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_tree = nullptr;
};
