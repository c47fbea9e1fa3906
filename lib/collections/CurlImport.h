#pragma once

#include "collections/CollectionRequest.h"

#include <QCoreApplication>
#include <QUrl>

// Turns a curl command line, as Lofty's documentation prints them, into a saved request:
// -X/--request, -H/--header, -d/--data/--data-raw/--data-binary/--data-ascii (several are joined
// with "&", as curl does), --url or the URL operand, -G/--get, single and double quotes,
// backslash escapes and "\" line continuations. Flags that change nothing about the request
// (--compressed, -s, -S, -L, -i, -v, -k, ...) are accepted and ignored; anything else is an error
// naming the option.
//
// The Authorization header is not kept: the request will carry the selected account's
// credentials instead (credentialsReplaced says that one was there). A URL on the API base given
// (or on api.lofty.com) becomes a path, so the request follows the profile.
class CurlImport
{
    Q_DECLARE_TR_FUNCTIONS(CurlImport)

public:
    struct Result
    {
        CollectionRequest request;
        bool credentialsReplaced = false;
        QString error; // empty on success
    };

    static Result parse(const QString& command, const QUrl& apiBaseUrl = QUrl());
    // The words of a POSIX shell command line (quotes removed, continuations joined); false and
    // *error on an unterminated quote.
    static bool split(const QString& command, QStringList* words, QString* error);

private:
    static void setUrl(const QString& text, const QUrl& apiBaseUrl, CollectionRequest* request);
};
