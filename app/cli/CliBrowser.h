#pragma once

#include <QUrl>

// Opens a URL in the user's browser without QtGui: $BROWSER when set, else xdg-open (macOS: open)
// when there is a display. Returns false when there is no browser to open, so that the caller
// only prints the URL.
class CliBrowser
{
public:
    static bool open(const QUrl& url);
};
