#pragma once

#include "collections/ApiSender.h"
#include "collections/CodeExport.h"
#include "collections/Collection.h"
#include "collections/VariableScope.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class RequestService;
class CollectionRunner;
class CollectionWatcher;
class SecretStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTableWidget;
class QTreeWidget;
struct ApiRequest;
struct RequestRunResult;

// A collection folder on disk: its requests as a tree (reloaded when another program changes the
// folder), "save the request being composed" into it (Save, Ctrl+S, and Save as), rename,
// duplicate, move, delete and reorder of saved requests, "Import curl…" and "Copy as" code, and runs of the
// whole collection or of the selected folder or request, with a results table (pass/fail, HTTP status, time,
// what failed). Running and the file format are lib/collections' job; this panel only picks, starts and
// renders.
class CollectionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CollectionsPanel(QWidget* parent = nullptr);
    ~CollectionsPanel() override;

    void setRequestService(RequestService* requests); // not owned; runs go through it
    void setSender(const ApiSender& sender) { m_sender = sender; } // tests: a bare ApiClient
    // Not owned. Where secret variables are kept, per profile; without it they cannot be set.
    void setSecretStore(SecretStore* store, std::function<QString()> profileId);
    // Where "Save request" takes the request from (the Requests panel's composer).
    void setRequestSource(std::function<ApiRequest()> source) { m_requestSource = std::move(source); }

    bool openFolder(const QString& folder); // shows the problem and returns false when unusable
    const Collection& collection() const { return m_collection; }
    bool isRunning() const;
    // The saved request the composer is editing (what Save overwrites), "" when none.
    QString currentRequestPath() const { return m_currentPath; }
    void setCurrentRequestPath(const QString& relativePath) { m_currentPath = relativePath; }
    bool selectPath(const QString& relativePath); // selects that tree item; false when absent
    // The selected saved request, variables resolved except secret ones, as code; "" when none.
    QString selectedRequestAs(CodeExport::Language language) const;

public slots:
    void reload();
    void run(); // the selected folder or request, else the whole collection
    void cancelRun();
    void saveCurrentRequest(); // Save as: asks for a name, into the selected folder
    void save(); // Ctrl+S: overwrites the current saved request, else Save as
    void renameSelected();
    void duplicateSelected();
    void moveSelected();
    void deleteSelected();
    void moveSelectedUp();
    void moveSelectedDown();
    void importCurl();
    void copySelectedAs(CodeExport::Language language);
    void editEnvironment(); // the selected one, or a new one
    // The selected saved request to the Requests panel ({{variables}} kept), and it becomes the
    // one Save writes back to.
    void openSelected();

signals:
    void openRequested(const ApiRequest& request);
    void runFinished(int passed, int failed);
    void statusMessage(const QString& message);

private:
    void chooseFolder();
    void fillTree();
    void fillEnvironments();
    QString selectedPath() const; // relative path of the selected tree item, "" for none
    void addResultRow(const RequestRunResult& result);
    void onRunFinished();
    void showProblem(const QString& text);
    QWidget* createEditButtons();
    QToolButton* addToolButton(QLayout* row, const char* objectName, const QString& text, const QString& tip);
    CollectionRequest fromComposed(const ApiRequest& composed) const;
    QString targetFolder() const; // the selected folder, or the folder of the selected request
    bool saveInto(const QString& relativePath, const CollectionRequest& request);
    void reorderSelected(int delta);
    void afterFileChange(const QString& selectRelativePath, const QString& message);
    VariableScope exportScope() const;
    void startRun(const QList<Collection::Item>& items, const VariableScope& scope);

    ApiSender m_sender;
    std::function<ApiRequest()> m_requestSource;
    Collection m_collection;
    QPointer<CollectionRunner> m_runner;
    CollectionWatcher* m_watcher = nullptr;
    QString m_currentPath;
    QPointer<SecretStore> m_secretStore;
    std::function<QString()> m_profileId;
    QLineEdit* m_folderEdit = nullptr;
    QComboBox* m_environmentCombo = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
};
