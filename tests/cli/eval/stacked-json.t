# The JSON names both rules paid, joined by +: 500,000 + 1,000,000 x 20%.
run: --policies $CASE_DIR/../../shapes/stacked eval landing-support --newly-settled yes --equipment-cost 1000000 --date 2026-03-01 --format json
exit: 0
stdout:
{
  "policy": "landing-support",
  "document": "示例落〔2026〕3号",
  "eligible": true,
  "amount": "700000.00",
  "rule": "settling+equipment",
  "article": "第二条+第三条",
  "capped_by": null,
  "payee": "applicant",
  "payable_year": 2026,
  "assumptions": [],
  "reasons": [],
  "hdpolicy_version": "0.1.0"
}
stderr:
