#!/usr/bin/env bash
# The sanitizer suite: builds the asan preset's configuration (AddressSanitizer +
# UndefinedBehaviorSanitizer, Debug, warnings are errors) in ./build-asan and runs the whole ctest
# suite in it, in the same private D-Bus session with an unlocked gnome-keyring-daemon as
# `installer/setup.sh test`, with LeakSanitizer on (suppressions: tests/lsan.supp).
#
#   tests/sanitize.sh                          everything (about 4x the time of the normal suite)
#   LOFTY_CTEST_ARGS="-L unit" tests/sanitize.sh   a subset (any ctest arguments)
#
# Environment: BUILD_DIR (default ./build-asan), LOFTY_BUILD_JOBS (default: all cores),
# ASAN_OPTIONS / LSAN_OPTIONS / UBSAN_OPTIONS to override the defaults in installer/setup.sh.
# The soak test is separate: tests/soak/run-soak.sh.
set -euo pipefail
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/installer/setup.sh" sanitize "$@"
