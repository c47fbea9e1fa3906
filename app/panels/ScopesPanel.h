#pragma once

#include "session/ScopeProbe.h"
#include "widgets/StandardIconCache.h"

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class EndpointCatalog;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// What the app may call, API by API (ScopeProbe): granted in the registration, seen in history,
// probed; each verdict in words and colour. Filter, run the probe with progress and cancel, and
// read what is missing and what adding it costs.
class ScopesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        ApiColumn,
        GroupColumn,
        GrantedColumn,
        SeenColumn,
        ProbedColumn,
        VerdictColumn,
        ColumnCount
    };
    enum class Filter { All, Problems, Granted, NotGranted };

    explicit ScopesPanel(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    ScopeProbe* probe() const { return m_probe; }
    QTableWidget* table() const { return m_table; }
    void setFilter(Filter filter);
    QString summary() const;
    int visibleRowCount() const;
    QString verdictOf(const QString& api) const;

public slots:
    void refresh();
    void runProbe();
    void cancelProbe();

private:
    void createWidgets();
    void createProbe(const EndpointCatalog& catalog);
    void onCatalogChanged();
    void fillTable();
    void applyFilter();
    void updateSummary();
    void onProgress(int done, int total);
    void onFinished(bool cancelled);
    static QString probeText(const ScopeProbe::ApiStatus& status);
    QString verdictText(const ScopeProbe::ApiStatus& status, bool* problem) const;

    QPointer<ConsoleSession> m_session;
    ScopeProbe* m_probe = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    StandardIconCache m_icons {this};
};
