# POST /v1/subsidy served from the premium subsidy written in declared shape
# (document.contract: subsidy, built by tests/shapes/insurance/contract-policies.sh)
# answers the same status and bytes as the subsidy: section's mechanism for
# the same requests: explained, in English and Chinese, and the refusals.
# POST /v1/eval/tech-insurance answers as /v1/subsidy, and /openapi.json is
# the same document. Amounts checked by
# hand against 海金融发〔2025〕4号.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"

requests=(
  # 第四条: R&D insurance 80,000 × 50% = 40,000, within the 500,000 cap less 100,000 received.
  '?explain=1' '{"type": "rd", "premium": "80000", "date": "2025-10-01", "industry": "ai", "specialized": "yes",
    "upper_subsidy": "0", "received": {"catalogue": "100000"}}'
  # 第十四条: cybersecurity 50% under 第五条 (50,000) over 30% under 第四条 (30,000), in Chinese.
  '?lang=zh&explain=1' '{"type": "cybersecurity", "premium": "100000", "date": "2026-03-01", "industry": "ai",
    "specialized": "yes", "upper_subsidy": "0"}'
  # 第三条: inclusive, the 2,500 premium cap less 2,000 received leaves 500.
  '' '{"type": "inclusive", "premium": "2000", "date": "2026-03-01", "industry": "ai", "employees": "50",
    "revenue": "5000000", "support_years_used": "0", "received": {"inclusive": "2000"}}'
  # Facts left out are assumed, and named as the request names them.
  '?lang=zh' '{"type": "three-firsts", "premium": "100000", "date": "2026-03-01", "upper_subsidy": "85000"}'
  # Out of the window (第十五条), and another industry (第二条).
  '' '{"type": "rd", "premium": "80000", "date": "2028-01-01"}'
  '?explain=1' '{"type": "rd", "premium": "80000", "date": "2026-03-01", "industry": "other"}'
  # Refusals: the field, the value and what is accepted.
  '' '{"type": "pet", "premium": "80000", "date": "2026-03-01"}'
  '' '{"type": "rd", "date": "2026-03-01"}'
  '' '{"type": "rd", "premium": "80000", "date": "2026-03-01", "received": {"catalogue": "600000"}}'
  '' '{"type": "rd", "premium": "80000", "date": "2026-03-01", "received": {"nothing": "1"}}'
  '' '{"type": "rd", "premium": "80000", "date": "2026-13-01"}'
)

bash "$SOURCE_DIR/tests/shapes/insurance/contract-policies.sh" "$WORK/contract"
start_server --policies "$SOURCE_DIR/policies"
ask_all "$WORK/mechanism" /v1/subsidy
curl -s "$BASE/openapi.json" >"$WORK/mechanism/openapi.json"
stop_server
start_server --policies "$WORK/contract/policies"
ask_all "$WORK/declared" /v1/subsidy
curl -s --json "${requests[1]}" "$BASE/v1/eval/tech-insurance?explain=1" >"$WORK/eval"
curl -s "$BASE/openapi.json" >"$WORK/declared/openapi.json"
stop_server

for ((i = 0; i < ${#requests[@]}; i += 2)); do
  expect_same "POST /v1/subsidy${requests[i]} ${requests[i + 1]}" "$WORK/declared/$i" "$WORK/mechanism/$i"
  expect_same "POST /v1/subsidy${requests[i]} (status)" "$WORK/declared/$i.status" "$WORK/mechanism/$i.status"
done
expect_same "POST /v1/eval/tech-insurance" "$WORK/eval" "$WORK/declared/0"
# The same OpenAPI document: the request schema's types, industries and caps
# come from the declared facts and caps, and /v1/eval/tech-insurance is /v1/subsidy.
expect_same "GET /openapi.json" "$WORK/declared/openapi.json" "$WORK/mechanism/openapi.json"
expect_in "GET /openapi.json" "$WORK/declared/openapi.json" '"satellite-orbit"'

# The key numbers, checked by hand.
expect_in "第四条" "$WORK/declared/0" '"subsidy": "40000.00"'
expect_in "第十四条" "$WORK/declared/2" '"subsidy": "50000.00"'
expect_in "第十四条" "$WORK/declared/2" '"article_cn": "第五条"'
expect_in "第三条" "$WORK/declared/4" '"subsidy": "500.00"'
expect_in "第三条" "$WORK/declared/4" '"capped_by": "premium-cap"'
expect_in "assumed" "$WORK/declared/6" '未提供所属产业(industry)'
expect_in "第十五条" "$WORK/declared/8" '"eligible": false'
expect_in "第二条" "$WORK/declared/10" '"eligible": false'
expect_in "bad type" "$WORK/declared/12.status" '400'
expect_in "received above the cap" "$WORK/declared/16" 'at most 500,000.00 yuan, the amount of cap catalogue'
echo "ok: /v1/subsidy from the declared premium subsidy"
