#!/usr/bin/env bash
# The build system says what is wrong instead of hiding it (issue 10):
#   - a pkg-config failure stops make with pkg-config's message, before
#     any compiler runs with half the flags;
#   - test and demo targets never install packages: `make deps` runs
#     scripts/deps.sh --check, which only reports;
#   - scripts/deps.sh refuses options it does not know.
# Uses `make -n` on the repository (nothing is built); needs no servers.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

T=$(mktemp -d "${TMPDIR:-/tmp}/regbot-$T_NAME.XXXXXX")
at_exit "rm -rf '$T'"
cd "$REGBOT_SRC"

rc=0
make -n BUILD="$T/b" PKGS="libcurl regbot-no-such-package" all \
	>"$T/out" 2>&1 || rc=$?
t_check "a missing pkg-config package stops make (exit $rc)" [ "$rc" != 0 ]
t_check "with pkg-config's message naming the package" \
	grep -q "pkg-config.*regbot-no-such-package" "$T/out"
t_check "and before any compile command" \
	bash -c "! grep -q -- '-c -o' '$T/out'"
[ "$rc" != 0 ] || sed -n '1,5s/^/    | /p' "$T/out"

rc=0
make -n BUILD="$T/b" PKGS="libcurl regbot-no-such-package" deps \
	>"$T/out" 2>&1 || rc=$?
t_eq "make deps does not need pkg-config to succeed" 0 "$rc"
t_check "make deps only checks (scripts/deps.sh --check)" \
	grep -qx "scripts/deps.sh --check" "$T/out"

rc=0
make -n BUILD="$T/b" all >"$T/out" 2>&1 || rc=$?
t_eq "make -n all with the real packages" 0 "$rc"
t_check "the compile line carries pkg-config's flags" \
	grep -q -- "-I/usr/include/libxml2" "$T/out"

rc=0
scripts/deps.sh --no-such-option >"$T/out" 2>&1 || rc=$?
t_eq "scripts/deps.sh rejects an unknown option" 2 "$rc"

t_done
