// The child of tst_crashsafety: saves profiles (ProfileStore) and appends history entries
// (RequestHistory) in a loop, as fast as it can, until it is killed. After each write that
// returned success it prints "profile <n>" or "history <n>" on stdout, so that the parent knows
// what was saved before the kill.
//
//   crashsafety_writer <folder> <first number>
#include "api/HistoryEntry.h"
#include "api/RequestHistory.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace {

Profile profileNumber(int n)
{
    Profile profile = Profile::lofty();
    profile.id = QStringLiteral("crash-%1").arg(n);
    profile.name = QStringLiteral("Crash test profile %1").arg(n);
    profile.apiBaseUrl = QUrl(QStringLiteral("https://api%1.example.invalid").arg(n));
    profile.registration.clientId = QStringLiteral("client-%1").arg(n);
    return profile;
}

HistoryEntry entryNumber(int n)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.accountId = QStringLiteral("alice");
    entry.endpointId = QStringLiteral("leads.list");
    entry.method = QStringLiteral("GET");
    entry.url = QStringLiteral("https://api.example.invalid/v1.0/leads?n=%1").arg(n);
    entry.status = 200;
    entry.responseBody = QByteArray(R"({"leads":[{"leadId":9007199254740993,"n":)") + QByteArray::number(n)
        + QByteArray(",\"pad\":\"") + QByteArray(2000 + n % 3000, 'x') + "\"}]}";
    entry.responseBytes = entry.responseBody.size();
    entry.errorKind = QStringLiteral("none");
    return entry;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: crashsafety_writer <folder> <first number>\n");
        return 2;
    }
    const QString folder = arguments.at(1);
    ProfileStore store(folder);
    store.load();
    RequestHistory history(folder + QStringLiteral("/history.jsonl"));
    if (!history.load())
        return 3;
    for (int n = arguments.at(2).toInt();; ++n) {
        if (store.saveProfile(profileNumber(n)))
            std::printf("profile %d\n", n);
        if (history.append(entryNumber(n)))
            std::printf("history %d\n", n);
        std::fflush(stdout);
    }
}
