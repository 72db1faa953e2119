# --cors ORIGIN: a preflight from a named origin is answered 204 with the
# CORS headers, any other gets 403 and no Access-Control-Allow-Origin; an
# actual request carries ACAO for a named origin only; without --cors no
# origin is allowed.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"

# preflight ORIGIN: OPTIONS /v1/subsidy as a browser sends it before a JSON POST.
preflight() {
  status_of -X OPTIONS -H "Origin: $1" -H 'Access-Control-Request-Method: POST' \
    -H 'Access-Control-Request-Headers: content-type' "$BASE/v1/subsidy"
}
no_acao() {
  if grep -qi '^Access-Control-Allow-Origin' "$WORK/headers"; then fail "$1: Access-Control-Allow-Origin for a refused origin"; fi
}

start_server --cors https://forms.example.org --cors http://localhost:3000
for origin in https://forms.example.org http://localhost:3000; do
  [[ $(preflight "$origin") == 204 ]] || fail "preflight from $origin: status $(head -n 1 "$WORK/headers")"
  expect_in "preflight $origin" "$WORK/headers" "Access-Control-Allow-Origin: $origin"
  expect_in "preflight $origin" "$WORK/headers" 'Access-Control-Allow-Methods: GET, HEAD, POST'
  expect_in "preflight $origin" "$WORK/headers" 'Access-Control-Allow-Headers: Content-Type, X-Request-Id'
  expect_in "preflight $origin" "$WORK/headers" 'Access-Control-Max-Age: 600'
  expect_in "preflight $origin" "$WORK/headers" 'Vary: Origin'
  if grep -qi '^Content-Length' "$WORK/headers"; then fail "a 204 with a Content-Length"; fi
done
# Another origin, one that only starts like a named one, and "null".
for origin in https://evil.example.org https://forms.example.org.evil.example null; do
  [[ $(preflight "$origin") == 403 ]] || fail "preflight from $origin: status $(head -n 1 "$WORK/headers")"
  no_acao "preflight $origin"
  expect_in "preflight $origin" "$WORK/body" '"hdpolicy_version":'
done
# Actual requests.
expect_status "POST from a named origin" 200 -H 'Origin: https://forms.example.org' \
  --json '{"type": "rd", "premium": "80000", "date": "2025-10-01"}' "$BASE/v1/subsidy"
expect_in "POST from a named origin" "$WORK/headers" 'Access-Control-Allow-Origin: https://forms.example.org'
expect_in "POST from a named origin" "$WORK/headers" 'Access-Control-Expose-Headers: X-Request-Id'
expect_status "GET from another origin" 200 -H 'Origin: https://evil.example.org' "$BASE/healthz"
no_acao "GET from another origin"
expect_in "GET from another origin" "$WORK/headers" 'Vary: Origin, Accept-Encoding'
# OPTIONS that is no preflight is the API's: 405 as before.
expect_status "plain OPTIONS" 405 -X OPTIONS "$BASE/v1/subsidy"
stop_server TERM

# Without --cors: no origin is allowed.
start_server
[[ $(preflight https://forms.example.org) == 403 ]] || fail "preflight without --cors: not 403"
no_acao "preflight without --cors"
expect_status "POST without --cors" 200 -H 'Origin: https://forms.example.org' --json '{"type": "rd", "premium": "80000"}' "$BASE/v1/subsidy"
no_acao "POST without --cors"
stop_server TERM
echo "ok: --cors allows the origins it names, and only those"
