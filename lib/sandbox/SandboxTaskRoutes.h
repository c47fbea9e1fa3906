#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Tasks (v1 `{taskList}` / `{task}` with a `deadline`, v2 `{tasks}` / `{task}` with
// `startAt`/`endAt` -- one stored task seen through either version), appointments (v1 /appts)
// and the v2 calendar, which shows the same appointments with string ids.
class SandboxTaskRoutes
{
public:
    explicit SandboxTaskRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    enum class Version { V1, V2 };

    SandboxResponse list(const SandboxCall& call, Version version);
    SandboxResponse myTasks(const SandboxCall& call);
    SandboxResponse create(const SandboxCall& call);
    SandboxResponse get(const SandboxCall& call, Version version);
    SandboxResponse update(const SandboxCall& call);
    SandboxResponse remove(const SandboxCall& call);
    SandboxResponse finish(const SandboxCall& call, bool finished);
    SandboxResponse appointments(const SandboxCall& call);
    SandboxResponse calendar(const SandboxCall& call);
    SandboxResponse createCalendar(const SandboxCall& call);
    SandboxResponse updateCalendar(const SandboxCall& call);
    SandboxResponse deleteCalendar(const SandboxCall& call);
    SandboxResponse finishCalendar(const SandboxCall& call, bool finished);
    SandboxResponse availableMeetings(const SandboxCall& call);

    static QJsonObject view(const QJsonObject& task, Version version);
    static QJsonObject calendarItem(const QJsonObject& appointment);
    QJsonObject* appointment(const SandboxCall& call);

    SandboxData& m_data;
};
