#pragma once

#include "collections/CollectionRequest.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// "Import curl…": the user pastes a curl command (as Lofty's documentation prints them) and names
// the request; OK parses it (CurlImport) and stays open with the parser's message when the
// command cannot be used.
class CurlImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurlImportDialog(const QUrl& apiBaseUrl, QWidget* parent = nullptr);

    const CollectionRequest& request() const { return m_request; }
    bool credentialsReplaced() const { return m_credentialsReplaced; }

    void accept() override;

private:
    QUrl m_apiBaseUrl;
    QPlainTextEdit* m_command = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_error = nullptr;
    CollectionRequest m_request;
    bool m_credentialsReplaced = false;
};
