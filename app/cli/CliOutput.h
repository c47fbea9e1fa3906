#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

// Where every command writes. Results go to stdout (tables or --json), everything for the human
// (progress, warnings, errors, status lines) goes to stderr, so that `$(lofty-console-cli …)` and
// pipes get only the result.
//
// Tables: on a terminal, aligned columns under a header; when stdout is not a terminal, one line
// per row with tab-separated fields (no padding, tabs and newlines inside fields replaced by spaces),
// so that `cut -f2` and `awk -F'\t'` work. --no-header drops the header line in both cases.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    CliOutput();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    void setHeader(bool header) { m_header = header; }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    void setTerminal(bool terminal) { m_terminal = terminal; } // tests; default: isatty(stdout)

    void table(const QStringList& headers, const QList<QStringList>& rows);
    // Key/value lines ("Name:  value" on a terminal, "name<TAB>value" otherwise).
    void fields(const QList<QPair<QString, QString>>& pairs);
    void printJson(const QJsonValue& value);
    void writeRaw(const QByteArray& bytes); // stdout, unchanged

    void info(const QString& text); // stderr, unless --quiet
    void warning(const QString& text); // stderr
    void error(const QString& text); // stderr
    void flush();

private:
    static QString cleanField(const QString& field);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_header = true;
    bool m_quiet = false;
    bool m_terminal = false;
};
