#pragma once

#include <QFrame>

class QLabel;
class QMainWindow;

// A strip above the window's panels while the keychain cannot keep secrets (locked, no Secret
// Service, access refused): it says that secrets live in memory for this run only and what to
// do. It stays until a later keychain operation succeeds (clearProblem()).
class KeychainBanner : public QFrame
{
    Q_OBJECT

public:
    explicit KeychainBanner(QWidget* parent = nullptr);

    // Puts a banner above `window`'s central widget and returns it (owned by the window).
    static KeychainBanner* install(QMainWindow* window);

    void showProblem(const QString& message);
    void clearProblem();
    bool hasProblem() const { return !isHidden(); }
    QString message() const;

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};
