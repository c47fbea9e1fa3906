#!/usr/bin/env bash
# Runs the README's test command, `./installer/setup.sh test`, on a fresh Debian <suite> made
# with `debootstrap --variant=minbase` from Debian's archive, then installs the .deb that the run
# built there with `apt-get install ./file.deb`. Run it by hand as root:
#
#   tests/distro/run-in-debian.sh trixie        # Debian 13 (Qt 6.8.2, GCC 14)
#   tests/distro/run-in-debian.sh bookworm      # Debian 12 (Qt 6.4.2, GCC 12)
#
# The source is `git archive HEAD` (commit first; build folders never go in). The chroot lives
# under ${LOFTY_DISTRO_WORK:-/var/tmp} and goes away afterwards, mounts included (they are made
# in a private mount namespace and undone by a trap). Set LOFTY_DISTRO_CCACHE to a folder to
# keep the chroot's compiler cache between runs. Mirror: DEBIAN_MIRROR, else the first
# deb.debian.org-style URI of this machine's APT sources, else http://deb.debian.org/debian.
# Exit status: the test command's (or the .deb install's, when the tests passed).
#
# Measured 2026-11-29 on the 2-core CI machine: trixie, fresh debootstrap (~1 min), setup.sh's
# apt-get (~4 min), a build whose chroot compiler cache was cold, the whole suite (62 tests) and the
# .deb install: 14 min in all. An interrupted run cleans up its mounts and folder in under 15 s.
set -euo pipefail

suite="${1:-}"
if [ -z "$suite" ]; then
    sed -n '2,22p' "$0" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "run-in-debian: debootstrap and chroot need root" >&2
    exit 2
fi
for tool in debootstrap unshare git tar; do
    command -v "$tool" >/dev/null || { echo "run-in-debian: $tool is not installed" >&2; exit 2; }
done

# Everything below happens in a private mount namespace: the mounts cannot leak to the host and
# vanish with the process even if it is killed.
if [ -z "${LOFTY_DISTRO_IN_NAMESPACE:-}" ]; then
    LOFTY_DISTRO_IN_NAMESPACE=1 exec unshare --mount --propagation private -- "$0" "$@"
fi

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
started=$(date +%s)

default_mirror() {
    local uri
    uri=$(grep -hsoE '(URIs:|^deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* \
        | head -n1 | awk '{print $2}')
    echo "${uri:-http://deb.debian.org/debian}"
}
mirror="${DEBIAN_MIRROR:-$(default_mirror)}"

work="$(mktemp -d "${LOFTY_DISTRO_WORK:-/var/tmp}/lofty-$suite.XXXXXX")"
root="$work/root"
mounted=()

cleanup() {
    local status=$?
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true
    done
    # --one-file-system: never descend into something still mounted (such as the host's /dev).
    rm -rf --one-file-system "$work"
    echo "run-in-debian: $suite finished with status $status after $(( $(date +%s) - started )) s"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in_root() { # <mount arguments...> <target inside root>
    local target="$root/${*: -1}"
    mkdir -p "$target"
    mount "${@:1:$#-1}" "$target"
    mounted+=("$target")
}

echo "run-in-debian: debootstrap $suite from $mirror into $root"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }

mount_in_root -t proc proc /proc
mount_in_root -t sysfs sysfs /sys
mount_in_root --bind /dev /dev
mount_in_root -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts /dev/pts
mount_in_root -t tmpfs -o mode=1777 tmpfs /dev/shm
cp /etc/resolv.conf "$root/etc/resolv.conf"
if [ -n "${LOFTY_DISTRO_CCACHE:-}" ]; then
    mkdir -p "$LOFTY_DISTRO_CCACHE"
    mount_in_root --bind "$LOFTY_DISTRO_CCACHE" /var/cache/lofty-ccache
fi

echo "run-in-debian: copying $(git -C "$source_dir" rev-parse --short HEAD) (git archive HEAD)"
mkdir -p "$root/src/lofty"
git -C "$source_dir" archive --format=tar HEAD | tar -x -C "$root/src/lofty"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
        CCACHE_DIR=/var/cache/lofty-ccache "$@"
}

# The test command installs everything else itself with apt-get (it runs as root here: no sudo).
status=0
in_root bash -c 'cd /src/lofty && nice ./installer/setup.sh test' || status=$?
if [ "$status" -ne 0 ]; then
    echo "run-in-debian: ./installer/setup.sh test failed on $suite (status $status)" >&2
    exit "$status"
fi

echo "run-in-debian: building the .deb and installing it with apt-get"
in_root bash -c 'set -e
    cd /src/lofty/build && cpack -G DEB -B /tmp/lofty-deb >/dev/null
    deb=$(ls /tmp/lofty-deb/*.deb)
    apt-get install -y -qq "$deb" >/dev/null
    dpkg-query -W -f="\${Package} \${Version} \${Status}\n" lofty-console
    dpkg-deb --field "$deb" Depends
    lofty-console-cli --version'
