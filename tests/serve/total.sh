# The total bound on connections (--max-connections): with 2 workers and at
# most 4 connections open, 2 slow connections hold the workers and 2 wait
# for one; the fifth is answered 503 at once, naming the limit, with the
# API's error object, and the server answers again once they are gone.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
start_server --threads 2 --client-connections 2 --max-connections 4

open_slow 4
sleep 0.5

took=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' --max-time 5 "$BASE/healthz" || true)
[[ ${took%% *} == 503 ]] || fail "a fifth connection, over --max-connections 4: status ${took%% *}, expected 503"
awk -v t="${took#* }" 'BEGIN { exit !(t < 1) }' || fail "the 503 took ${took#* } s"
expect_in "503: the limit named" "$WORK/body" '{"error":{"message":"too many connections: at most 4 at once"}'
expect_in "503: the API's shape" "$WORK/body" '"hdpolicy_version":'

close_slow
for ((i = 0; i < 50; i++)); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/healthz" || true) == 200 ]] && break
  sleep 0.1
done
((i < 50)) || fail "the server did not answer 200 within 5 s of the connections closing"
stop_server TERM
echo "ok: a connection over --max-connections is refused 503 at once; the server answers once the others close"
