# A slow client holds a connection open, sending its request a line a
# second, while 2,000 requests (up to 64 at once, on 16 workers) all get
# their exact answers; then the slow client gets its own answer too.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
start_server --threads 16
port=${BASE##*:}

# The slow client: a header line a second until told to finish.
slow() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'POST /v1/subsidy HTTP/1.1\r\nHost: test\r\n' >&3
  local i=0
  while [[ ! -e $WORK/finish ]]; do
    sleep 1
    printf 'X-Slow-%d: 1\r\n' $((i++)) >&3
  done
  local body='{"type": "rd", "premium": "80000", "date": "2025-10-01", "specialized": "yes"}'
  printf 'Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' "${#body}" "$body" >&3
  cat <&3 >"$WORK/slow.out"
}
slow &
slow_pid=$!
sleep 2

# 2,000 claims, each its own premium: 80,000 + i yuan at 第四条's 50%
# (「补贴比例50%」) is (80,000 + i) / 2, exactly, to the fen.
mkdir "$WORK/out"
for ((i = 0; i < 2000; i++)); do
  printf 'next\nsilent\nshow-error\nurl = "%s/v1/subsidy"\njson = "{\\"type\\": \\"rd\\", \\"premium\\": \\"%d\\", \\"date\\": \\"2025-10-01\\", \\"specialized\\": \\"yes\\", \\"industry\\": \\"ai\\"}"\noutput = "%s/out/%d"\n' \
    "$BASE" $((80000 + i)) "$WORK" "$i"
done | tail -n +2 >"$WORK/requests"
start=$SECONDS
curl -s --parallel --parallel-max 64 --config "$WORK/requests" 2>"$WORK/curl.err" || fail "curl failed: $(tail -c 1000 "$WORK/curl.err")"
elapsed=$((SECONDS - start))
[[ ! -s $WORK/slow.out ]] || fail "the slow client was answered before it finished its request"
kill -0 "$slow_pid" 2>/dev/null || fail "the slow client's connection ended during the load"

wrong=0
for ((i = 0; i < 2000; i++)); do
  p=$((80000 + i))
  want=$(printf '"subsidy": "%d.%s"' $((p / 2)) "$([[ $((p % 2)) == 0 ]] && echo 00 || echo 50)")
  if ! grep -qF "$want" "$WORK/out/$i" 2>/dev/null; then
    ((wrong++)) || true
    ((wrong > 3)) || echo "request $i: expected $want, got: $(head -c 300 "$WORK/out/$i" 2>/dev/null)" >&2
  fi
done
((wrong == 0)) || fail "$wrong of 2,000 answers were not exact"

touch "$WORK/finish"
wait "$slow_pid" || fail "the slow client failed"
expect_in "slow client" "$WORK/slow.out" 'HTTP/1.1 200'
expect_in "slow client" "$WORK/slow.out" '"subsidy": "40000.00"'
[[ $(grep -c '^POST /v1/subsidy 200 ' "$LOG") == 2001 ]] || fail "expected 2,001 access-log lines"
stop_server TERM
echo "ok: 2,000 exact answers in ${elapsed} s while a slow client held a connection; then its own answer"
