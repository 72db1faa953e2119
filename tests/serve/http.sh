# What the HTTP layer adds to every answer, whoever produced it: Date,
# X-Request-Id (echoed when sane, made up otherwise, and in the access log),
# Vary: Accept-Encoding (cpp-httplib compresses on request), Range ignored;
# the API's error object with hdpolicy_version for the statuses cpp-httplib
# decides itself; bodies: a chunked one held to 64 KiB, a POST with neither
# Content-Length nor Transfer-Encoding answered at once as an empty body.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
start_server

# expect_api_error NAME: the last body is the API's error object, versioned.
expect_api_error() {
  expect_in "$1" "$WORK/body" '{"error":{"message":'
  expect_in "$1" "$WORK/body" '"hdpolicy_version":'
}

# Date (RFC 9110 IMF-fixdate) and a generated 32-hex-digit request id on an answer and on an error.
for path in /healthz /v1/nothing; do
  status_of "$BASE$path" >/dev/null
  grep -qE '^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT'$'\r''$' \
    "$WORK/headers" || fail "$path: no IMF-fixdate Date header in: $(cat "$WORK/headers")"
  grep -qE '^X-Request-Id: [0-9a-f]{32}'$'\r''$' "$WORK/headers" || fail "$path: no generated X-Request-Id"
  expect_in "$path Vary" "$WORK/headers" 'Vary: Accept-Encoding'
done
# A sane id is echoed and logged; one too long or with other bytes is replaced.
expect_status "request id" 200 -H 'X-Request-Id: trace-42.a_b' "$BASE/healthz"
expect_in "request id" "$WORK/headers" 'X-Request-Id: trace-42.a_b'
wait_log 'GET /healthz 200 '
grep -qE '^GET /healthz 200 [0-9]+ trace-42\.a_b$' "$LOG" || fail "the access log lacks the request id trace-42.a_b"
long=$(printf 'x%.0s' {1..129})
expect_status "long request id" 200 -H "X-Request-Id: $long" "$BASE/healthz"
grep -qE '^X-Request-Id: [0-9a-f]{32}'$'\r''$' "$WORK/headers" || fail "a 129-byte request id was not replaced"
expect_status "request id with a space" 200 -H 'X-Request-Id: a b' "$BASE/healthz"
grep -qE '^X-Request-Id: [0-9a-f]{32}'$'\r''$' "$WORK/headers" || fail "a request id with a space was not replaced"

# Range is ignored: the whole answer, 200, no Content-Range; a Range cpp-httplib cannot parse too.
curl -s "$BASE/openapi.json" >"$WORK/whole"
for range in 'bytes=0-9' 'bytes=5-1' 'items=0-9'; do
  expect_status "Range: $range" 200 -H "Range: $range" "$BASE/openapi.json"
  cmp -s "$WORK/body" "$WORK/whole" || fail "Range: $range: the body is not the whole answer"
  if grep -qi '^Content-Range' "$WORK/headers"; then fail "Range: $range: a Content-Range header"; fi
done
# Compression on request, with Vary so a cache keeps the two apart.
expect_status "gzip" 200 -H 'Accept-Encoding: gzip' "$BASE/openapi.json"
if grep -qi '^Content-Encoding' "$WORK/headers"; then expect_in "gzip" "$WORK/headers" 'Vary: Accept-Encoding'; fi

# Every error body has the API's shape, whoever decided the status.
expect_status "405" 405 "$BASE/v1/subsidy" && expect_api_error 405
expect_status "404 long path" 404 "$BASE/$(printf 'a%.0s' {1..300})" && expect_api_error "404 long path"
expect_status "414" 414 "$BASE/v1/policies?q=$(printf 'a%.0s' {1..9000})" && expect_api_error 414
head -c 100000 /dev/zero | tr '\0' ' ' >"$WORK/big.json"
expect_status "413 by Content-Length" 413 --json @"$WORK/big.json" "$BASE/v1/subsidy" && expect_api_error 413
expect_status "413 without Expect" 413 -H 'Expect:' --json @"$WORK/big.json" "$BASE/v1/subsidy"
expect_api_error "413 without Expect"
# A request line cpp-httplib cannot parse: 400, the error object.
printf 'NOT A REQUEST\r\n\r\n' >"$WORK/raw"
exec 3<>"/dev/tcp/127.0.0.1/${BASE##*:}"
cat "$WORK/raw" >&3
timeout 2 cat <&3 >"$WORK/response" || true
exec 3<&-
head -n 1 "$WORK/response" | grep -q '^HTTP/1.1 400' || fail "a request line that is none: $(head -n 1 "$WORK/response")"
expect_in "400" "$WORK/response" '"hdpolicy_version":'

# A chunked body: answered within the limit, refused (413) past it, at once.
ex='{"type": "rd", "premium": "80000", "date": "2025-10-01"}'
expect_status "chunked" 200 -H 'Transfer-Encoding: chunked' --json "$ex" "$BASE/v1/subsidy"
expect_in "chunked" "$WORK/body" '"subsidy": "40000.00"'
head -c 20000000 /dev/zero | tr '\0' ' ' >"$WORK/huge.json"
logged=$(wc -l <"$LOG")
rss_before=$(awk '/^VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
expect_status "chunked over 64 KiB" 413 --max-time 20 -H 'Transfer-Encoding: chunked' --json @"$WORK/huge.json" \
  "$BASE/v1/subsidy" && expect_api_error "chunked over 64 KiB"
rss_after=$(awk '/^VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
((rss_after - rss_before < 8000)) || fail "a 20 MB chunked body raised the server's peak memory by $((rss_after - rss_before)) kB"
expect_status "after a refused chunked body" 200 "$BASE/healthz"
expect_status "20 MB without Expect" 413 --max-time 20 -H 'Expect:' --json @"$WORK/huge.json" "$BASE/v1/subsidy"
# The rest of a refused body is never read as a request of its own (a log line without a method).
tail -n +"$((logged + 1))" "$LOG" | grep -v '^POST /v1/subsidy 413 \|^GET /healthz 200 ' >"$WORK/more" || true
[[ ! -s $WORK/more ]] || fail "a refused body's rest was read as requests: $(head -n 3 "$WORK/more")"

# A Transfer-Encoding that does not end in chunked: its length cannot be known (RFC 9112 6.3).
expect_status "Transfer-Encoding: gzip" 400 -H 'Transfer-Encoding: gzip' --json '{}' "$BASE/v1/subsidy"
expect_in "Transfer-Encoding: gzip" "$WORK/body" 'only chunked'

# POST with neither Content-Length nor Transfer-Encoding: no body (RFC 9112 6.3), answered at once.
took=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' -X POST -H 'Content-Type: application/json' \
  --max-time 10 "$BASE/v1/subsidy" || true)
[[ ${took%% *} == 400 ]] || fail "an empty POST: status ${took%% *}, expected 400 (no JSON)"
awk -v t="${took#* }" 'BEGIN { exit !(t < 2) }' || fail "an empty POST waited ${took#* } s"
expect_in "empty POST" "$WORK/body" '"option":"body"'

stop_server TERM
echo "ok: Date, X-Request-Id, Vary, Range ignored, error bodies, chunked and empty bodies"
