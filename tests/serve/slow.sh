# Slow clients cannot take the server: with 150 connections from one
# address sending the start of a request and no more (the default pool of 64
# workers, at most 32 of them per address), a request from another address
# is answered within 1 s, one more from the same address is refused at once
# with 503; and a client that keeps sending a header line a second is cut
# at the 10 s deadline for a whole request, not kept for as long as it
# trickles.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
start_server
port=${BASE##*:}
curl -s -o /dev/null --max-time 2 --interface 127.0.0.2 "$BASE/healthz" ||
  skip "cannot connect from 127.0.0.2 (a loopback without 127.0.0.0/8)"

# The trickler: a header line a second, for up to 20 s.
trickle() {
  trap '' PIPE
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET /trickle HTTP/1.1\r\nHost: slow\r\n' >&3
  local i
  for ((i = 0; i < 20; i++)); do
    sleep 1
    printf 'X-Slow-%d: 1\r\n' "$i" >&3 2>/dev/null || { touch "$WORK/trickle.cut" && break; }
  done
}
trickle &
sleep 0.5  # connected before the others, so within the address's 32
trickle_pid=$!
started=$SECONDS

open_slow 150
sleep 0.5

took=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' --max-time 5 --interface 127.0.0.2 "$BASE/healthz" || true)
[[ ${took%% *} == 200 ]] || fail "another address, with 150 slow connections open: status ${took%% *}"
awk -v t="${took#* }" 'BEGIN { exit !(t < 1) }' || fail "another address waited ${took#* } s with 150 slow connections open"
took=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' --max-time 5 "$BASE/healthz" || true)
[[ ${took%% *} == 503 ]] || fail "the slow clients' address, over its 32: status ${took%% *}, expected 503"
awk -v t="${took#* }" 'BEGIN { exit !(t < 1) }' || fail "the 503 took ${took#* } s"
expect_in "503" "$WORK/body" '"hdpolicy_version":'
grep -qE '^- - 503 - [0-9a-f]{32}$' "$LOG" || fail "no access-log line for a refused connection"
close_slow

# The trickler's request is refused (400) at its deadline, 10 s after it began.
for ((i = 0; i < 150; i++)); do
  grep -q '^GET /trickle 400 ' "$LOG" && break
  sleep 0.1
done
elapsed=$((SECONDS - started))
grep -q '^GET /trickle 400 ' "$LOG" || fail "a client sending a header line a second was still being read after ${elapsed} s"
((elapsed >= 8)) || fail "the trickler was cut after ${elapsed} s, before the 10 s deadline"
# ... and its connection closed: its next lines are not read as requests of their own.
for ((i = 0; i < 50; i++)); do
  [[ -e $WORK/trickle.cut ]] && break
  sleep 0.1
done
[[ -e $WORK/trickle.cut ]] || fail "the trickler's connection stayed open after its 400"
sleep 1
[[ $(grep -c '^GET /trickle ' "$LOG") == 1 ]] || fail "the trickler's request was logged more than once"
if grep -q 'X-Slow\|^- - 400' "$LOG"; then fail "the trickler's later lines were read as requests"; fi
kill "$trickle_pid" 2>/dev/null || true
wait "$trickle_pid" 2>/dev/null || true

stop_server TERM
echo "ok: 150 slow connections from one address hold 32 workers; others are answered; a trickle is cut at 10 s"
