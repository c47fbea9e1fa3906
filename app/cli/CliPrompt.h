#pragma once

#include <QCoreApplication>
#include <QString>

// Reads a secret the user types. On a terminal the prompt goes to stderr and the typing is not
// echoed (termios); when stdin is not a terminal one line is read from it (a pipe or a file from
// a secret manager), so that secrets never have to be command-line arguments.
class CliPrompt
{
    Q_DECLARE_TR_FUNCTIONS(CliPrompt)

public:
    // False when nothing could be read (end of input, or an empty line).
    static bool readSecret(const QString& prompt, QString* secret);
    static bool stdinIsTerminal();
};
