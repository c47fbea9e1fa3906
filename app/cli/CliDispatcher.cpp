#include "CliDispatcher.h"

#include "CliAccountsCommand.h"
#include "CliAuthorizeCommand.h"
#include "CliCatalogCommand.h"
#include "CliCollectionsCommand.h"
#include "CliContext.h"
#include "CliExitCode.h"
#include "CliProfilesCommand.h"
#include "CliRequestCommand.h"
#include "CliRunCommand.h"
#include "CliSandboxCommand.h"
#include "CliScopesCommand.h"
#include "CliTokenCommand.h"
#include "CliWebhooksCommand.h"

#include "LoftyCore.h"

#include <QCommandLineParser>

CliDispatcher::CliDispatcher()
{
    m_commands.push_back(std::make_unique<CliProfilesCommand>());
    m_commands.push_back(std::make_unique<CliAccountsCommand>());
    m_commands.push_back(std::make_unique<CliAuthorizeCommand>());
    m_commands.push_back(std::make_unique<CliTokenCommand>());
    m_commands.push_back(std::make_unique<CliRequestCommand>());
    m_commands.push_back(std::make_unique<CliRunCommand>());
    m_commands.push_back(std::make_unique<CliCollectionsCommand>());
    m_commands.push_back(std::make_unique<CliScopesCommand>());
    m_commands.push_back(std::make_unique<CliSandboxCommand>());
    m_commands.push_back(std::make_unique<CliCatalogCommand>());
    m_commands.push_back(std::make_unique<CliWebhooksCommand>());
}

CliDispatcher::~CliDispatcher() = default;

CliCommand* CliDispatcher::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliDispatcher::helpText() const
{
    QString text
        = tr("Usage: lofty-console-cli [global options] <command> [options]\n\n"
             "The Lofty Developer Console from the terminal: the same profiles, accounts, keychain-held\n"
             "tokens, rate limits and request history as the console.\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(12), command->summary());
    text += tr(
        "\nRun `lofty-console-cli <command> --help` for a command's options.\n\n"
        "Global options (before or after the command):\n"
        "  -p, --profile <profile>   profile id or name (default: $LOFTY_PROFILE, else the current one)\n"
        "  -a, --account <account>   account id, label or e-mail (default: $LOFTY_ACCOUNT, else the first)\n"
        "  --json                    results as JSON\n"
        "  --no-header               tables without the header line\n"
        "  -q, --quiet               no progress on stderr\n"
        "  -h, --help                this help\n"
        "  -V, --version             the version\n\n"
        "Output: results on stdout; progress, status and errors on stderr. Tables are aligned on a\n"
        "terminal and tab-separated when piped.\n\n"
        "Secrets are never arguments: they come from the keychain, from lofty-cli's environment\n"
        "variables (LOFTY_CLIENT_SECRET, LOFTY_CUSTOMER_KEY, LOFTY_API_KEY, LOFTY_ACCESS_TOKEN,\n"
        "LOFTY_REFRESH_TOKEN) or from a prompt without echo.\n\n"
        "Exit status:\n"
        "  0  success\n"
        "  1  the request or the API failed (HTTP or Lofty error, token endpoint error, file not written)\n"
        "  2  usage error: bad arguments, a missing or unusable input\n"
        "  3  not found: no such profile or account\n"
        "  4  authorization needed: no usable token, refresh refused, authorization denied\n"
        "  5  keychain unavailable (secrets are never written in plain text)\n"
        "  6  network error or timeout\n");
    return text;
}

int CliDispatcher::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    context.addGlobalOptions(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(
        {QStringLiteral("V"), QStringLiteral("version")}, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    CliOutput& output = context.output();
    if (!parser.parse(arguments)) {
        output.error(parser.errorText());
        output.err() << tr("Try 'lofty-console-cli --help'.") << '\n';
        output.flush();
        return CliExitCode::Usage;
    }
    if (parser.isSet(version)) {
        output.out() << QStringLiteral("lofty-console-cli %1").arg(Lofty::version()) << '\n';
        output.flush();
        return CliExitCode::Ok;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty() || rest.constFirst() == QLatin1String("help")) {
        if (rest.size() > 1 && rest.constFirst() == QLatin1String("help")) {
            if (CliCommand* command = find(rest.at(1)))
                return command->run(context, {rest.at(1), QStringLiteral("--help")});
        }
        const bool asked = parser.isSet(help) || !rest.isEmpty();
        (asked ? output.out() : output.err()) << helpText();
        output.flush();
        return asked ? CliExitCode::Ok : CliExitCode::Usage;
    }
    context.applyGlobalOptions(parser);
    CliCommand* command = find(rest.constFirst());
    if (!command) {
        output.error(tr("Unknown command \"%1\".").arg(rest.constFirst()));
        output.err() << tr("Try 'lofty-console-cli --help'.") << '\n';
        output.flush();
        return CliExitCode::Usage;
    }
    return command->run(context, rest);
}
