# A slow client holds a connection open, sending its request a line a
# second (6 s, within the 10 s a whole request may take), while 2,000
# requests (300 connections at once, the most curl opens; 64 workers, the
# default) all get their exact answers; the slow client gets its own answer
# too. All come from 127.0.0.1, as they would through a reverse proxy, so
# one address may hold every worker (--client-connections 64).
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
start_server --client-connections 64  # the default pool: 64 workers
port=${BASE##*:}

# The slow client: a header line a second, six of them, then the rest.
slow() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'POST /v1/subsidy HTTP/1.1\r\nHost: test\r\n' >&3
  local i=0
  while ((i < 6)); do
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
curl -s --parallel --parallel-max 300 --config "$WORK/requests" 2>"$WORK/curl.err" || fail "curl failed: $(tail -c 1000 "$WORK/curl.err")"
elapsed=$((SECONDS - start))

seq 0 1999 | awk -v d="$WORK/out" '{ p = 80000 + $1; printf "%s/%d:  \"subsidy\": \"%d.%s\",\n", d, $1, int(p / 2), (p % 2 ? "50" : "00") }' |
  sort >"$WORK/expected"
grep -H '^  "subsidy": ' "$WORK"/out/* | sort >"$WORK/actual" || true
cmp -s "$WORK/expected" "$WORK/actual" || fail "$(diff "$WORK/expected" "$WORK/actual" | grep -c '^<') of the 2,000 answers are not exact:
$(diff "$WORK/expected" "$WORK/actual" | head -n 6)"

wait "$slow_pid" || fail "the slow client failed"
expect_in "slow client" "$WORK/slow.out" 'HTTP/1.1 200'
expect_in "slow client" "$WORK/slow.out" '"subsidy": "40000.00"'
[[ $(grep -c '^POST /v1/subsidy 200 ' "$LOG") == 2001 ]] || fail "expected 2,001 access-log lines"
stop_server TERM
echo "ok: 2,000 exact answers in ${elapsed} s while a slow client held a connection; and its own answer"
