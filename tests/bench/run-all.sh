#!/usr/bin/env bash
# Every benchmark of the console, side by side with the alternatives, in one command: builds what
# it needs, runs each measurement several times (figures are medians, comparisons are ratios
# measured in the same run, interleaved where it matters), prints a table and writes
# tests/bench/RESULTS.md. Not part of ctest: these measure, they do not assert.
#
# Usage: tests/bench/run-all.sh [build-dir]      (default: build; configured if missing)
# Needs: Xvfb (xvfb), curl, http (httpie), wrk, python3, dbus-run-session; X11 headers for the
# start-up probe. A missing tool skips its section and says so in RESULTS.md.
# Repetitions can be lowered for a quick look, e.g. BENCH_QUICK=1 tests/bench/run-all.sh.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "$root" && realpath -m "${1:-build}")"
quick="${BENCH_QUICK:-0}"
reps() { if [ "$quick" = 1 ]; then echo "$2"; else echo "$1"; fi; }

startup_runs=$(reps 21 4)    # start-ups of each program, interleaved
phase_runs=$(reps 7 2)       # in-process start-up breakdowns of each
latency_rounds=$(reps 7 2)   # rounds of: ApiClient, curl (one process), curl (per process), httpie
latency_per_round=$(reps 200 50)
perprocess_per_round=$(reps 20 5)
httpie_per_round=$(reps 4 2)
auth_runs=$(reps 20 5)
history_entries=100000
history_runs=$(reps 5 2)
memory_runs=$(reps 3 1)
gui_runs_5=$(reps 5 2)
gui_runs_50=$(reps 3 1)
wrk_seconds=$(reps 10 3)

work="$(mktemp -d "${TMPDIR:-/tmp}/lofty-bench.XXXXXX")"
pids=()
main_pid=$BASHPID
cleanup() {
    [ "$BASHPID" = "$main_pid" ] || return 0 # not in background subshells
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
began=$(date +%s)
note() { echo "$*" >>"$work/notes.txt"; echo "run-all: $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
elapsed() { echo $(($(date +%s) - began)); }

# --- build ----------------------------------------------------------------------------------
echo "run-all: building in $build" >&2
export CCACHE_BASEDIR="$root"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOFTY_WERROR=ON >"$work/configure.log" 2>&1 \
        || { cat "$work/configure.log" >&2; exit 1; }
else
    cmake "$build" >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; exit 1; }
fi
build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")"
ninja -C "$build" -t targets all >"$work/targets.txt" 2>/dev/null || true
built=()
for target in lofty-sandbox lofty-console bench_minimal_widgets bench_startup_probe bench_startup_phases bench_session \
    bench_gui_json bench_gui_jsonview bench_json; do
    if ! grep -q "^$target:" "$work/targets.txt"; then
        note "target $target is not defined in this build (see tests/bench/CMakeLists.txt)"
        continue
    fi
    if cmake --build "$build" --target "$target" -j2 >"$work/build-$target.log" 2>&1; then
        built+=("$target")
    else
        note "target $target did not build; its section is skipped (tail of the log below)"
        tail -n 15 "$work/build-$target.log" | sed 's/^/    /' >>"$work/notes.txt"
    fi
done
is_built() { local t; for t in "${built[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }
bin() { find "$build" -type f -name "$1" -perm -u+x -not -path '*/CMakeFiles/*' | head -n 1; }
build_seconds=$(elapsed)

# --- machine --------------------------------------------------------------------------------
{
    echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
    echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
    echo "cores=$(nproc)"
    echo "memory=$(free -m | awk '/^Mem:/ {printf "%.1f GiB", $2 / 1024}')"
    echo "kernel=$(uname -sr)"
    echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "qt=$(dpkg-query -W -f '${Version}' qt6-base-dev 2>/dev/null || echo unknown)"
    compiler="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")"
    echo "compiler=$("${compiler:-c++}" --version | head -n 1)"
    echo "build_type=$build_type"
    echo "curl=$(curl --version 2>/dev/null | head -n 1 | cut -d' ' -f1-2 || echo missing)"
    echo "httpie=$(http --version 2>/dev/null || echo missing)"
    echo "wrk=$(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2 || echo missing)"
    echo "commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD -- app lib 2>/dev/null || echo ' (app/ or lib/ modified in the work tree)')"
    echo "build_seconds=$build_seconds"
} >"$work/machine.env"

# --- Xvfb -----------------------------------------------------------------------------------
display=""
if have Xvfb; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do
        number="$(head -n 1 "$work/display" 2>/dev/null || true)"
        [ -n "$number" ] && break
        sleep 0.1
    done
    [ -n "${number:-}" ] && display=":$number"
fi
[ -n "$display" ] || note "Xvfb is not available: start-up and GUI sections are skipped (apt-get install xvfb)"

# A fresh HOME / XDG tree for one program run (first run: the console opens the Sandbox profile).
fresh_env() {
    local dir
    dir="$(mktemp -d "$work/home.XXXXXX")"
    mkdir -p "$dir/config" "$dir/data" "$dir/cache" "$dir/state" "$dir/runtime"
    chmod 700 "$dir/runtime"
    echo "HOME=$dir XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$dir/cache XDG_STATE_HOME=$dir/state XDG_RUNTIME_DIR=$dir/runtime"
}

# --- 1. start-up ------------------------------------------------------------------------------
startup() {
    local console minimal probe
    console="$(bin lofty-console)" minimal="$(bin bench_minimal_widgets)" probe="$(bin bench_startup_probe)"
    : >"$work/startup.out"
    for run in $(seq 0 "$startup_runs"); do
        for program in console minimal; do
            local path="$console"
            [ "$program" = minimal ] && path="$minimal"
            # shellcheck disable=SC2046
            out="$(env -u SESSION_MANAGER $(fresh_env) DISPLAY="$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
                dbus-run-session -- "$probe" 1000 10000 "$path" 2>>"$work/startup.err")" || {
                note "start-up probe failed for $program (run $run)"; continue; }
            # Run 0 warms the page cache and is not counted.
            [ "$run" = 0 ] || echo "$out" | sed -n "s/^RESULT /SAMPLE ${program}_/p" >>"$work/startup.out"
        done
    done
    if is_built bench_startup_phases; then
        for run in $(seq 1 "$phase_runs"); do
            for program in console minimal; do
                # shellcheck disable=SC2046
                env -u SESSION_MANAGER $(fresh_env) DISPLAY="$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
                    dbus-run-session -- "$(bin bench_startup_phases)" "$program" 2>>"$work/startup.err" \
                    | grep '^SAMPLE' >>"$work/phases-$program.out" || note "bench_startup_phases $program failed"
            done
        done
    fi
}
if [ -n "$display" ] && is_built lofty-console && is_built bench_minimal_widgets && is_built bench_startup_probe \
    && have dbus-run-session; then
    echo "run-all: [1/7] start-up ($startup_runs x 2 launches) at $(elapsed) s" >&2
    startup
else
    note "start-up section skipped (needs Xvfb, dbus-run-session, lofty-console, bench_minimal_widgets, bench_startup_probe)"
fi

# --- a standalone sandbox for the request and wrk sections -------------------------------------
sandbox_base="" token=""
start_sandbox() {
    local program
    program="$(bin lofty-sandbox)"
    "$program" --port 0 --rate-limit 100000000 >"$work/sandbox.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do
        sandbox_base="$(sed -n 's/^ *Base \/ API URL: *//p' "$work/sandbox.log" 2>/dev/null || true)"
        [ -n "$sandbox_base" ] && break
        sleep 0.1
    done
    local key
    [ -n "$sandbox_base" ] || return 0
    key="$(curl -sf "$sandbox_base/sandbox/accounts" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["customerKey"])')" || true
    token="$(curl -sf -u 'sandbox-web:sbx-secret/web+key=1' --data-urlencode grant_type=client_credentials \
        --data-urlencode "customer_key=$key" "$sandbox_base/oauth/token" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')" || true
}

# --- 2. request overhead ----------------------------------------------------------------------
# Every client sends the same authorized GET /v1.0/me, one after another, to the same
# lofty-sandbox process. In-process figures (ApiClient, curl with one process for all requests
# over one kept-alive connection) compare like with like; per-process figures include starting
# the program (curl, httpie) as a shell script would.
latency() {
    local driver url="$sandbox_base/v1.0/me" warm=20
    driver="$(bin bench_session)"
    : >"$work/latency.out"
    for _ in $(seq 1 "$latency_rounds"); do
        "$driver" latency "$sandbox_base" "$token" "$latency_per_round" "$warm" | grep '^SAMPLE' >>"$work/latency.out" \
            || note "the ApiClient latency driver failed"
        {
            for _ in $(seq 1 $((latency_per_round + warm))); do echo "url = \"$url\""; echo 'output = "/dev/null"'; done
        } >"$work/curl.cfg"
        curl -s -H "Authorization: Bearer $token" -w '%{http_code} %{time_total}\n' -K "$work/curl.cfg" \
            | awk -v warm="$warm" 'NR > warm && $1 == 200 {printf "SAMPLE curl_keepalive_ms %.3f\n", $2 * 1000}' \
                >>"$work/latency.out" || note "curl (one process) failed"
        python3 - "$url" "$token" "$perprocess_per_round" "$httpie_per_round" >>"$work/latency.out" <<'PY' \
            || note "the per-process timing failed"
import re, shutil, subprocess, sys, time
url, token, curl_runs, httpie_runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def timed(argv):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return (time.perf_counter() - start) * 1000, done
for _ in range(curl_runs):
    ms, done = timed(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", f"Authorization: Bearer {token}", url])
    if done.stdout.strip() == "200":
        print(f"SAMPLE curl_process_ms {ms:.3f}")
for _ in range(httpie_runs if shutil.which("http") else 0):
    ms, done = timed(["http", "--ignore-stdin", "--print=hm", "GET", url, f"Authorization:Bearer {token}"])
    elapsed = re.search(r"Elapsed time: ([0-9.]+)s", done.stdout)
    if done.returncode == 0 and " 200 " in done.stdout.splitlines()[0]:
        print(f"SAMPLE httpie_process_ms {ms:.3f}")
        if elapsed:
            print(f"SAMPLE httpie_request_ms {float(elapsed.group(1)) * 1000:.3f}")
PY
    done
}
if is_built lofty-sandbox && is_built bench_session && have curl && have python3; then
    start_sandbox
    if [ -n "$token" ]; then
        echo "run-all: [2/7] request overhead at $(elapsed) s" >&2
        have http || note "httpie (http) is not installed: its rows are missing"
        latency
    else
        note "the standalone sandbox did not start or gave no token: request overhead skipped"
    fi
else
    note "request overhead skipped (needs lofty-sandbox, bench_session, curl, python3)"
fi

# --- 3. authorization, 4. history, 5. memory ---------------------------------------------------
if is_built bench_session; then
    driver="$(bin bench_session)"
    echo "run-all: [3/7] authorization ($auth_runs grants and refreshes) at $(elapsed) s" >&2
    # shellcheck disable=SC2046
    env $(fresh_env) "$driver" auth "$auth_runs" >"$work/auth.out" 2>"$work/auth.err" \
        || note "authorization driver failed: $(tail -n 1 "$work/auth.err")"
    echo "run-all: [4/7] history ($history_entries entries) at $(elapsed) s" >&2
    # shellcheck disable=SC2046
    env $(fresh_env) "$driver" history "$history_entries" "$history_runs" >"$work/history.out" 2>"$work/history.err" \
        || note "history driver failed: $(tail -n 1 "$work/history.err")"
    echo "run-all: [5/7] memory over a session ($memory_runs runs) at $(elapsed) s" >&2
    for run in $(seq 1 "$memory_runs"); do
        # shellcheck disable=SC2046
        env $(fresh_env) "$driver" memory 1000 5 >"$work/memory-$run.out" 2>"$work/memory.err" \
            || note "memory driver failed: $(tail -n 1 "$work/memory.err")"
    done
else
    note "authorization, history and memory sections skipped (bench_session did not build)"
fi

# --- 6. big responses in the GUI ----------------------------------------------------------------
gui() {
    local program="$1" mode="$2" tag="$3"
    for size in 5 50; do
        local runs="$gui_runs_5"
        [ "$size" = 50 ] && runs="$gui_runs_50"
        # shellcheck disable=SC2046
        env $(fresh_env) DISPLAY="$display" QT_QPA_PLATFORM=xcb "$(bin "$program")" "$mode" "$size" "$runs" 2>>"$work/gui.err" \
            | sed -n "s/^\(SAMPLE\|RESULT\) /\1 ${tag}_${size}_/p" >>"$work/gui.out" \
            || note "$program $mode $size MB failed"
    done
}
: >"$work/gui.out"
if [ -n "$display" ]; then
    echo "run-all: [6/7] big responses in the GUI at $(elapsed) s" >&2
    if is_built bench_gui_jsonview; then
        gui bench_gui_jsonview jsonview jsonview
    else
        note "JsonView is not available (bench_gui_jsonview not built): JsonLoader + JsonTreeModel in a QTreeView measured instead"
    fi
    is_built bench_gui_json && gui bench_gui_json tree tree
fi

# --- 7. sandbox throughput (the existing script) and the JSON benchmark -------------------------
if is_built lofty-sandbox && have wrk; then
    echo "run-all: [7/7] sandbox under wrk (${wrk_seconds}s) and JSON parse at $(elapsed) s" >&2
    "$here/sandbox-bench.sh" "$(bin lofty-sandbox)" "$wrk_seconds" 16 >"$work/wrk.out" 2>&1 \
        || note "sandbox-bench.sh failed: $(tail -n 2 "$work/wrk.out" | tr '\n' ' ')"
else
    note "sandbox throughput skipped (needs wrk and lofty-sandbox)"
fi
if is_built bench_json; then
    "$here/json_bench.sh" "$build" >"$work/json.out" 2>&1 || note "json_bench.sh failed"
fi

echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/machine.env"
echo "total_seconds=$(elapsed)" >>"$work/machine.env"
python3 "$here/report.py" "$work" "$here/RESULTS.md"
