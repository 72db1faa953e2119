# hdpolicy.service as the build configured it passes `systemd-analyze
# verify`, with ExecStart pointed at the built hdpolicy (verify checks that
# the program exists), and holds what the deployment relies on.
# Usage: systemd.sh UNIT HDPOLICY. Exit 77 (ctest's SKIP): no systemd-analyze.
set -euo pipefail
unit=$1 hdpolicy=$2
command -v systemd-analyze >/dev/null || { echo "SKIP: systemd-analyze is not installed (package systemd)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for line in 'DynamicUser=yes' 'ProtectSystem=strict' 'ExecReload=/bin/kill -HUP $MAINPID' 'WantedBy=multi-user.target'; do
  grep -qxF -- "$line" "$unit" || fail "hdpolicy.service lacks '$line'"
done
grep -qE '^ExecStart=/.*/hdpolicy serve --listen 127\.0\.0\.1:8080$' "$unit" || fail "ExecStart is not 'hdpolicy serve' on loopback"
sed -E "s|^ExecStart=[^ ]+|ExecStart=$hdpolicy|" "$unit" >"$work/hdpolicy.service"
if ! systemd-analyze verify --man=no "$work/hdpolicy.service" >"$work/out" 2>&1; then
  cat "$work/out" >&2
  fail "systemd-analyze verify refused hdpolicy.service"
fi
# verify exits 0 on some problems it only reports; any line naming the unit is one.
if grep -F 'hdpolicy.service' "$work/out" >&2; then fail "systemd-analyze verify reported the lines above"; fi
echo "ok: hdpolicy.service verifies"
