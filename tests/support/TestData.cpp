#include "TestData.h"

#include <QDir>
#include <QFile>

QByteArray readTestData(const QString& relativePath)
{
    QString root = qEnvironmentVariable("LOFTY_TEST_DATA");
    if (root.isEmpty())
        root = qEnvironmentVariable("LOFTY_SOURCE_DIR") + QStringLiteral("/tests/data");
    QFile file(QDir(root).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}
