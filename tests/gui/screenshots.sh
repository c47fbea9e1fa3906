#!/bin/sh
# Renders every panel of the console, light and dark (Fusion), from a real session with the
# embedded sandbox, into docs/screenshots/<panel>-<light|dark>.png.
#   tests/gui/screenshots.sh [build-dir]
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-"$source_dir/build"}
cmake --build "$build_dir" --target tst_consolegui -j2
LOFTY_SCREENSHOTS_DIR="$source_dir/docs/screenshots" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    LOFTY_SOURCE_DIR="$source_dir" LOFTY_TEST_DATA="$source_dir/tests/data" \
    "$build_dir/tests/gui/tst_consolegui"
ls "$source_dir/docs/screenshots"
