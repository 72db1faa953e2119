# A document of declared shape with choice facts on the API and the page:
# 海金融发〔2025〕4号 in the generic format (tests/shapes/insurance), whose
# insurance type and industry are choices. Its request schema lists each
# choice's id with its names in "x-choices", as the built-in fields do, so
# the page's selects show them (they listed bare ids, and the page's
# selects came out empty); POST /v1/eval/tech-insurance answers 三首保险 as
# the command line does: 100,000.00 × 20% = 20,000.00, cut to 100,000.00 −
# 85,000.00 = 15,000.00 by 第四条's all-levels limit.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"

policies="$SOURCE_DIR/tests/shapes/insurance"
start_server --policies "$policies"
curl -s "$BASE/openapi.json" >"$WORK/openapi.json"
request='{"type": "three-firsts", "premium": "100000", "date": "2026-03-01", "industry": "new-materials",
  "specialized": "yes", "upper_subsidy": "85000"}'
curl -s --json "$request" "$BASE/v1/eval/tech-insurance" >"$WORK/api"
stop_server

python3 - "$WORK/openapi.json" >"$WORK/choices" <<'PY'
import json, sys
fields = json.load(open(sys.argv[1]))["components"]["schemas"]["EvalRequest-tech-insurance"]["properties"]
for name in ("type", "industry"):
    first = fields[name]["x-choices"][0]
    print(name, first["id"], first["zh"], first["en"], fields[name]["enum"][0], len(fields[name]["enum"]))
PY
expect_in "type's choices" "$WORK/choices" 'type inclusive 普惠型综合科技保险 inclusive comprehensive tech insurance inclusive 13'
expect_in "industry's choices" "$WORK/choices" 'industry ai 人工智能 artificial intelligence ai 11'

"$HDPOLICY" --policies "$policies" eval tech-insurance --type three-firsts --premium 100000 --date 2026-03-01 \
  --industry new-materials --specialized yes --upper-subsidy 85000 --format json >"$WORK/cli"
expect_same "POST /v1/eval/tech-insurance" "$WORK/api" "$WORK/cli"
expect_in "三首保险 cut by all levels" "$WORK/api" '"amount": "15000.00"'
expect_in "三首保险 cut by all levels" "$WORK/api" '"capped_by": "all-levels"'
echo "ok: choice facts of a declared document on the API"
