#!/usr/bin/env bash
# Set-up for the Lofty Developer Console on Debian 12 (bookworm) and Debian 13 (trixie): the
# package names below exist under the same name in both.
#
#   installer/setup.sh run     install build + runtime packages, build, launch the console on the
#                              built-in Sandbox profile
#   installer/setup.sh test    install, build (warnings are errors), run the whole ctest suite in a
#                              private D-Bus session with an unlocked gnome-keyring-daemon
#   installer/setup.sh build   install and build only
#   installer/setup.sh sanitize  install, build with AddressSanitizer + UBSan (the asan preset's
#                              settings, in ./build-asan) and run the whole suite as `test` does,
#                              with LeakSanitizer on and tests/lsan.supp (see tests/sanitize.sh)
#   installer/setup.sh bench   install (plus httpie, wrk, X11 tools), build, run every benchmark
#                              (tests/bench/run-all.sh) and write tests/bench/RESULTS.md
#
# Environment: BUILD_DIR (default ./build), LOFTY_CTEST_ARGS (extra ctest arguments, e.g. "-L unit").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/.." && pwd)"
build_dir="${BUILD_DIR:-$source_dir/build}"

packages=(
    # build
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # run time: qtkeychain dlopens libsecret, which its package does not declare
    libsecret-1-0 libqt6svg6 qt6-qpa-plugins
    # tests: private Secret Service, packaging checks, command-line peers
    dbus-daemon dbus-user-session gnome-keyring libsecret-tools
    dpkg-dev fakeroot file desktop-file-utils appstream curl xvfb xauth
)
# Debian 13 moved Qt's SVG icon engine out of libqt6svg6 into its own package.
if [ -r /etc/os-release ] && ! grep -q '^VERSION_CODENAME=bookworm$' /etc/os-release; then
    packages+=(qt6-svg-plugins)
fi
# benchmarks only: the alternatives measured side by side, and the start-up probe's Xlib
bench_packages=(httpie wrk x11-utils libx11-dev python3)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: all packages present"
        return
    fi
    echo "setup: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local preset="$1"
    # `test` makes warnings errors; `run` and `build` keep an existing tree's setting, so that
    # running the console after the tests does not rebuild everything with other flags.
    local werror=()
    if [ "$preset" = ci ]; then
        werror=(-DLOFTY_WERROR=ON)
    elif [ ! -f "$build_dir/CMakeCache.txt" ]; then
        werror=(-DLOFTY_WERROR=OFF)
    fi
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${werror[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# HOME and the XDG folders inside the build tree: tests never touch the real keyring or settings.
private_home() {
    local root="$build_dir/test-home"
    rm -rf "$root"
    mkdir -p "$root/home" "$root/config" "$root/data" "$root/cache" "$root/state" "$root/run"
    chmod 700 "$root/run"
    export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data"
    export XDG_CACHE_HOME="$root/cache" XDG_STATE_HOME="$root/state" XDG_RUNTIME_DIR="$root/run"
}

run_tests() {
    private_home
    export QT_QPA_PLATFORM=offscreen
    # shellcheck disable=SC2016
    dbus-run-session -- bash -c '
        set -e
        printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        cd "$1"; shift
        exec ctest --output-on-failure --no-tests=error -j "$(nproc)" "$@"
    ' lofty-tests "$build_dir" ${LOFTY_CTEST_ARGS:-}
}

sanitize_build_and_test() {
    build_dir="${BUILD_DIR:-$source_dir/build-asan}"
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLOFTY_SANITIZE=ON -DLOFTY_WERROR=ON
    cmake --build "$build_dir" --parallel "${LOFTY_BUILD_JOBS:-$(nproc)}"
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1:malloc_context_size=20}"
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$source_dir/tests/lsan.supp:print_suppressions=0}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    run_tests
}

launch_console() {
    local console="$build_dir/app/lofty-console"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "setup: no DISPLAY or WAYLAND_DISPLAY; starting the console under xvfb-run" >&2
        exec xvfb-run -a "$console" --profile Sandbox "$@"
    fi
    exec "$console" --profile Sandbox "$@"
}

command="${1:-}"
shift || true
case "$command" in
    run) install_packages; configure_and_build default; launch_console "$@" ;;
    test) install_packages; configure_and_build ci; run_tests ;;
    build) install_packages; configure_and_build default ;;
    sanitize) install_packages; sanitize_build_and_test ;;
    bench) install_packages "${bench_packages[@]}"; configure_and_build default; "$source_dir/tests/bench/run-all.sh" "$build_dir" ;;
    *) sed -n '2,18p' "$0" >&2; exit 2 ;;
esac
