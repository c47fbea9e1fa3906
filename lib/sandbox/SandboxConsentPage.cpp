#include "sandbox/SandboxConsentPage.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxConsentPage", text);
}

QString pageShell(const QString& title, const QString& content)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;}"
                          ".sandbox{background:#fde68a;padding:.3em .6em;border-radius:4px;}</style>"
                          "</head><body>\n<p class=\"sandbox\">%2</p>\n%3\n</body></html>\n")
        .arg(title.toHtmlEscaped(),
            tr("Lofty Sandbox — not the real Lofty. No real data is shared.").toHtmlEscaped(), content);
}

} // namespace

QString SandboxConsentPage::consentForm(
    const SandboxApp& app, const QString& requestId, const QList<SandboxAccount>& accounts)
{
    QString options;
    for (const SandboxAccount& account : accounts) {
        options += QStringLiteral("<option value=\"%1\">%2 (%3, %4)</option>\n")
                       .arg(account.id.toHtmlEscaped(), account.name.toHtmlEscaped(),
                           account.role.toHtmlEscaped(), account.email.toHtmlEscaped());
    }
    QString notice;
    if (!app.acceptsNewAccounts()) {
        notice
            = QStringLiteral("<p class=\"notice\">%1</p>\n")
                  .arg(tr("This app is %1: only accounts that authorized it before can authorize it again.")
                           .arg(SandboxApp::modeName(app.mode))
                           .toHtmlEscaped());
    }
    const QString content
        = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p>%3</p>\n%4"
                         "<form id=\"consent\" method=\"post\" action=\"/oauth/consent\">\n"
                         "<input type=\"hidden\" name=\"request\" value=\"%5\">\n"
                         "<label>%6 <select name=\"account\">\n%7</select></label>\n"
                         "<button type=\"submit\" name=\"decision\" value=\"approve\">%8</button>\n"
                         "<button type=\"submit\" name=\"decision\" value=\"deny\">%9</button>\n"
                         "</form>")
              .arg(tr("Authorize %1").arg(app.name).toHtmlEscaped(), app.description.toHtmlEscaped(),
                  tr("%1 wants to access your Lofty data through the APIs granted to it: %2.")
                      .arg(app.name, app.grantedApis.join(QStringLiteral(", ")))
                      .toHtmlEscaped(),
                  notice, requestId.toHtmlEscaped(), tr("Sign in as").toHtmlEscaped(), options,
                  tr("Authorize").toHtmlEscaped(), tr("Deny").toHtmlEscaped());
    return pageShell(tr("Authorize %1").arg(app.name), content);
}

QString SandboxConsentPage::errorPage(const QString& title, const QString& message)
{
    return pageShell(title,
        QStringLiteral("<h1>%1</h1>\n<p id=\"error\">%2</p>")
            .arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
}
