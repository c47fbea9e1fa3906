#pragma once

#include <QByteArray>
#include <QString>

// The bytes of tests/data/<relativePath> (LOFTY_TEST_DATA). A missing file stops the test run:
// a test that silently read nothing would pass for the wrong reason.
QByteArray readTestData(const QString& relativePath);
