# Documents of declared shape over HTTP: the shipped policies with the three
# made-up documents of tests/shapes added (no C++ of their own) are served;
# POST /v1/eval/ID answers exactly what `hdpolicy eval ID --format json`
# prints, /openapi.json has a strict request per document, errors have the
# API's shape, and the page has a tab per document that answers a shared
# link (in Chromium, when installed; skipped otherwise).
set -euo pipefail
source "${0%/*}/lib.sh"
mkdir -p "$WORK/p"
cp -r "$SOURCE_DIR/policies/." "$WORK/p/"
cp "$SOURCE_DIR"/tests/shapes/policies/*.yaml "$WORK/p/"
cp "$SOURCE_DIR"/tests/shapes/policies/sources/*.txt "$WORK/p/sources/"
cp "$SOURCE_DIR"/tests/shapes/stacked/*.yaml "$WORK/p/"
cp "$SOURCE_DIR"/tests/shapes/stacked/sources/*.txt "$WORK/p/sources/"
# The rent subsidy in two versions (tests/versions/add-rent-successor.sh): to 2027-12-31, then
# 示例租〔2027〕9号 at 4 yuan per m² per day; one path, the claim's date picking the version.
mkdir -p "$WORK/succ"
CASE_DIR="$SOURCE_DIR/tests/cli/versions" CASE_TMP="$WORK/succ" bash "$SOURCE_DIR/tests/versions/add-rent-successor.sh"
cp "$WORK"/succ/policies/rent-subsidy*.yaml "$WORK/p/"
start_server --policies "$WORK/p"

# 第三条 of the rent subsidy: 2,000,000 x 50% = 1,000,000, cut by 3 x 500 m² x 365 days = 547,500.00.
curl -s --json '{"rent_paid": "2000000", "area": 500, "days": 365, "support_years_used": 0, "date": "2026-03-01"}' \
  "$BASE/v1/eval/rent-subsidy" >"$WORK/api.json"
"$HDPOLICY" --policies "$WORK/p" eval rent-subsidy --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 \
  --date 2026-03-01 --format json >"$WORK/cli.json"
expect_same "POST /v1/eval/rent-subsidy" "$WORK/api.json" "$WORK/cli.json"
expect_in "the amount" "$WORK/api.json" '"amount": "547500.00"'

# The same claim on 2028-01-01, under the second version: 4 x 500 x 365 = 730,000.00.
curl -s --json '{"rent_paid": "2000000", "area": 500, "days": 365, "support_years_used": 0, "date": "2028-01-01"}' \
  "$BASE/v1/eval/rent-subsidy" >"$WORK/api2.json"
"$HDPOLICY" --policies "$WORK/p" eval rent-subsidy --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 \
  --date 2028-01-01 --format json >"$WORK/cli2.json"
expect_same "POST /v1/eval/rent-subsidy, second version" "$WORK/api2.json" "$WORK/cli2.json"
expect_in "the second version's amount" "$WORK/api2.json" '"amount": "730000.00"'
expect_in "the second version named" "$WORK/api2.json" '"document": "示例租〔2027〕9号"'

# The R&D reward with what was already received under its annual cap (2,000,000):
# increase 40,000,000 -> 2,250,000, capped to 2,000,000 - 1,900,000 = 100,000.00.
curl -s --json '{"rd_this_year": 140000000, "rd_last_year": 100000000, "date": "2026-03-01", "received": {"annual": "1900000"}}' \
  "$BASE/v1/eval/rd-reward?lang=zh" >"$WORK/rd.json"
expect_in "received under a cap" "$WORK/rd.json" '"amount": "100000.00"'
expect_in "capped by the annual cap" "$WORK/rd.json" '"capped_by": "annual"'

# Stacked rules (第四条 叠加享受): 500,000 + 1,000,000 x 20% = 700,000.00, both rules named.
curl -s --json '{"newly_settled": "yes", "equipment_cost": 1000000, "date": "2026-03-01"}' \
  "$BASE/v1/eval/landing-support" >"$WORK/stacked.json"
"$HDPOLICY" --policies "$WORK/p" eval landing-support --newly-settled yes --equipment-cost 1000000 --date 2026-03-01 \
  --format json >"$WORK/stacked-cli.json"
expect_same "POST /v1/eval/landing-support" "$WORK/stacked.json" "$WORK/stacked-cli.json"
expect_in "stacked rules: the sum" "$WORK/stacked.json" '"amount": "700000.00"'
expect_in "stacked rules: both named" "$WORK/stacked.json" '"rule": "settling+equipment"'

# POST /v1/plan/landing-support: the two claims of tests/shapes/stacked/plan-claims.csv, planned as
# `hdpolicy plan landing-support` plans the file (980,000 then 0.00, the equipment cap used up);
# each claim's "line" is its place in claims, where the CLI's is the CSV line (one more).
curl -s --json '{"claims": [{"date": "2026-03-01", "newly_settled": "yes", "equipment_cost": 2400000},
                            {"date": "2026-09-01", "newly_settled": "yes", "equipment_cost": 0}]}' \
  "$BASE/v1/plan/landing-support" >"$WORK/plan.json"
"$HDPOLICY" --policies "$WORK/p" plan landing-support --input "$SOURCE_DIR/tests/shapes/stacked/plan-claims.csv" \
  --format json | awk '/^      "line": [0-9]+,$/ { printf "      \"line\": %d,\n", substr($0, 15) - 1; next } { print }' \
  >"$WORK/plan-cli.json"
expect_same "POST /v1/plan/landing-support" "$WORK/plan.json" "$WORK/plan-cli.json"
expect_in "the plan's total" "$WORK/plan.json" '"total": "980000.00"'
expect_status "a plan of no claims" 400 --json '{"claims": []}' "$BASE/v1/plan/landing-support"
expect_status "a plan of the hiring subsidy (no caps to weigh)" 404 --json '{"claims": [{}]}' \
  "$BASE/v1/plan/hiring-subsidy"
expect_status "a plan of no such document" 404 --json '{"claims": [{}]}' "$BASE/v1/plan/nope"

expect_status "an unknown policy" 404 --json '{}' "$BASE/v1/eval/nope"
expect_in "an unknown policy: the ones there are" "$WORK/body" 'rd-reward, rent-subsidy'
expect_status "a field the document does not declare" 400 --json '{"rent_paid": "1", "bogus": 1}' "$BASE/v1/eval/rent-subsidy"
expect_status "a bad amount" 400 --json '{"rent_paid": "1.234", "area": 1, "days": 1}' "$BASE/v1/eval/rent-subsidy"
expect_in "a bad amount: named" "$WORK/body" "rent_paid: '1.234' is not accepted"
expect_status "GET is not the method" 405 "$BASE/v1/eval/rent-subsidy"

curl -s "$BASE/openapi.json" >"$WORK/openapi.json"
python3 - "$WORK/openapi.json" <<'PY' || fail "/openapi.json: the eval paths or their strict requests are missing"
import json, sys
d = json.load(open(sys.argv[1]))
r = d["components"]["schemas"]["EvalRequest-rent-subsidy"]
assert r["additionalProperties"] is False
assert r["required"] == ["rent_paid", "area", "days"], r["required"]
# a cap on times takes a count, and the description says so (CAP_ID: TIMES)
rs = d["components"]["schemas"]["EvalRequest-landing-support"]["properties"]["received"]
assert "CAP_ID: TIMES" in rs["description"], rs["description"]
assert rs["properties"]["settling-once"]["maximum"] == 1, rs["properties"]
assert "/v1/eval/rd-reward" in d["paths"] and d["paths"]["/v1/eval/rd-reward"]["post"]["operationId"] == "eval-rd-reward"
PY

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -n $browser ]]; then
  HOME=$WORK timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/profile" \
    --virtual-time-budget=10000 --dump-dom \
    "$BASE/?form=eval-rent-subsidy&rent_paid=2000000&area=500&days=365&support_years_used=0&date=2026-03-01" \
    >"$WORK/page.html" 2>"$WORK/browser.err" || fail "chromium: $(tail -n 5 "$WORK/browser.err")"
  expect_in "the page's tab for the rent subsidy" "$WORK/page.html" '租金补贴办法(示例)'
  expect_in "the page's answer" "$WORK/page.html" '547,500.00 元'
  expect_in "the page's clause" "$WORK/page.html" '每平方米每天补贴不超过3元'
  # The rent subsidy has two versions and one tab (the latest's form; the date picks the version).
  tabs=$(grep -o 'id="tab-eval-rent-subsidy"' "$WORK/page.html" | wc -l)
  [[ $tabs == 1 ]] || fail "the page has $tabs tabs for the rent subsidy's two versions, expected one"
  HOME=$WORK timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/profile" \
    --virtual-time-budget=10000 --dump-dom \
    "$BASE/?form=eval-rent-subsidy&rent_paid=2000000&area=500&days=365&support_years_used=0&date=2028-01-01" \
    >"$WORK/page2.html" 2>"$WORK/browser.err" || fail "chromium: $(tail -n 5 "$WORK/browser.err")"
  expect_in "the page's answer under the second version" "$WORK/page2.html" '730,000.00 元'
  expect_in "the second version's clause" "$WORK/page2.html" '每平方米每天补贴不超过4元'
  # The year's plan tab of the landing support: a link with the two claims (claim=FIELD=VALUE&...,
  # encoded once more) answers as POST /v1/plan/landing-support, 980,000 then 0.00.
  claim1=date%3D2026-03-01%26newly_settled%3Dyes%26equipment_cost%3D2400000
  claim2=date%3D2026-09-01%26newly_settled%3Dyes%26equipment_cost%3D0
  HOME=$WORK timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/profile" \
    --virtual-time-budget=10000 --dump-dom "$BASE/?form=plan-landing-support&claim=$claim1&claim=$claim2" \
    >"$WORK/page3.html" 2>"$WORK/browser.err" || fail "chromium: $(tail -n 5 "$WORK/browser.err")"
  expect_in "the page's plan tab" "$WORK/page3.html" 'id="tab-plan-landing-support"'
  expect_in "the page's plan total" "$WORK/page3.html" '980,000.00 元'
  expect_in "the page's plan, claim by claim" "$WORK/page3.html" '<td class="num">0.00</td>'
  expect_in "the page's plan keeps the claims in its form" "$WORK/page3.html" 'value="2400000"'
fi

stop_server TERM
echo "ok: POST /v1/eval/ID as the CLI answers, strict requests in /openapi.json, errors, the page's tab"
