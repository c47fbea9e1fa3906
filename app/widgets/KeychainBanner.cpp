#include "widgets/KeychainBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStyle>
#include <QVBoxLayout>

KeychainBanner::KeychainBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("keychainBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Keychain problem"));
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    // The icon is loaded when a problem is first shown: the style's icon lookup (theme, image
    // plugins) took about a tenth of start-up before the window mapped, for a banner that is hidden.
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("keychainBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setForegroundRole(QPalette::ToolTipText);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

KeychainBanner* KeychainBanner::install(QMainWindow* window)
{
    auto* container = new QWidget(window);
    container->setObjectName(QStringLiteral("centralWithBanner"));
    auto* banner = new KeychainBanner(container);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    if (QWidget* central = window->takeCentralWidget())
        layout->addWidget(central, 1);
    window->setCentralWidget(container);
    return banner;
}

void KeychainBanner::showProblem(const QString& message)
{
    m_text->setText(tr("<b>The keychain cannot keep secrets.</b> %1 Tokens, keys and the client secret "
                       "are kept in memory until the console closes; unlock or start your keyring to "
                       "keep them.")
                        .arg(message.toHtmlEscaped()));
    setAccessibleDescription(m_text->text());
    if (m_icon->pixmap().isNull()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    }
    show();
}

void KeychainBanner::clearProblem()
{
    m_text->clear();
    hide();
}

QString KeychainBanner::message() const
{
    return m_text->text();
}
