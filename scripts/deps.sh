#!/bin/sh
# Installs, with apt-get, whatever minigo's build and tests need and this
# machine lacks.  Quiet and fast (a few stat calls) when everything is present.
# Usage: scripts/deps.sh [extra-debian-package...]
set -e

need=""
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_file() { [ -e "$1" ]; }

have_cmd cc            || need="$need gcc"
have_cmd make          || need="$need make"
have_cmd re2c          || need="$need re2c"
have_cmd lemon         || need="$need lemon"
have_file /usr/share/lemon/lempar.c || need="$need lemon"
have_file /usr/include/gc.h        || need="$need libgc-dev"
have_file /usr/include/cmocka.h    || need="$need libcmocka-dev"
have_cmd timeout       || need="$need coreutils"
have_cmd xargs         || need="$need findutils"
# the time zone tests (testdata/stdlib/time_*: TZ=Europe/Paris, LoadLocation)
have_file /usr/share/zoneinfo/Europe/Paris || need="$need tzdata"
for p in "$@"; do
	dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done

[ -z "$need" ] && exit 0

echo "scripts/deps.sh: installing$need" >&2
if [ "$(id -u)" != 0 ]; then
	SUDO=sudo
else
	SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has empty package lists: update once, then install.
if ! $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null 2>&1; then
	$SUDO apt-get update -qq >/dev/null
	$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
