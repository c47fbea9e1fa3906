#include "CliPrompt.h"

#include "util/SecretMasker.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

bool readLine(std::string* line)
{
    line->clear();
    int character = 0;
    while ((character = std::fgetc(stdin)) != EOF && character != '\n')
        line->push_back(char(character));
    return character != EOF || !line->empty();
}

} // namespace

bool CliPrompt::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool CliPrompt::readSecret(const QString& prompt, QString* secret)
{
    std::string line;
    bool got = false;
    if (stdinIsTerminal()) {
        std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
        std::fflush(stderr);
        termios saved {};
        const bool haveTermios = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTermios) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            silent.c_lflag |= ECHONL;
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        got = readLine(&line);
        if (haveTermios)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    } else {
        got = readLine(&line);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *secret = QString::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    if (!got || secret->isEmpty())
        return false;
    SecretMasker::global().remember(*secret);
    return true;
}
