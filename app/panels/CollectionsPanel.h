#pragma once

#include "collections/ApiSender.h"
#include "collections/Collection.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class RequestService;
class CollectionRunner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
struct ApiRequest;
struct RequestRunResult;

// A collection folder on disk: its requests as a tree, "save the request being composed" into it,
// and runs of the whole collection or of the selected folder or request, with a results table
// (pass/fail, HTTP status, time, what failed). Running and the file format are lib/collections'
// job; this panel only picks, starts and renders.
class CollectionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CollectionsPanel(QWidget* parent = nullptr);
    ~CollectionsPanel() override;

    void setRequestService(RequestService* requests); // not owned; runs go through it
    void setSender(const ApiSender& sender) { m_sender = sender; } // tests: a bare ApiClient
    // Where "Save request" takes the request from (the Requests panel's composer).
    void setRequestSource(std::function<ApiRequest()> source) { m_requestSource = std::move(source); }

    bool openFolder(const QString& folder); // shows the problem and returns false when unusable
    const Collection& collection() const { return m_collection; }
    bool isRunning() const;

public slots:
    void reload();
    void run(); // the selected folder or request, else the whole collection
    void cancelRun();
    void saveCurrentRequest();

signals:
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

    ApiSender m_sender;
    std::function<ApiRequest()> m_requestSource;
    Collection m_collection;
    QPointer<CollectionRunner> m_runner;
    QLineEdit* m_folderEdit = nullptr;
    QComboBox* m_environmentCombo = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
};
