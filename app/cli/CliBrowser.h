#pragma once

#include <QProcessEnvironment>
#include <QUrl>

// Opens a URL in the user's browser without QtGui: $BROWSER when set, else xdg-open (macOS: open)
// when there is a display. Returns false when there is no browser to open, so that the caller
// only prints the URL. The browser never sees the LOFTY_* variables (they may hold secrets).
class CliBrowser
{
public:
    static bool open(const QUrl& url);
    // `environment` without any LOFTY_* variable.
    static QProcessEnvironment browserEnvironment(const QProcessEnvironment& environment);
};
