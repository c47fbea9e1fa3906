#pragma once

#include "sandbox/SandboxConfig.h"

#include <QStringList>

// The options of `lofty-sandbox`, parsed without exiting the process so that tests can run it.
class SandboxCommandLine
{
public:
    enum class Outcome { Run, PrintAndExit, Fail };

    quint16 port = 0;
    QString configFile;
    int tokenLifetimeSeconds = 3600;
    QString autoApproveAccount;
    int rateLimitOverride = 0;
    SandboxConfig config = SandboxConfig::builtIn();

    // arguments include the program name. On PrintAndExit *output holds what to print (help,
    // version or the default configuration); on Fail *output holds the error message.
    Outcome parse(const QStringList& arguments, QString* output);

private:
    bool readConfigFile(QString* error);
};
