# SIGTERM and SIGINT: the server stops accepting, finishes the request in
# flight (a client still sending it) and exits 0.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"

# in_flight: on one connection, a first request answered (so a worker has
# the connection, not the listen backlog), then a second one sent over about
# 2 s; the second's answer goes to $WORK/in-flight.out.
in_flight() {
  exec 3<>"/dev/tcp/127.0.0.1/${BASE##*:}"
  printf 'GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n' >&3
  local line length=0
  while IFS= read -r line <&3 && [[ $line != $'\r' ]]; do
    [[ $line =~ ^Content-Length:\ ([0-9]+) ]] && length=${BASH_REMATCH[1]}
  done
  read -r -N "$length" line <&3
  touch "$WORK/accepted"
  local body='{"type": "rd", "premium": "80000", "date": "2025-10-01", "specialized": "yes"}'
  printf 'POST /v1/subsidy HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n' >&3
  sleep 2
  printf 'Content-Length: %d\r\nConnection: close\r\n\r\n%s' "${#body}" "$body" >&3
  cat <&3 >"$WORK/in-flight.out"
}

for signal in TERM INT; do
  rm -f "$WORK/in-flight.out" "$WORK/accepted"
  start_server
  in_flight &
  client=$!
  for ((i = 0; i < 100; i++)); do [[ -e $WORK/accepted ]] && break; sleep 0.1; done
  [[ -e $WORK/accepted ]] || fail "SIG$signal: the first request on the connection got no answer"
  sleep 0.5
  kill -"$signal" "$SERVER_PID"
  wait_log "finishing the requests in flight"
  sleep 0.5
  if curl -s -m 2 "$BASE/healthz" >/dev/null 2>&1; then fail "SIG$signal: a new connection was still accepted"; fi
  wait "$client" || fail "SIG$signal: the client in flight failed"
  expect_in "SIG$signal: the request in flight" "$WORK/in-flight.out" 'HTTP/1.1 200'
  expect_in "SIG$signal: the request in flight" "$WORK/in-flight.out" '"subsidy": "40000.00"'
  status=0
  wait "$SERVER_PID" || status=$?
  SERVER_PID=
  [[ $status == 0 ]] || fail "SIG$signal: the server exited $status"
  expect_in "SIG$signal" "$LOG" "hdpolicy serve: stopped"
done
echo "ok: SIGTERM and SIGINT finish the request in flight and exit 0"
