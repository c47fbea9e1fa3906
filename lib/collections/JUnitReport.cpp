#include "collections/JUnitReport.h"

#include "util/PrivateFiles.h"
#include "util/SecretMasker.h"

#include <QFile>
#include <QSaveFile>
#include <QXmlStreamWriter>

QByteArray JUnitReport::toXml(const QString& suiteName, const QList<RequestRunResult>& results)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    qint64 totalMs = 0;
    int failures = 0;
    for (const RequestRunResult& result : results) {
        totalMs += result.elapsedMs();
        failures += result.passed ? 0 : 1;
    }
    const SecretMasker& masker = SecretMasker::global();
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), suiteName);
    writer.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("time"), QString::number(totalMs / 1000.0, 'f', 3));
    for (const RequestRunResult& result : results) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), suiteName);
        writer.writeAttribute(QStringLiteral("name"), result.relativePath);
        writer.writeAttribute(QStringLiteral("time"), QString::number(result.elapsedMs() / 1000.0, 'f', 3));
        if (!result.passed) {
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"), masker.redact(result.failures.value(0)));
            writer.writeCharacters(
                masker.redact(QStringLiteral("%1 %2\n%3")
                                  .arg(result.method, result.url, result.failures.join(QLatin1Char('\n')))));
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

bool JUnitReport::write(
    const QString& path, const QString& suiteName, const QList<RequestRunResult>& results, QString* error)
{
    QSaveFile file(path);
    const QByteArray xml = toXml(suiteName, results);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !PrivateFiles::commit(file)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
