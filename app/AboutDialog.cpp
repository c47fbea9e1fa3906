#include "AboutDialog.h"

#include "LoftyCore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(QApplication::applicationDisplayName()));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Application icon"));

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Lofty Developer Console").toHtmlEscaped(), versionText().toHtmlEscaped()));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    auto* licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setAccessibleName(tr("Licences"));
    licences->setOpenExternalLinks(true);
    licences->setHtml(licencesHtml());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString AboutDialog::versionText() const
{
    return tr("Version %1, built with Qt %2, running on Qt %3")
        .arg(Lofty::version(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

QString AboutDialog::licencesHtml() const
{
    const QString item = QStringLiteral("<p><b>%1</b><br>%2</p>");
    QString html;
    html += item.arg(tr("Lofty Developer Console"),
        tr("MIT License. Lofty is a trademark of its owner; this console is not made by Lofty."));
    html += item.arg(tr("Qt %1").arg(QString::fromLatin1(qVersion())),
        tr("GNU Lesser General Public License v3 (LGPLv3), linked dynamically."));
    html += item.arg(tr("qtkeychain"), tr("BSD 3-Clause License (BSD-3-Clause)."));
    return html;
}
