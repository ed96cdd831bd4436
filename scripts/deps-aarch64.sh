#!/bin/sh
# Installs what the aarch64 cross build and its test run (make test-aarch64,
# tests/aarch64.sh) need and this machine lacks.  Quiet and fast when all
# is there.  Usage: scripts/deps-aarch64.sh SYSROOT
#
#   - gcc-aarch64-linux-gnu and libc6-dev-arm64-cross (the cross compiler
#     and its libc under /usr/aarch64-linux-gnu) and qemu-user
#     (qemu-aarch64), with apt-get;
#   - Boehm GC and cmocka for arm64: Debian's libgc1, libgc-dev, libcmocka0
#     and libcmocka-dev of architecture arm64, fetched with `apt-get
#     download` and unpacked (dpkg -x) into SYSROOT (build/aarch64/sysroot),
#     not installed: installing arm64 -dev packages on the host would pull
#     libc6-dev:arm64 and upgrade host libraries in lockstep.  apt needs the
#     arm64 architecture in its lists for the download (dpkg
#     --add-architecture arm64; nothing of arm64 gets installed).
set -e

SYSROOT=${1:?usage: scripts/deps-aarch64.sh SYSROOT}
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive

need=""
command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || need="$need gcc-aarch64-linux-gnu"
[ -e /usr/aarch64-linux-gnu/include/stdio.h ] || need="$need libc6-dev-arm64-cross"
command -v qemu-aarch64 >/dev/null 2>&1 || need="$need qemu-user"
updated=0
if [ -n "$need" ]; then
	echo "scripts/deps-aarch64.sh: installing$need" >&2
	if ! $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null 2>&1; then
		$SUDO apt-get update -qq >/dev/null
		updated=1
		$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
	fi
fi

LIBDIR=$SYSROOT/usr/lib/aarch64-linux-gnu
if [ -e "$LIBDIR/libgc.so" ] && [ -e "$LIBDIR/libcmocka.so" ] && [ -e "$SYSROOT/usr/include/gc.h" ]; then
	exit 0
fi
echo "scripts/deps-aarch64.sh: fetching libgc and libcmocka for arm64 into $SYSROOT" >&2
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
	$SUDO dpkg --add-architecture arm64
	updated=0
fi
pkgs="libgc1:arm64 libgc-dev:arm64 libcmocka0:arm64 libcmocka-dev:arm64"
dl=$SYSROOT.debs
rm -rf "$dl" && mkdir -p "$dl"
# apt's sandbox user must be able to write there (the tree may be private)
chmod 777 "$dl"
if ! (cd "$dl" && apt-get download -qq $pkgs >/dev/null 2>&1); then
	[ "$updated" = 1 ] || $SUDO apt-get update -qq >/dev/null
	(cd "$dl" && apt-get download -qq $pkgs >/dev/null 2>&1)
fi
mkdir -p "$SYSROOT"
for d in "$dl"/*.deb; do
	dpkg -x "$d" "$SYSROOT"
done
rm -rf "$dl"
