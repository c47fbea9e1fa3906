#!/usr/bin/env bash
# Start-up to the mapped window and resident memory at that moment: lofty-console against the bare
# Qt Widgets program (bench_minimal_widgets), launched alternately under one Xvfb in the same run,
# each on a fresh HOME/XDG tree (first run: the Sandbox profile). The section of run-all.sh on its
# own, for iterating on start-up. Prints a Markdown table of medians and their ratios.
#
#   tests/bench/startup-bench.sh BUILD_DIR [RUNS]
set -euo pipefail
build="${1:?usage: startup-bench.sh BUILD_DIR [RUNS]}"
runs="${2:-15}"
console="$build/app/lofty-console" minimal="$build/tests/bench/bench_minimal_widgets"
probe="$build/tests/bench/bench_startup_probe"
for program in "$console" "$minimal" "$probe"; do
    [ -x "$program" ] || { echo "startup-bench: $program is not built" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
display=":$(head -n 1 "$work/display")"

fresh_env() {
    local dir
    dir="$(mktemp -d "$work/home.XXXXXX")"
    mkdir -p "$dir/config" "$dir/data" "$dir/cache" "$dir/state" "$dir/runtime"
    chmod 700 "$dir/runtime"
    echo "HOME=$dir XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$dir/cache XDG_STATE_HOME=$dir/state XDG_RUNTIME_DIR=$dir/runtime"
}

for run in $(seq 0 "$runs"); do
    for program in console minimal; do
        path="$console"
        [ "$program" = minimal ] && path="$minimal"
        # shellcheck disable=SC2046
        out="$(env -u SESSION_MANAGER $(fresh_env) DISPLAY="$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
            dbus-run-session -- "$probe" 1000 10000 "$path" 2>>"$work/probe.err")" || continue
        # Run 0 warms the page cache and is not counted.
        [ "$run" = 0 ] || echo "$out" | sed -n "s/^RESULT /${program} /p" >>"$work/samples"
    done
done

median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
value() { awk -v p="$1" -v m="$2" '$1==p && $2==m {print $3}' "$work/samples" | median; }
echo "| | lofty-console | minimal Qt Widgets | ratio |"
echo "|---|---|---|---|"
for metric in map_ms rss_map_mib rss_settled_mib; do
    c="$(value console "$metric")" m="$(value minimal "$metric")"
    printf '| %s, median of %s | %.1f | %.1f | %.2fx |\n' "$metric" "$runs" "$c" "$m" "$(echo "$c / $m" | bc -l)"
done
