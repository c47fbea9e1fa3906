#!/usr/bin/env bash
# Builds and runs the soak test (tests/soak/soak_runner.cpp): 20,000 requests and 500 token
# refreshes against the in-process sandbox with random faults, at most 10 minutes, resident
# memory flat after warm-up, and (in the sanitizer build, the default) no leaks at exit.
#
#   tests/soak/run-soak.sh [soak_runner options, e.g. --requests 2000 --refreshes 50]
#
# Environment: SOAK_BUILD_DIR (default ./build-asan, configured with the asan preset when it does
# not exist yet; any configured build folder works), SOAK_JOBS (build parallelism, default 2).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build_dir="${SOAK_BUILD_DIR:-$source_dir/build-asan}"

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLOFTY_SANITIZE=ON
fi
cmake --build "$build_dir" --parallel "${SOAK_JOBS:-2}" --target soak_runner

# A small quarantine, so that VmRSS measures the program and not ASan's delayed frees.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:quarantine_size_mb=16:allocator_release_to_os_interval_ms=500:malloc_context_size=20}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$source_dir/tests/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-lofty.*.info=false;lofty.*.debug=false}"
exec "$build_dir/tests/soak/soak_runner" "$@"
