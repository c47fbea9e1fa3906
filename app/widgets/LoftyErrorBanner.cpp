#include "widgets/LoftyErrorBanner.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

LoftyErrorBanner::LoftyErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_remedy(new QLabel(this))
    , m_openRegistration(new QPushButton(tr("Open &Registration"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Error explanation"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_icon->setAccessibleName(tr("Error"));
    m_title->setObjectName(QStringLiteral("errorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel* label : {m_title, m_cause, m_remedy}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_cause->setObjectName(QStringLiteral("errorCause"));
    m_remedy->setObjectName(QStringLiteral("errorRemedy"));
    m_openRegistration->setObjectName(QStringLiteral("errorOpenRegistration"));
    m_openRegistration->setAccessibleDescription(tr("Shows the Registration panel to grant the missing API"));
    connect(m_openRegistration, &QPushButton::clicked, this, &LoftyErrorBanner::registrationRequested);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_cause, 1, 1);
    layout->addWidget(m_remedy, 2, 1);
    layout->addWidget(m_openRegistration, 0, 2, Qt::AlignTop);
    layout->setColumnStretch(1, 1);
    hide();
}

void LoftyErrorBanner::setError(const LoftyError& error)
{
    if (!error.isError()) {
        clear();
        return;
    }
    m_title->setText(tr("Error: %1").arg(error.title())); // the title names the code once
    m_cause->setText(tr("Cause: %1").arg(error.cause()));
    m_remedy->setText(tr("What to do: %1").arg(error.remedy()));
    m_openRegistration->setVisible(error.requiresPortalChange());
    setAccessibleDescription(error.toText());
    show();
}

void LoftyErrorBanner::clear()
{
    m_title->clear();
    m_cause->clear();
    m_remedy->clear();
    hide();
}

QString LoftyErrorBanner::title() const
{
    return m_title->text();
}

QString LoftyErrorBanner::cause() const
{
    return m_cause->text();
}

QString LoftyErrorBanner::remedy() const
{
    return m_remedy->text();
}
