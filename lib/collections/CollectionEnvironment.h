#pragma once

#include "collections/CollectionRequest.h"

// A named set of variables for one target, e.g. "sandbox" or "lofty-test-team", kept in the
// collection's environments/<name>.json. Secret variables are listed by name only: their values
// live in the keychain, per profile (SecretVariables).
struct CollectionEnvironment
{
    QString name;
    NameValueList variables;
    QStringList secretVariables;

    QByteArray toFileText() const;
    static bool fromFileText(const QByteArray& text, CollectionEnvironment* environment, QString* error);
};
