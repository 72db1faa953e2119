# Every endpoint of `hdpolicy serve` against the CLI's --format json for the
# same inputs, run here from the same build (the API must answer exactly
# what the CLI prints), the key numbers checked by hand, and every error
# status with the {"error": {...}} object.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
start_server
H=$HDPOLICY

# The example. 第四条: 「最高按照实际支付保费50%」: 80,000 x 50% = 40,000,
# within the 500,000 yearly cap less the 100,000 received.
ex='{"type": "rd", "premium": "80000", "date": "2025-10-01", "industry": "ai", "specialized": "yes",
     "upper_subsidy": "0", "received": {"catalogue": "100000"}}'
ex_cli=(--type rd --premium 80000 --date 2025-10-01 --industry ai --specialized yes --upper-subsidy 0
  --received catalogue=100000 --format json)
curl -s --json "$ex" "$BASE/v1/subsidy" >"$WORK/api"
"$H" subsidy "${ex_cli[@]}" >"$WORK/cli"
expect_same "subsidy" "$WORK/api" "$WORK/cli"
expect_in "subsidy" "$WORK/api" '"subsidy": "40000.00"'
expect_in "subsidy" "$WORK/api" '"article_cn": "第四条"'
curl -s --json "$ex" "$BASE/v1/subsidy?explain=1&lang=zh" >"$WORK/api"
"$H" subsidy "${ex_cli[@]}" --explain --lang zh >"$WORK/cli"
expect_same "subsidy ?explain=1&lang=zh" "$WORK/api" "$WORK/cli"
expect_in "subsidy ?explain=1&lang=zh" "$WORK/api" '补贴比例50%'
# Amounts as JSON numbers are the same amounts.
curl -s --json '{"type": "rd", "premium": 80000, "date": "2025-10-01", "industry": "ai", "specialized": true,
  "upper_subsidy": 0, "received": {"catalogue": 100000}}' "$BASE/v1/subsidy" >"$WORK/api"
"$H" subsidy "${ex_cli[@]}" >"$WORK/cli"
expect_same "subsidy, numbers" "$WORK/api" "$WORK/cli"
# No date: today in Beijing, as on the CLI, and the answer says which.
today=$(date -u -d '+8 hours' +%F)
curl -s --json '{"type": "rd", "premium": "80000"}' "$BASE/v1/subsidy" >"$WORK/api"
expect_in "subsidy without a date" "$WORK/api" "\"date\": \"$today\""
# Facts not given are assumed, and named as the request names them (industry, not the CLI's --industry).
expect_in "subsidy without a date" "$WORK/api" '"not given: industry; assumed a tech enterprise in one of the key industries (第二条)"'
if grep -q -- '--industry' "$WORK/api"; then fail "subsidy without a date: an assumption names the CLI option --industry"; fi

# A graduate hired in the graduation year: 1,000 yuan (海政办发〔2025〕7号 第7项).
curl -s --json '{"hire_date": "2025-10-01", "birth_date": "2000-05-01", "graduate": "yes",
  "graduation_date": "2025-06-30", "contract": "yes"}' "$BASE/v1/hiring?explain=1" >"$WORK/api"
"$H" hiring --hire-date 2025-10-01 --birth-date 2000-05-01 --graduate yes --graduation-date 2025-06-30 --contract yes \
  --format json --explain >"$WORK/cli"
expect_same "hiring" "$WORK/api" "$WORK/cli"
expect_in "hiring" "$WORK/api" '"subsidy": "1000.00"'

# rd 40,000 (第四条 50%) + three-firsts 1,000,000 x 20% = 200,000 limited to the
# premium less the 900,000 from upper levels: 100,000; total 140,000.
curl -s --json '{"date": "2025-10-01", "industry": "ai", "specialized": "yes",
  "products": [{"type": "rd", "premium": "80000", "upper_subsidy": "0"},
               {"type": "three-firsts", "premium": "1000000", "upper_subsidy": "900000"}]}' \
  "$BASE/v1/plan?lang=zh" >"$WORK/api"
"$H" plan --date 2025-10-01 --industry ai --specialized yes --product rd=80000:0 \
  --product three-firsts=1000000:900000 --format json --lang zh >"$WORK/cli"
expect_same "plan" "$WORK/api" "$WORK/cli"
expect_in "plan" "$WORK/api" '"total": "140000.00"'

# 30 workdays after 2025-09-30 skip the National Day week: 2025-11-18.
curl -s --json '{"rule": "renewal.admission-notice", "from": "2025-09-30"}' "$BASE/v1/deadline?explain=1" >"$WORK/api"
"$H" deadline --rule renewal.admission-notice --from 2025-09-30 --format json --explain >"$WORK/cli"
expect_same "deadline" "$WORK/api" "$WORK/cli"
expect_in "deadline" "$WORK/api" '"deadline": "2025-11-18"'

curl -s "$BASE/v1/workdays/add?date=2025-09-30&n=5" >"$WORK/api"
"$H" workdays add 2025-09-30 5 --format json >"$WORK/cli"
expect_same "workdays add" "$WORK/api" "$WORK/cli"
expect_in "workdays add" "$WORK/api" '"result": "2025-10-14"'
curl -s "$BASE/v1/workdays/add?date=2025-10-14&n=-5" >"$WORK/api"
"$H" workdays add --format json 2025-10-14 -- -5 >"$WORK/cli"
expect_same "workdays add, negative" "$WORK/api" "$WORK/cli"
curl -s "$BASE/v1/workdays/between?from=2025-09-30&to=2025-10-10" >"$WORK/api"
"$H" workdays between 2025-09-30 2025-10-10 --format json >"$WORK/cli"
expect_same "workdays between" "$WORK/api" "$WORK/cli"
expect_in "workdays between" "$WORK/api" '"workdays": 2'
curl -s "$BASE/v1/workdays/is?date=2025-10-11&lang=zh" >"$WORK/api"
"$H" workdays is 2025-10-11 --format json --lang zh >"$WORK/cli"
expect_same "workdays is" "$WORK/api" "$WORK/cli"

curl -s "$BASE/v1/calendar/2026-02" >"$WORK/api"
"$H" calendar 2026-02 --format json >"$WORK/cli"
expect_same "calendar month" "$WORK/api" "$WORK/cli"
expect_in "calendar month" "$WORK/api" '"workdays": 16'
curl -s "$BASE/v1/calendar/2025" >"$WORK/api"
"$H" calendar 2025 --format json >"$WORK/cli"
expect_same "calendar year" "$WORK/api" "$WORK/cli"
[[ $(status_of "$BASE/v1/calendar/2026.ics") == 200 ]] || fail "calendar ics: status"
"$H" calendar 2026 --format ics >"$WORK/cli"
expect_same "calendar ics" "$WORK/body" "$WORK/cli"
expect_in "calendar ics" "$WORK/headers" 'Content-Type: text/calendar'

curl -s "$BASE/v1/policies" >"$WORK/api"
"$H" policies --format json >"$WORK/cli"
expect_same "policies" "$WORK/api" "$WORK/cli"

expect_status "healthz" 200 "$BASE/healthz"
expect_in "healthz" "$WORK/body" '"status": "ok"'
expect_status "openapi" 200 "$BASE/openapi.json"
expect_in "openapi" "$WORK/body" '"openapi": "3.1.0"'
expect_in "openapi" "$WORK/headers" 'Content-Type: application/json'
expect_status "page" 200 "$BASE/"
expect_in "page" "$WORK/headers" 'Content-Type: text/html'

# Errors: the CLI's {"error": {...}} with the field, the value and what is accepted.
expect_status "bad amount" 400 --json '{"type": "rd", "premium": 80000.005}' "$BASE/v1/subsidy"
expect_in "bad amount" "$WORK/body" '"option":"premium","value":"80000.005"'
expect_status "bad JSON" 400 --json '{"type": "rd",' "$BASE/v1/subsidy"
expect_in "bad JSON" "$WORK/body" '"option":"body"'
expect_status "unknown field" 400 --json '{"type": "rd", "premiun": 1}' "$BASE/v1/subsidy"
expect_status "bad query" 400 "$BASE/v1/workdays/is?date=2025-13-01"
expect_status "unknown path" 404 "$BASE/v1/nothing"
expect_status "a long path" 404 "$BASE/$(printf 'a%.0s' {1..8000})"
expect_status "a path with a newline" 404 "$BASE/x%0AGET%20/forged%20200%201"
if grep -q '^GET /forged' "$LOG"; then fail "a path's newline started a line of the access log"; fi
expect_status "wrong method" 405 "$BASE/v1/subsidy"
expect_in "wrong method" "$WORK/headers" 'Allow: POST'
expect_status "wrong method" 405 -X DELETE "$BASE/v1/policies"
expect_in "wrong method" "$WORK/headers" 'Allow: GET, HEAD'
expect_status "not JSON" 415 -d 'type=rd' "$BASE/v1/subsidy"
expect_status "not JSON" 415 -H 'Content-Type: text/plain' --data-binary '{}' "$BASE/v1/subsidy"

# The body limit: 64 KiB answered, a byte more refused (413) before it is parsed.
body='{"type": "rd", "premium": "80000", "date": "2025-10-01"}'
printf '%s%*s' "$body" $((65536 - ${#body})) '' >"$WORK/limit.json"
expect_status "64 KiB body" 200 --json @"$WORK/limit.json" "$BASE/v1/subsidy"
printf ' ' >>"$WORK/limit.json"
expect_status "64 KiB + 1 body" 413 --json @"$WORK/limit.json" "$BASE/v1/subsidy"
head -c 1000000 /dev/zero | tr '\0' ' ' >"$WORK/big.json"
expect_status "1 MB body" 413 --json @"$WORK/big.json" "$BASE/v1/subsidy"

# One access-log line per request: method, path, status, microseconds, request id; no body, no query.
expect_in "access log" "$LOG" 'POST /v1/subsidy 200 '
expect_in "access log" "$LOG" 'GET /v1/nothing 404 '
if grep -q 'premium\|2025-09-30' "$LOG"; then fail "the access log holds a request's body or query"; fi
grep -qE '^GET /healthz 200 [0-9]+ [0-9a-f]{32}$' "$LOG" || fail "access log: no 'GET /healthz 200 MICROSECONDS REQUEST_ID' line"

stop_server TERM
echo "ok: every endpoint answers as the CLI; every error status"
