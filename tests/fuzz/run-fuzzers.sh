#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + coverage) and runs each until it has
# done FUZZ_MAX_RUNS executions or SECONDS have passed, whichever comes first, then writes the
# execution counts to tests/fuzz/RESULTS.md.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#   tests/fuzz/run-fuzzers.sh --report      only rewrite RESULTS.md from the last runs' results
#
# SECONDS per target (default 60); TARGET names without the fuzz_ prefix (default: all).
# Environment: FUZZ_BUILD_DIR (default ./build-fuzz), FUZZ_JOBS (build parallelism, default 1),
# FUZZ_MAX_RUNS (default 10000000, the issue's bar), FUZZ_PARALLEL (targets run at the same time,
# default 1; give each a core of its own).
# Each target starts from its seeds in tests/data/fuzz/<target>/ plus what earlier runs found
# (kept in $FUZZ_BUILD_DIR/corpus/<target>); a crash leaves its input in
# $FUZZ_BUILD_DIR/artifacts/<target>/ and the script exits non-zero after the other targets.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build_dir="${FUZZ_BUILD_DIR:-$source_dir/build-fuzz}"
seconds="${1:-60}"
shift || true
all_targets=(token_response jwt direct_credentials callback_query lofty_error request_history
    profile_store profile_import catalog json_reader http_request)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

write_report() {
    {
        echo "# Fuzzing results"
        echo
        echo "Written by \`tests/fuzz/run-fuzzers.sh\` (libFuzzer, clang 14, ASan + UBSan + LeakSanitizer,"
        echo "seeds in \`tests/data/fuzz/<target>/\`). One row per target: its latest run."
        echo
        echo "| target | date | seconds run | executions | exec/s | corpus files | result |"
        echo "|---|---|---|---|---|---|---|"
        for target in "${all_targets[@]}"; do
            [ -f "$build_dir/results/$target.txt" ] || continue
            awk -F'|' '{ printf "| fuzz_%s", $1; for (i = 2; i <= NF; i++) printf " | %s", $i; print " |" }' \
                "$build_dir/results/$target.txt"
        done
        if [ -f "$here/RESULTS-notes.md" ]; then
            echo
            cat "$here/RESULTS-notes.md"
        fi
    } >"$here/RESULTS.md"
    echo "run-fuzzers: wrote $here/RESULTS.md"
}

if [ "$seconds" = --report ]; then
    write_report
    exit 0
fi

command -v clang++ >/dev/null || { echo "run-fuzzers: clang++ is not installed" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOFTY_FUZZ=ON -DLOFTY_WERROR=OFF >/dev/null
cmake --build "$build_dir" --parallel "${FUZZ_JOBS:-1}" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

max_len_of() {
    case "$1" in
        catalog) echo 131072 ;;
        callback_query | jwt | direct_credentials) echo 4096 ;;
        *) echo 65536 ;;
    esac
}

run_target() {
    local target="$1"
    local corpus="$build_dir/corpus/$target"
    local artifacts="$build_dir/artifacts/$target"
    local log="$build_dir/results/$target.log"
    mkdir -p "$corpus" "$artifacts"
    echo "run-fuzzers: fuzz_$target for up to ${seconds}s or $max_runs executions"
    local seeds=("$source_dir/tests/data/fuzz/$target")
    # The real catalog is a seed too (read in place, not copied).
    [ "$target" != catalog ] || seeds+=("$source_dir/resources/catalog")
    local result=ok
    local started
    started="$(date +%s)"
    "$build_dir/tests/fuzz/fuzz_$target" "$corpus" "${seeds[@]}" \
        -max_total_time="$seconds" -runs="$max_runs" -timeout=20 -rss_limit_mb=2048 \
        -max_len="$(max_len_of "$target")" -print_final_stats=1 -artifact_prefix="$artifacts/" \
        >"$log" 2>&1 || result=crash
    local elapsed=$(($(date +%s) - started))
    local runs rate findings
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    findings="$(ls "$artifacts" | wc -l)"
    printf '%s|%s|%s|%s|%s|%s|%s\n' "$target" "$(date -u +%Y-%m-%d)" "$elapsed" "${runs:-?}" \
        "${rate:-?}" "$(ls "$corpus" | wc -l)" "$result ($findings artifacts)" >"$build_dir/results/$target.txt"
    echo "run-fuzzers: fuzz_$target: ${runs:-?} executions in ${elapsed}s, $result"
    [ "$result" = ok ]
}

max_runs="${FUZZ_MAX_RUNS:-10000000}"
parallel="${FUZZ_PARALLEL:-1}"
status=0
mkdir -p "$build_dir/results"
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$parallel" ]; then
        wait -n || status=1
        running=$((running - 1))
    fi
    run_target "$target" &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n || status=1
    running=$((running - 1))
done

write_report
exit $status
