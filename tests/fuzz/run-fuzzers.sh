#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + coverage) and runs each for a fixed
# time, one after the other, then writes the execution counts to tests/fuzz/RESULTS.md.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#   tests/fuzz/run-fuzzers.sh --report      only rewrite RESULTS.md from the last runs' results
#
# SECONDS per target (default 60); TARGET names without the fuzz_ prefix (default: all).
# Environment: FUZZ_BUILD_DIR (default ./build-fuzz), FUZZ_JOBS (build parallelism, default 1).
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
    profile_store profile_import catalog json_reader)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

write_report() {
    {
        echo "# Fuzzing results"
        echo
        echo "Written by \`tests/fuzz/run-fuzzers.sh\` (libFuzzer, clang 14, ASan + UBSan + LeakSanitizer,"
        echo "seeds in \`tests/data/fuzz/<target>/\`). One row per target: its latest run."
        echo
        echo "| target | date | seconds | executions | exec/s | corpus files | result |"
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

status=0
mkdir -p "$build_dir/results"
for target in "${targets[@]}"; do
    corpus="$build_dir/corpus/$target"
    artifacts="$build_dir/artifacts/$target"
    log="$build_dir/results/$target.log"
    mkdir -p "$corpus" "$artifacts"
    echo "run-fuzzers: fuzz_$target for ${seconds}s"
    seeds=("$source_dir/tests/data/fuzz/$target")
    # The real catalog is a seed too (read in place, not copied).
    [ "$target" != catalog ] || seeds+=("$source_dir/resources/catalog")
    result=ok
    "$build_dir/tests/fuzz/fuzz_$target" "$corpus" "${seeds[@]}" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len="$(max_len_of "$target")" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || result=crash
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    findings="$(ls "$artifacts" | wc -l)"
    [ "$result" = ok ] || status=1
    printf '%s|%s|%s|%s|%s|%s|%s\n' "$target" "$(date -u +%Y-%m-%d)" "$seconds" "${runs:-?}" \
        "${rate:-?}" "$(ls "$corpus" | wc -l)" "$result ($findings artifacts)" >"$build_dir/results/$target.txt"
    echo "run-fuzzers: fuzz_$target: ${runs:-?} executions, $result"
done

write_report
exit $status
