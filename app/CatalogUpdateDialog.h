#pragma once

#include "catalog/CatalogUpdate.h"

#include <QDialog>
#include <QPointer>

class ProfileCatalog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QNetworkReply;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// File > "Update API catalog...": reads an OpenAPI 3.0/3.1 document from a file or an http(s) URL
// (downloaded with a timeout, progress and Cancel), parses it on a worker thread (a document of
// several MB takes long enough to freeze the window; Cancel works meanwhile), shows what it adds,
// removes and changes against the profile's catalog, and keeps it for the profile on Apply;
// "Reset to built-in" forgets it. A document that cannot be used is named with the reason and
// changes nothing.
class CatalogUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutSeconds = 60;

    // `catalog` is not owned.
    explicit CatalogUpdateDialog(ProfileCatalog* catalog, QWidget* parent = nullptr);
    ~CatalogUpdateDialog() override;

    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    bool isDownloading() const { return !m_reply.isNull(); }
    bool isParsing() const { return m_parsing; }
    bool isBusy() const { return isDownloading() || isParsing(); }

public slots:
    void read(); // the file or URL in the source field
    void cancel(); // the download or the parse; nothing changes
    void apply();
    void resetToBuiltIn();

private:
    void createWidgets();
    void browse();
    void readFile(const QString& path);
    void download(const QUrl& url);
    void onDownloadFinished();
    void examine(const QByteArray& document);
    void onParsed(const CatalogUpdate& update, const QString& error);
    void showDiff(const CatalogDiff& diff);
    void showProblem(const QString& message);
    void setBusy(bool busy);
    void updateButtons();

    QPointer<ProfileCatalog> m_catalog;
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    enum class Abort { None, Cancelled, TooLarge };
    Abort m_abort = Abort::None;
    int m_timeoutSeconds = DefaultTimeoutSeconds;
    CatalogUpdate m_update;
    QString m_updateProfileId; // the profile whose catalog m_update was compared with
    bool m_parsing = false;
    // Each parse gets the next number; a result whose number is no longer current (cancelled,
    // dialog reused) is dropped, so a stale catalog never lands.
    quint64 m_parseGeneration = 0;

    QLabel* m_current = nullptr;
    QLineEdit* m_source = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPushButton* m_readButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_diff = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
