#!/usr/bin/env python3
"""Turns the raw output of tests/bench/run-all.sh into a table (stdout) and RESULTS.md.

Usage: report.py <work-dir> <RESULTS.md>

Every figure is the median of the samples of that key; every ratio divides two medians taken
in the same run. tests/bench/analysis.md (written by hand: causes of missed targets) is appended.
"""

import glob
import os
import re
import statistics
import sys


def read_lines(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().splitlines()
    except OSError:
        return []


def samples_of(paths):
    found = {}
    for path in paths:
        for line in read_lines(path):
            parts = line.split()
            if len(parts) == 3 and parts[0] in ("SAMPLE", "RESULT"):
                try:
                    found.setdefault(parts[1], []).append(float(parts[2]))
                except ValueError:
                    pass
    return found


def med(values):
    return statistics.median(values) if values else None


def quantile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def fmt(value, unit="", digits=1):
    if value is None:
        return "n/a"
    return f"{value:.{digits}f}{unit}"


def ratio(a, b):
    return a / b if a is not None and b else None


def verdict(ok):
    if ok is None:
        return "n/a"
    return "yes" if ok else "**no**"


class Report:
    def __init__(self, work):
        self.work = work
        self.machine = dict(
            line.split("=", 1) for line in read_lines(os.path.join(work, "machine.env")) if "=" in line)
        self.headline = []  # (measurement, console, alternative, ratio, target, met)
        self.sections = []

    def row(self, *cells):
        self.headline.append(cells)

    def section(self, title, text):
        self.sections.append(f"## {title}\n\n{text.strip()}\n")

    # 1 -----------------------------------------------------------------------------------------
    def startup(self):
        s = samples_of([os.path.join(self.work, "startup.out")])
        console, minimal = med(s.get("console_map_ms")), med(s.get("minimal_map_ms"))
        rss_c, rss_m = med(s.get("console_rss_map_mib")), med(s.get("minimal_rss_map_mib"))
        set_c, set_m = med(s.get("console_rss_settled_mib")), med(s.get("minimal_rss_settled_mib"))
        n = len(s.get("console_map_ms", []))
        r_time, r_rss = ratio(console, minimal), ratio(rss_c, rss_m)
        self.row("Start-up to mapped window", fmt(console, " ms", 0), fmt(minimal, " ms", 0) + " (minimal Qt)",
                 fmt(r_time, "x", 2), "<= 1.5x, < 500 ms",
                 verdict(None if r_time is None else r_time <= 1.5 and console < 500))
        self.row("Resident memory at mapped window", fmt(rss_c, " MiB"), fmt(rss_m, " MiB") + " (minimal Qt)",
                 fmt(r_rss, "x", 2), "<= 1.5x", verdict(None if r_rss is None else r_rss <= 1.5))
        self.section("1. Start-up", f"""
`lofty-console` on a fresh HOME/XDG tree (first run: the built-in Sandbox profile, so the
in-process sandbox starts too) against `bench_minimal_widgets` (QApplication + QMainWindow with a
label and a status bar, same compiler flags), launched {n} times each, interleaved, under Xvfb
(no window manager) inside `dbus-run-session`. `bench_startup_probe` forks the program and waits
for the X server's MapNotify of a top-level window whose `_NET_WM_PID` is the child (observed
from outside the process), then reads the child's VmRSS from /proc; "settled" is 1 s later.
A first, uncounted launch of each warms the page cache.

| | lofty-console | minimal Qt Widgets | ratio |
|---|---|---|---|
| time to mapped window, median | {fmt(console, ' ms')} | {fmt(minimal, ' ms')} | {fmt(r_time, 'x', 2)} |
| time to mapped window, p90 | {fmt(quantile(s.get('console_map_ms'), .9), ' ms')} | {fmt(quantile(s.get('minimal_map_ms'), .9), ' ms')} | |
| VmRSS at map, median | {fmt(rss_c, ' MiB')} | {fmt(rss_m, ' MiB')} | {fmt(r_rss, 'x', 2)} |
| VmRSS 1 s later, median | {fmt(set_c, ' MiB')} | {fmt(set_m, ' MiB')} | {fmt(ratio(set_c, set_m), 'x', 2)} |
""" + self.phases())

    def phases(self):
        s = samples_of([os.path.join(self.work, "phases-console.out")])
        m = samples_of([os.path.join(self.work, "phases-minimal.out")])
        names = ["qapplication", "metadata_translations", "profile_store_load", "session_create",
                 "main_window_create", "controller_create", "show", "first_paint", "total",
                 "after_paint_activate_profile"]
        rows = []
        for name in names:
            c = med(s.get(f"phase_{name}_ms"))
            if c is None:
                continue
            rows.append(f"| {name.replace('_', ' ')} | {fmt(c, ' ms')} | {fmt(med(s.get(f'phase_{name}_rss_mib')), ' MiB')} "
                        f"| {fmt(med(m.get(f'phase_{name}_ms')), ' ms')} | {fmt(med(m.get(f'phase_{name}_rss_mib')), ' MiB')} |")
        if not rows:
            return ""
        return f"""
Where the time goes: `bench_startup_phases` runs the steps of `Application::run` in order, each
timed from inside the process up to the first paint ({len(s.get('phase_total_ms', []))} runs; the
process start before `main()` is not included), then the profile activation that `Application::run`
runs after the first paint (not part of the total). VmRSS is what the step added.

| step | console | console VmRSS added | minimal | minimal VmRSS added |
|---|---|---|---|---|
""" + "\n".join(rows) + "\n"

    # 2 -----------------------------------------------------------------------------------------
    def latency(self):
        s = samples_of([os.path.join(self.work, "latency.out")])
        keys = [("apiclient_ms", "ApiClient (bench_session, in-process, kept-alive connection)"),
                ("qnam_ms", "bare QNetworkAccessManager GET (the floor under ApiClient, same driver)"),
                ("curl_keepalive_ms", "curl, one process for all requests (`-K` URL list, kept-alive)"),
                ("curl_process_ms", "curl, one process per request"),
                ("httpie_request_ms", "HTTPie, its own `Elapsed time` (request only)"),
                ("httpie_process_ms", "HTTPie, one process per request")]
        api = med(s.get("apiclient_ms"))
        curl = med(s.get("curl_keepalive_ms"))
        r = ratio(api, curl)
        self.row("GET /v1.0/me latency", fmt(api, " ms", 2), fmt(curl, " ms", 2) + " (curl, kept-alive)",
                 fmt(r, "x", 2), "<= 1.2x curl", verdict(None if r is None else r <= 1.2))
        self.row("GET /v1.0/me, a program per request", "—",
                 f"curl {fmt(med(s.get('curl_process_ms')), ' ms', 1)}, "
                 f"HTTPie {fmt(med(s.get('httpie_process_ms')), ' ms', 0)}", "—", "—", "—")
        rows = "\n".join(
            f"| {label} | {len(s.get(k, []))} | {fmt(med(s.get(k)), ' ms', 3)} | {fmt(quantile(s.get(k), .9), ' ms', 3)} "
            f"| {fmt(ratio(med(s.get(k)), curl), 'x', 2)} |" for k, label in keys)
        self.section("2. Request overhead", f"""
The same authorized `GET /v1.0/me` (Bearer token from client credentials), one request after
another, against one standalone `lofty-sandbox --rate-limit 100000000` process, in interleaved
rounds (ApiClient, curl kept-alive, curl per process, HTTPie). The ApiClient driver wires the
client exactly as ConsoleSession does (rate limiter, masked history file written per request,
token provider); its time runs from `send()` to `finished`. curl's kept-alive figure is its
`time_total` per transfer; per-process figures are wall times of a fork+exec from Python.
**The target compares ApiClient with curl kept-alive** (both in one process over one
connection); the per-process rows show what a shell script pays for each request.

| client | samples | median | p90 | ratio to curl kept-alive |
|---|---|---|---|---|
{rows}
""")

    # 3 -----------------------------------------------------------------------------------------
    def authorization(self):
        s = samples_of([os.path.join(self.work, "auth.out")])
        grant, refresh = med(s.get("pkce_grant_ms")), med(s.get("refresh_ms"))
        self.row("PKCE grant, whole (auto-approve)", fmt(grant, " ms", 1), "—", "—", "—", "—")
        self.row("Token refresh", fmt(refresh, " ms", 1), "—", "—", "—", "—")
        self.section("3. Authorization", f"""
`bench_session auth`: ConsoleSession on the built-in Sandbox profile with auto-approve (alice):
`authorize()` (PKCE S256) to `authorizationFinished`: loopback listener up, browser hop (a
QNetworkAccessManager GET of the authorize URL, whose 302 lands on the listener), callback,
token exchange, account saved; then `refreshCurrentToken()` to `tokenChanged` (refresh_token
grant with rotation). {len(s.get('pkce_grant_ms', []))} of each, one process.

| | median | p90 | first |
|---|---|---|---|
| whole PKCE grant | {fmt(grant, ' ms', 1)} | {fmt(quantile(s.get('pkce_grant_ms'), .9), ' ms', 1)} | {fmt((s.get('pkce_grant_ms') or [None])[0], ' ms', 1)} |
| refresh | {fmt(refresh, ' ms', 1)} | {fmt(quantile(s.get('refresh_ms'), .9), ' ms', 1)} | {fmt((s.get('refresh_ms') or [None])[0], ' ms', 1)} |
""")

    # 4 -----------------------------------------------------------------------------------------
    def history(self):
        s = samples_of([os.path.join(self.work, "history.out")])
        load, opened = med(s.get("history_load_ms")), med(s.get("profile_open_ms"))
        entries = med(s.get("history_entries"))
        self.row(f"Open a profile with {fmt(entries, '', 0)} history entries", fmt(opened, " ms", 0),
                 f"{fmt(med(s.get('history_bounded_load_ms')), ' ms', 0)} for the largest bounded history "
                 f"({fmt(med(s.get('history_bounded_entries')), '', 0)} entries)", "—", "—", "—")
        self.section("4. History", f"""
`bench_session history`: {fmt(entries, '', 0)} entries made from real exchanges with the sandbox
(every API's safe probe GET, masked, as RequestHistory writes them), file
{fmt(med(s.get('history_file_mib')), ' MiB')} (the history's default bound is
{fmt(med(s.get('history_default_bound_mib')), ' MiB', 0)}).

| | median | runs |
|---|---|---|
| `RequestHistory::load()` | {fmt(load, ' ms')} | {len(s.get('history_load_ms', []))} |
| `ConsoleSession::activateProfile()` (sandbox start + history load) | {fmt(opened, ' ms')} | {len(s.get('profile_open_ms', []))} |
| `RequestHistory::load()` of the largest history the default bound keeps ({fmt(med(s.get('history_bounded_entries')), ' entries', 0)} of the same mix) | {fmt(med(s.get('history_bounded_load_ms')), ' ms')} | {len(s.get('history_bounded_load_ms', []))} |
| resident memory added by the loaded index | {fmt(med(s.get('history_rss_mib')), ' MiB')} | |
""")

    # 5 -----------------------------------------------------------------------------------------
    def memory(self):
        runs = sorted(glob.glob(os.path.join(self.work, "memory-*.out")))
        stages, requests, peaks = {}, {}, []
        order = []
        for path in runs:
            for line in read_lines(path):
                parts = line.split()
                if len(parts) == 3 and parts[0] == "STAGE":
                    if parts[1] not in order:
                        order.append(parts[1])
                    stages.setdefault(parts[1], []).append(float(parts[2]))
                elif len(parts) == 3 and parts[0] == "REQUEST":
                    requests.setdefault(int(parts[1]), []).append(float(parts[2]))
                elif len(parts) == 3 and parts[0] == "RESULT" and parts[1] == "peak_rss_mib":
                    peaks.append(float(parts[2]))
        at = {n: med(v) for n, v in requests.items()}
        growth = at[1000] - at[100] if 1000 in at and 100 in at else None
        xs = [n for n in sorted(at) if n >= 100]
        slope = None
        if len(xs) >= 3:
            mx, my = statistics.mean(xs), statistics.mean(at[n] for n in xs)
            slope = sum((n - mx) * (at[n] - my) for n in xs) / sum((n - mx) ** 2 for n in xs) * 100 * 1024
        final = med(stages.get("json_model_loaded"))
        self.row("Resident memory after a whole session", fmt(final, " MiB"), "Electron clients: 0.5–6 GB (survey)",
                 "—", "< 80 MB", verdict(None if final is None else final * 1.048576 < 80))
        self.row("Growth, request 100 to 1,000", fmt(growth, " MiB", 2), "—", "—",
                 "no trend beyond the history index", verdict(None if slope is None else slope < 100))
        stage_rows = "\n".join(f"| {name.replace('_', ' ')} | {fmt(med(stages[name]), ' MiB')} |" for name in order)
        request_rows = " | ".join(f"{n}: {fmt(at[n], '', 1)}" for n in sorted(at) if n in (1, 100, 250, 500, 750, 1000))
        self.section("5. Memory over a session", f"""
`bench_session memory 1000 5`, {len(runs)} run(s), medians: ConsoleSession on the Sandbox profile
(in-process sandbox), a PKCE grant, 1,000 sequential `GET /v1.0/me` through ApiClient (each
written to the history file), a ScopeProbe over every API, then a generated 5 MB Lofty-like
body parsed by JsonLoader into a JsonTreeModel (first batch of rows fetched). VmRSS after each
stage; the process has no GUI (the GUI's own memory is the start-up figure above).

| after | VmRSS |
|---|---|
{stage_rows}
| peak (VmHWM) | {fmt(med(peaks), ' MiB')} |

VmRSS (MiB) by request: {request_rows}. Growth from request 100 to 1,000:
{fmt(growth, ' MiB', 2)}; least-squares slope over requests 100..1,000:
{fmt(slope, ' KiB per 100 requests', 1)} (the history keeps a ~0.2 KiB summary per entry in
memory by design, bounded with the file).
""")

    # 6 -----------------------------------------------------------------------------------------
    def gui(self):
        s = samples_of([os.path.join(self.work, "gui.out")])
        lines = []
        for tag, label in (("jsonview", "JsonView (tree + pretty + raw tabs)"),
                           ("tree", "JsonLoader + JsonTreeModel in a QTreeView")):
            for size in (5, 50):
                shown = med(s.get(f"{tag}_{size}_shown_ms"))
                if shown is None:
                    continue
                stall = med(s.get(f"{tag}_{size}_stall_ms"))
                worst = max(s.get(f"{tag}_{size}_stall_ms"))
                lines.append(f"| {label} | {size} MB | {len(s.get(f'{tag}_{size}_shown_ms'))} | {fmt(shown, ' ms', 0)} | "
                             f"{fmt(med(s.get(f'{tag}_{size}_call_ms')), ' ms', 1)} | {fmt(stall, ' ms', 0)} | "
                             f"{fmt(worst, ' ms', 0)} | {fmt(med(s.get(f'{tag}_{size}_rss_after_mib')), ' MiB', 0)} |")
                if tag == "jsonview":
                    tree = med(s.get(f"tree_{size}_shown_ms"))
                    self.row(f"{size} MB JSON response shown in JsonView", fmt(shown, " ms", 0),
                             fmt(tree, " ms", 0) + " (tree only: JsonLoader + JsonTreeModel)", fmt(ratio(shown, tree), "x", 1),
                             "responsive: stalls < 100 ms",
                             verdict(stall < 100) + f" (largest stall {fmt(stall, ' ms', 0)})")
                elif med(s.get(f"jsonview_{size}_shown_ms")) is None:
                    self.row(f"{size} MB JSON response shown (JsonLoader + JsonTreeModel)", fmt(shown, " ms", 0), "—",
                             "—", "responsive: stalls < 100 ms",
                             verdict(stall < 100) + f" (largest stall {fmt(stall, ' ms', 0)})")
        if not lines:
            return
        table = "\n".join(lines)
        self.section("6. Big responses in the GUI", f"""
`bench_gui_json[view]` under Xvfb (xcb, real painting), window 1000x680: time from handing the
body to the view until it said it is loaded and the next event-loop pass (and a repaint) ran;
"call" is how long the call itself blocks; "stall" is the largest gap between ticks of a 10 ms
QTimer on the GUI thread during the load (10 ms = never blocked). Body: generated Lofty-like
leads list (see json-results.md).

| view | body | runs | shown, median | call blocks | largest stall, median | largest stall, worst | VmRSS after |
|---|---|---|---|---|---|---|---|
{table}
""")

    # 7 -----------------------------------------------------------------------------------------
    def sandbox(self):
        text = "\n".join(read_lines(os.path.join(self.work, "wrk.out")))
        rps = re.search(r"^Requests/sec:\s+([0-9.]+)", text, re.M)
        p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
        p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
        if not rps:
            return
        self.row("Sandbox, GET /v1.0/me under wrk", f"{float(rps.group(1)):.0f} req/s", "Lofty Production: 500/min",
                 f"{float(rps.group(1)) * 60 / 500:.0f}x", "—", "—")
        self.section("7. Sandbox throughput", f"""
`tests/bench/sandbox-bench.sh` (wrk -t1 -c16, authorized `GET /v1.0/me`, one lofty-sandbox
process; details in [sandbox-results.md](sandbox-results.md)): **{rps.group(1)} requests/s**,
latency p50 {p50.group(1) if p50 else 'n/a'}, p99 {p99.group(1) if p99 else 'n/a'}.
""")

    def json(self):
        lines = [line for line in read_lines(os.path.join(self.work, "json.out")) if line.startswith("|")]
        if len(lines) > 2:
            self.section("JSON parse (json_bench.sh, for reference)", "`tests/bench/json_bench.sh`, one process per row "
                         "(see [json-results.md](json-results.md) for the modes):\n\n" + "\n".join(lines))

    def write(self, results_path):
        m = self.machine
        head = ["| measurement | console | alternative / floor | ratio (same run) | target | met |",
                "|---|---|---|---|---|---|"]
        head += ["| " + " | ".join(cells) + " |" for cells in self.headline]
        table = "\n".join(head)
        notes = read_lines(os.path.join(self.work, "notes.txt"))
        analysis = "\n".join(read_lines(os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")))
        text = f"""# Benchmark results

Written by `tests/bench/run-all.sh` (do not edit by hand; causes and fixes are in
[analysis.md](analysis.md), appended below). Every figure is a median over repeated runs; every
ratio divides two medians measured in the same run.

| machine | |
|---|---|
| date | {m.get('date', '?')} |
| CPU | {m.get('cpu', '?')}, {m.get('cores', '?')} cores |
| memory | {m.get('memory', '?')} |
| OS | {m.get('os', '?')}, {m.get('kernel', '?')} |
| load average (1/5/15 min) | start {m.get('load_start', '?')}, end {m.get('load_end', '?')} |
| Qt | {m.get('qt', '?')} |
| compiler | {m.get('compiler', '?')}, {m.get('build_type', '?')} |
| curl / HTTPie / wrk | {m.get('curl', '?')} / HTTPie {m.get('httpie', '?')} / {m.get('wrk', '?')} |
| commit | {m.get('commit', '?')} |
| time | build {m.get('build_seconds', '?')} s, total {m.get('total_seconds', '?')} s |

## Summary

{table}

""" + "\n".join(self.sections)
        if notes:
            text += "\n## Notes from this run\n\n```\n" + "\n".join(notes) + "\n```\n"
        if analysis:
            text += "\n" + analysis + "\n"
        with open(results_path, "w", encoding="utf-8") as f:
            f.write(text)
        print(table)
        print(f"\nrun-all: wrote {results_path} (load {m.get('load_start', '?')} -> {m.get('load_end', '?')})")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: report.py <work-dir> <RESULTS.md>")
    report = Report(sys.argv[1])
    for part in (report.startup, report.latency, report.authorization, report.history, report.memory,
                 report.gui, report.sandbox, report.json):
        part()
    report.write(sys.argv[2])


if __name__ == "__main__":
    main()
