#pragma once

#include <QString>
#include <QStringView>

// Masks values by the NAME that carries them, whatever the value is: a JSON member, a form or
// query parameter, an HTTP header or a `name=value` / `name: value` pair in a log line or an error
// message. Names are compared case- and separator-insensitively ("Client_Secret",
// "client-secret", "clientSecret" and "CLIENTSECRET" are one name) against the secret words
// (secret, password, passwd, token, key, authorization, credential, cookie, ...).
//
// Text keeps its shape: a JSON string stays a valid JSON string, a query stays a query. Values
// already masked (SecretMasker::mask) are left alone, so masking twice changes nothing.
namespace SecretMaskingRules {

// True when a field, header or parameter of this name carries a secret.
bool isSecretName(QStringView name);

// Every value carried by a secret name inside `text` (JSON, form, query, headers, prose), masked.
QString maskByName(const QString& text);

// A header value masked when the header's name is secret; an authorization scheme ("Bearer ")
// stays readable.
QString maskHeaderValue(QStringView name, const QString& value);

// True for the output of SecretMasker::mask().
bool isMasked(QStringView value);

} // namespace SecretMaskingRules
