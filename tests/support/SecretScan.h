#pragma once

#include <QString>
#include <QStringList>

// Looks for secret values in every file under a folder, in each form a value travels in: raw,
// percent-encoded, form-encoded, base64, base64url and JSON-escaped (with "/" escaped or not).
namespace SecretScan {

// The forms of `secret` a file could hold.
QStringList formsOf(const QString& secret);

// "<file>: <form of which secret>" for every occurrence; empty when no file holds any. Counts
// the files read in `filesRead` (when given).
QStringList findings(const QString& folder, const QStringList& secrets, int* filesRead = nullptr);

} // namespace SecretScan
