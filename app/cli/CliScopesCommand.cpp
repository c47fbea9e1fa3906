#include "CliScopesCommand.h"

#include "CliContext.h"
#include "CliExitCode.h"

#include "api/RequestHistory.h"
#include "catalog/CatalogLoader.h"
#include "catalog/EndpointCatalog.h"
#include "profiles/Profile.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "session/ScopeProbe.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString probeName(ScopeProbe::ProbeResult result)
{
    switch (result) {
    case ScopeProbe::ProbeResult::NotProbed:
        return QStringLiteral("-");
    case ScopeProbe::ProbeResult::Allowed:
        return QStringLiteral("allowed");
    case ScopeProbe::ProbeResult::Refused:
        return QStringLiteral("refused");
    case ScopeProbe::ProbeResult::Failed:
        return QStringLiteral("failed");
    case ScopeProbe::ProbeResult::NoSafeEndpoint:
        return QStringLiteral("no-safe-endpoint");
    }
    return QStringLiteral("-");
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QString CliScopesCommand::summary() const
{
    return tr("What the app may call, API by API (--probe to ask the server now).");
}

int CliScopesCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("probe"),
        tr("Send one safe GET per API as the selected account (paced by the rate limit).")});
    const int parsed = parse(context, parser, arguments, QStringLiteral("scopes [--probe] [--json]"),
        tr("Lofty's tokens say only scope=openApi, so the matrix comes from the registration's granted "
           "APIs,\n"
           "from what the history has seen (allowed, or refused with 403 200100) and from the probe.\n"
           "Columns: API, GROUP, GRANTED (registration), ALLOWED and REFUSED (history), PROBE, EFFECTIVE."));
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            context, tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    const Profile* selected = context.selectedProfile();
    if (!selected)
        return CliExitCode::NotFound;
    ScopeProbe probe(CatalogLoader::forProfile(selected->id));
    if (parser.isSet(QStringLiteral("probe"))) {
        const int opened = context.openSession(true);
        if (opened >= 0)
            return opened;
        probe.setGrantedApis(context.session()->profile().registration.grantedApis);
        probe.learnFromHistory(context.session()->requests()->history()->summaries());
        const int status = runProbe(context, &probe);
        print(context, probe, true);
        return context.finish(status);
    }
    // Without a probe no secret is needed: the registration and the history file are enough.
    const Profile* profile = context.selectedProfile();
    if (!profile)
        return CliExitCode::NotFound;
    probe.setGrantedApis(profile->registration.grantedApis);
    RequestHistory history(
        RequestService::historyFilePath(RequestService::defaultHistoryFolder(), profile->id));
    QString error;
    if (!history.load(&error))
        context.output().warning(tr("The history could not be read: %1").arg(error));
    probe.learnFromHistory(history.summaries());
    print(context, probe, false);
    return CliExitCode::Ok;
}

int CliScopesCommand::runProbe(CliContext& context, ScopeProbe* probe) const
{
    QObject scope; // ends the connections below with this function: they capture its locals
    bool finished = false;
    QObject::connect(probe, &ScopeProbe::progress, &scope, [&context](int done, int total) {
        context.output().info(tr("Probed %1 of %2 APIs").arg(done).arg(total));
    });
    QObject::connect(probe, &ScopeProbe::finished, &scope, [&finished, &context] {
        finished = true;
        context.wake();
    });
    context.session()->requests()->probeScopes(probe);
    if (!context.waitFor([&finished] { return finished; }, ProbeTimeoutMs)) {
        probe->cancel();
        context.output().error(tr("The probe did not finish in time."));
        return CliExitCode::NetworkError;
    }
    int probed = 0;
    int failed = 0;
    for (const ScopeProbe::ApiStatus& status : probe->statuses()) {
        if (status.probe == ScopeProbe::ProbeResult::NotProbed
            || status.probe == ScopeProbe::ProbeResult::NoSafeEndpoint)
            continue;
        ++probed;
        if (status.probe == ScopeProbe::ProbeResult::Failed)
            ++failed;
    }
    if (probed > 0 && failed == probed) {
        context.output().error(
            tr("Every probe failed (see the PROBE column); the account may need authorizing again."));
        return CliExitCode::Failure;
    }
    return CliExitCode::Ok;
}

void CliScopesCommand::print(CliContext& context, const ScopeProbe& probe, bool probed) const
{
    if (context.output().json()) {
        QJsonArray apis;
        for (const ScopeProbe::ApiStatus& status : probe.statuses()) {
            QJsonObject object {{QStringLiteral("api"), status.api}, {QStringLiteral("group"), status.group},
                {QStringLiteral("granted"), status.granted},
                {QStringLiteral("seenAllowed"), status.seenAllowed},
                {QStringLiteral("seenRefused"), status.seenRefused},
                {QStringLiteral("effectivelyAllowed"), status.effectivelyAllowed()}};
            if (probed) {
                object.insert(QStringLiteral("probe"), probeName(status.probe));
                object.insert(QStringLiteral("probeEndpoint"), status.probeEndpointId);
                object.insert(QStringLiteral("probeDetail"), status.probeDetail);
            }
            apis.append(object);
        }
        context.output().printJson(QJsonObject {{QStringLiteral("apis"), apis},
            {QStringLiteral("grantedButUnused"), QJsonArray::fromStringList(probe.grantedButUnused())},
            {QStringLiteral("usedButNotGranted"), QJsonArray::fromStringList(probe.usedButNotGranted())},
            {QStringLiteral("probedAllowed"), QJsonArray::fromStringList(probe.probedAllowed())}});
        return;
    }
    QList<QStringList> rows;
    for (const ScopeProbe::ApiStatus& status : probe.statuses()) {
        rows << QStringList {status.api, status.group, yesNo(status.granted),
            QString::number(status.seenAllowed), QString::number(status.seenRefused), probeName(status.probe),
            yesNo(status.effectivelyAllowed())};
    }
    context.output().table(
        {tr("API"), tr("GROUP"), tr("GRANTED"), tr("ALLOWED"), tr("REFUSED"), tr("PROBE"), tr("EFFECTIVE")},
        rows);
    const QStringList missing = probe.usedButNotGranted();
    if (!missing.isEmpty())
        context.output().info(probe.costOfAdding(missing));
}
