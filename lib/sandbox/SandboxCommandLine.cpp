#include "sandbox/SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxCommandLine", text);
}

bool parseInt(const QString& text, int minimum, int maximum, int* value)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    *value = number;
    return true;
}

} // namespace

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList& arguments, QString* output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local, Lofty-compatible OAuth 2.0 and REST API sandbox for testing integrations. "
           "It is not Lofty: no real data, no real accounts."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption portOption(QStringLiteral("port"),
        tr("Port on 127.0.0.1 (0 = pick a free one)."), tr("PORT"), QStringLiteral("0"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        tr("Apps and accounts from a JSON file (see --print-default-config)."), tr("FILE"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
        tr("Access token lifetime in seconds."), tr("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption approveOption(QStringLiteral("auto-approve"),
        tr("Skip the consent page: authorize at once as this account."), tr("ACCOUNT"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        tr("Requests per minute for every app (default: 100 in Development, 500 in "
           "Production), e.g. for benchmarks."),
        tr("N"));
    const QCommandLineOption printOption(QStringLiteral("print-default-config"),
        tr("Print the built-in configuration in the format --config reads, and exit."));
    parser.addOptions(
        {help, version, portOption, configOption, lifetimeOption, approveOption, rateOption, printOption});

    if (!parser.parse(arguments)) {
        *output = parser.errorText();
        return Outcome::Fail;
    }
    if (parser.isSet(help)) {
        *output = parser.helpText();
        return Outcome::PrintAndExit;
    }
    if (parser.isSet(version)) {
        *output = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return Outcome::PrintAndExit;
    }
    if (parser.isSet(printOption)) {
        *output = QString::fromUtf8(SandboxConfig::builtIn().toJson());
        return Outcome::PrintAndExit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *output = tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst());
        return Outcome::Fail;
    }
    int portNumber = 0;
    if (!parseInt(parser.value(portOption), 0, 65535, &portNumber)) {
        *output = tr("--port: expected a number from 0 to 65535, got \"%1\".").arg(parser.value(portOption));
        return Outcome::Fail;
    }
    port = quint16(portNumber);
    if (!parseInt(parser.value(lifetimeOption), 1, 365 * 24 * 3600, &tokenLifetimeSeconds)) {
        *output = tr("--token-lifetime: expected a number of seconds from 1 to 31536000, got \"%1\".")
                      .arg(parser.value(lifetimeOption));
        return Outcome::Fail;
    }
    if (parser.isSet(rateOption) && !parseInt(parser.value(rateOption), 1, 100000000, &rateLimitOverride)) {
        *output = tr("--rate-limit: expected a positive number of requests per minute, got \"%1\".")
                      .arg(parser.value(rateOption));
        return Outcome::Fail;
    }
    configFile = parser.value(configOption);
    if (!configFile.isEmpty() && !readConfigFile(output))
        return Outcome::Fail;
    autoApproveAccount = parser.value(approveOption);
    if (!autoApproveAccount.isEmpty() && !config.account(autoApproveAccount)) {
        *output = tr("--auto-approve: no account \"%1\" in the configuration.").arg(autoApproveAccount);
        return Outcome::Fail;
    }
    return Outcome::Run;
}

bool SandboxCommandLine::readConfigFile(QString* error)
{
    QFile file(configFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("--config: cannot read %1: %2").arg(configFile, file.errorString());
        return false;
    }
    QString parseError;
    config = SandboxConfig::fromJson(file.readAll(), &parseError);
    if (!parseError.isEmpty()) {
        *error = tr("--config: %1: %2").arg(configFile, parseError);
        return false;
    }
    return true;
}
