#!/usr/bin/env bash
# scripts/deps.sh [--check] — make sure the Debian packages regbot needs to
# build, test, lint and demo are installed.
#
# All present: returns at once (one dpkg-query call).  Some missing: as
# root, installs them non-interactively (Postfix preseeded to "No
# configuration", and with a policy-rc.d that forbids starting services
# for the duration, so no system daemon starts: the tests run their own
# private instances).  Not root: prints the command to run and exits 1.
#
# --check (what `make check`, `make demo` ... run): never installs; lists
# what is missing with the command that installs it and exits 1.  Only
# this script, run on purpose (README, .ci/run), changes the system.
set -euo pipefail

check_only=0
case ${1:-} in
--check) check_only=1 ;;
"") ;;
*)
	echo "usage: scripts/deps.sh [--check]" >&2
	exit 2
	;;
esac

PKGS=(
	build-essential pkg-config clang libclang-rt-14-dev
	libetpan-dev libcurl4-gnutls-dev libsqlite3-dev sqlite3 libinih-dev
	libjson-c-dev libgnutls28-dev libxml2-dev libical-dev libcmocka-dev
	libunistring-dev libexttextcat-dev python3 tzdata clang-format cppcheck
	dovecot-imapd dovecot-lmtpd postfix swaks openssl jq libio-socket-ssl-perl
)

missing=()
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${PKGS[@]}" 2>/dev/null || true)
for p in "${PKGS[@]}"; do
	grep -qx "$p install ok installed" <<<"$installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: missing packages: ${missing[*]}" >&2
cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
if [ "$check_only" = 1 ]; then
	echo "deps: install them with (as root; it keeps daemons from starting):" >&2
	echo "  scripts/deps.sh" >&2
	echo "deps: or by hand:" >&2
	echo "  $cmd" >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "deps: run as root:" >&2
	echo "  $cmd" >&2
	exit 1
fi

# Keep package scripts from starting daemons (the system Dovecot would take
# ports 143/993); remove the guard afterwards only if we put it there.
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\n# regbot scripts/deps.sh: no service starts during install\nexit 101\n' >"$policy"
	chmod 755 "$policy"
	made_policy=1
fi
cleanup() { if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
start=$SECONDS
apt-get update
apt-get install -y "${missing[@]}"
echo "deps: installed ${#missing[@]} packages in $((SECONDS - start)) s" >&2

# Verify: a package that apt did not install fails here, not in a test.
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${missing[@]}" 2>/dev/null || true)
for p in "${missing[@]}"; do
	grep -qx "$p install ok installed" <<<"$installed" || {
		echo "deps: $p is still not installed" >&2
		exit 1
	}
done
