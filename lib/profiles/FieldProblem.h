#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One problem found while reading a profile: where (a JSON path such as
// "profile.registration.redirectUris[1]") and what is wrong, in a sentence for the user.
struct FieldProblem
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    bool operator==(const FieldProblem& other) const
    {
        return path == other.path && message == other.message;
    }
};
using FieldProblems = QList<FieldProblem>;

inline QStringList fieldProblemStrings(const FieldProblems& problems)
{
    QStringList lines;
    for (const FieldProblem& problem : problems)
        lines << problem.toString();
    return lines;
}
