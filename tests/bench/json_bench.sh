#!/bin/sh
# JSON parse/reformat benchmark on generated 5 MB and 50 MB Lofty-like bodies.
# Usage: tests/bench/json_bench.sh [build-dir]   (default: build). Results go to stdout as a
# markdown table; paste them into tests/bench/json-results.md.
set -eu
build=${1:-build}
cmake --build "$build" --target bench_json -j2 >/dev/null 2>&1
bench="$build/tests/json/bench_json"
echo "| input MB | mode | ms | MB/s | peak RSS MiB | peak above input MiB | values | output bytes |"
echo "|---|---|---|---|---|---|---|---|"
for size in 5 50; do
    for mode in parse reformat-compact reformat-pretty write-pretty model qjsondocument; do
        "$bench" "$size" "$mode"
    done
done
