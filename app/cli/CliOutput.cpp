#include "CliOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
    , m_terminal(::isatty(STDOUT_FILENO) == 1)
{ }

QString CliOutput::cleanField(const QString& field)
{
    QString cleaned = field;
    cleaned.replace(QLatin1Char('\t'), QLatin1Char(' '));
    cleaned.replace(QLatin1Char('\n'), QLatin1Char(' '));
    cleaned.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return cleaned;
}

void CliOutput::table(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<QStringList> lines;
    if (m_header)
        lines << headers;
    for (const QStringList& row : rows) {
        QStringList cleaned;
        for (const QString& field : row)
            cleaned << cleanField(field);
        lines << cleaned;
    }
    if (!m_terminal) {
        for (const QStringList& line : lines)
            m_out << line.join(QLatin1Char('\t')) << '\n';
        m_out.flush();
        return;
    }
    QList<int> widths(headers.size(), 0);
    for (const QStringList& line : lines)
        for (int column = 0; column < line.size() && column < widths.size(); ++column)
            widths[column] = qMax(widths[column], int(line[column].size()));
    for (const QStringList& line : lines) {
        QString text;
        for (int column = 0; column < line.size(); ++column) {
            const bool last = column == line.size() - 1;
            text += last ? line[column] : line[column].leftJustified(widths.value(column) + 2);
        }
        m_out << text << '\n';
    }
    m_out.flush();
}

void CliOutput::fields(const QList<QPair<QString, QString>>& pairs)
{
    int width = 0;
    for (const auto& pair : pairs)
        width = qMax(width, int(pair.first.size()));
    for (const auto& pair : pairs) {
        if (m_terminal)
            m_out << (pair.first + QLatin1Char(':')).leftJustified(width + 3) << pair.second << '\n';
        else
            m_out << pair.first << '\t' << cleanField(pair.second) << '\n';
    }
    m_out.flush();
}

void CliOutput::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    m_out.flush();
    writeRaw(document.toJson(QJsonDocument::Indented));
}

void CliOutput::writeRaw(const QByteArray& bytes)
{
    m_out.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::info(const QString& text)
{
    if (m_quiet)
        return;
    m_err << text << '\n';
    m_err.flush();
}

void CliOutput::warning(const QString& text)
{
    m_err << tr("lofty-console-cli: warning: %1").arg(text) << '\n';
    m_err.flush();
}

void CliOutput::error(const QString& text)
{
    m_err << tr("lofty-console-cli: error: %1").arg(text) << '\n';
    m_err.flush();
}

void CliOutput::flush()
{
    m_out.flush();
    m_err.flush();
    std::fflush(stdout);
    std::fflush(stderr);
}
