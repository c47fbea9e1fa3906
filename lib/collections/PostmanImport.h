#pragma once

#include "collections/Collection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// Turns a Postman Collection v2.1 export (schema
// https://schema.getpostman.com/json/collection/v2.1.0/collection.json) into a console collection:
// items in order (folders become folders, requests get "NN-" file-name prefixes so that a run
// keeps Postman's order), the URL from `raw` or host/path, query items, headers, raw and
// urlencoded bodies, and the collection's variables. `{{variables}}` are kept as they are (the
// console's syntax is the same), `:name` path variables become `{{name}}` or their value.
//
// Nothing secret is written: an `auth` block (collection, folder or request) is dropped with a
// note that the account's credentials are used; an Authorization header likewise; a variable or
// value under a secret name becomes a secret variable (its name kept, its value not).
// A request's test script keeps its usual status checks and variable sets as assertions and
// captures (PostmanScript). What cannot be carried over (other script lines, pre-request
// scripts, form-data and file bodies, disabled entries) is listed in the report's notes.
class PostmanImport
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImport)

public:
    struct Report
    {
        QString collectionName;
        QStringList written; // relative paths of the request files, in run order
        QStringList notes; // what was changed or left out, one sentence each
        QString error; // empty on success
        bool writeFailed = false; // the input was fine, the files could not be written
    };

    // Parses the export's text into `collection` (rootPath left empty); false and report->error
    // when it is not a Postman v2.x collection.
    static bool parse(const QByteArray& json, Collection* collection, Report* report);
    // Reads the export at `path` and writes it as a new collection in `targetDir` (which must not
    // exist yet or be empty). Everything is written into a private temporary folder beside it and
    // renamed into place, so a failure leaves no half collection behind.
    static bool importFile(const QString& path, const QString& targetDir, Report* report);

private:
    struct Context
    {
        Collection* collection;
        Report* report;
        QStringList secretNames; // of collection variables, lower-cased
    };

    static void readVariables(const QJsonArray& variables, Context* context);
    static void readItems(const QJsonArray& items, const QString& folder, Context* context);
    static bool readRequest(
        const QJsonObject& item, const QString& where, CollectionRequest* request, Context* context);
    static void readUrl(
        const QJsonValue& url, CollectionRequest* request, Context* context, const QString& where);
    static void readBody(
        const QJsonObject& body, CollectionRequest* request, Context* context, const QString& where);
    static void readEvents(
        const QJsonArray& events, const QString& where, CollectionRequest* request, Context* context);
    static void noteSecrets(const QStringList& secrets, const QString& where, Context* context);
    static void noteAuth(const QJsonObject& owner, const QString& where, Context* context);
    static bool writeCollection(const Collection& collection, const QString& folder, QString* error);
};
