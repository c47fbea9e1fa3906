#pragma once

#include <QDialog>

// Name, version, the Qt it was built with and runs on, and the licences of the project and of
// the libraries it ships with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The licence text shown, as HTML; for tests and for copying.
    QString licencesHtml() const;
    QString versionText() const;
};
