#pragma once

#include "collections/RequestRunResult.h"

#include <QCoreApplication>

// A run as JUnit XML (the de-facto format CI systems read: one <testsuite> with a <testcase> per
// request, <failure> for each failed one). Names, URLs and messages are escaped; secrets are
// redacted with SecretMasker before they are written.
class JUnitReport
{
    Q_DECLARE_TR_FUNCTIONS(JUnitReport)

public:
    static QByteArray toXml(const QString& suiteName, const QList<RequestRunResult>& results);
    static bool write(const QString& path, const QString& suiteName, const QList<RequestRunResult>& results,
        QString* error);
};
