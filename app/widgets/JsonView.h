#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <memory>
#include <utility>

class JsonDocumentData;
class JsonLoader;
class JsonNode;
class JsonTreeModel;
class JsonHighlighter;
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTabWidget;
class QTreeView;
class TextFindBar;

// A JSON body three ways: a tree (JsonTreeModel, exact numbers), pretty text (JsonWriter::reformat,
// numbers verbatim) and the raw bytes. Parsing and re-indenting run off the GUI thread, with a
// busy indicator, so a 50 MB body never freezes the window. The text tabs are filled only when
// first shown and hold at most MaxTextBytes (laying out a multi-megabyte line in a QPlainTextEdit
// blocks the GUI for seconds); a note offers Save… and Copy all for the whole text. A body that is
// not JSON shows as raw text with the parse error in the tree tab.
//
// Tools: a JSONPath filter over the tree ($.a.b[0], $..id, [*]), find in the text views
// (openFind(), "3 of 12"), and on the tree Copy value / Copy key / Copy JSONPath (context menu).
// The raw view wraps; both text views are highlighted up to MaxHighlightBytes.
class JsonView : public QWidget
{
    Q_OBJECT

public:
    // Texts longer than this are cut in the text views (the tree shows everything).
    static constexpr int MaxTextBytes = 1024 * 1024;
    // Larger texts are shown without colours (highlighting is per line, on the GUI thread).
    static constexpr int MaxHighlightBytes = 256 * 1024;
    // A filter shows at most this many matches.
    static constexpr int MaxFilterMatches = 5000;

    explicit JsonView(QWidget* parent = nullptr);
    ~JsonView() override;

    void setJson(const QByteArray& raw);
    void clear();

    bool isLoading() const { return m_pendingParts > 0; }
    QByteArray rawJson() const { return m_raw; }
    QString parseError() const { return m_parseError; }
    JsonTreeModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    QString prettyText() const; // the whole indented text, whether or not its tab was shown
    // What the text tabs hold now (empty until the tab is first shown; at most MaxTextBytes).
    QString shownPrettyText() const;
    QString shownRawText() const;

    // Filters the tree to the values `expression` selects; an empty expression shows everything.
    // False (with filterError() set and shown) when it is not a JSONPath. The matches are looked
    // for on a worker thread (`$..` over a large body takes a while): isFiltering() until
    // filtered() is emitted.
    bool setFilter(const QString& expression);
    bool isFiltering() const { return m_filtering; }
    QString filterError() const { return m_filterError; }
    int filterMatchCount() const { return m_filterPaths.size(); }
    // The JSONPath of a tree row, also while filtered (then the path in the whole body).
    QString pathAt(const QModelIndex& index) const;
    void openFind(); // Ctrl+F inside the response: find in the text tab shown (Pretty from the tree)
    bool closeFindIfFocused(); // Esc in the find bar; false when the bar did not have the focus
    TextFindBar* findBar() const { return m_findBar; }

signals:
    void loaded(); // tree and pretty text are ready (or the parse failed)
    void copied(const QString& what); // "Copied the JSONPath $.leads[0].id"
    void filtered(); // the matches of the current filter are shown

private:
    void startPrettyText(const QByteArray& raw);
    void onDocument(std::shared_ptr<const JsonDocumentData> document);
    void onParseFailed(const QString& error);
    void onPrettyText(quint64 generation, const QByteArray& text);
    void partDone();
    void onTabShown(int index);
    QWidget* createTreePage();
    void createTreeActions();
    void copyFromTree(int what);
    void applyFilter();
    void showFilterMatches(
        const QString& expression, const QList<std::pair<QString, JsonNode>>& matches, bool truncated);

    struct TextTab
    {
        QWidget* page = nullptr;
        QPlainTextEdit* edit = nullptr;
        QWidget* noteBar = nullptr;
        QLabel* note = nullptr;
        const QByteArray* text = nullptr; // m_raw or m_prettyBytes
        bool filled = false;
        JsonHighlighter* highlighter = nullptr;
    };
    void makeTextTab(TextTab& tab, const QString& name, const QString& accessibleName);
    bool textReady(const TextTab& tab) const;
    void fillTextTab(TextTab& tab);
    void resetTextTab(TextTab& tab);
    void saveText(const TextTab& tab);
    void copyText(const TextTab& tab);

    QByteArray m_raw;
    QString m_parseError;
    quint64 m_generation = 0;
    int m_pendingParts = 0;
    JsonLoader* m_loader = nullptr;
    JsonTreeModel* m_model = nullptr;
    JsonTreeModel* m_filterModel = nullptr;
    QStringList m_filterPaths; // the whole-body path of each filtered top-level row
    QStringList m_filterKeys; // and its key there ("[3]" for an array element)
    QString m_filterError;
    bool m_filtering = false;
    // Each filter run and each new body takes the next number; a worker's matches whose number
    // is no longer current are dropped, so a stale filter never lands over a newer one.
    quint64 m_filterGeneration = 0;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_filterStatus = nullptr;
    TextFindBar* m_findBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_tree = nullptr;
    QByteArray m_prettyBytes;
    bool m_prettyReady = false;
    TextTab m_prettyTab;
    TextTab m_rawTab;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
};
