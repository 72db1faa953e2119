# 第四条 rests on 专精特新 and on what other levels paid when neither is
# given: 80,000.00 × 50% (研发类保险) = 40,000.00 with three assumptions,
# the last one the all-levels limit's (第四条: 各级补贴资金总额不超过企业自担保费).
run: eval tech-insurance --policies $CASE_DIR/../../shapes/insurance --type rd --premium 80000 --date 2026-03-01 --format json
exit: 0
stdout:
{
  "policy": "tech-insurance",
  "document": "海金融发〔2025〕4号",
  "eligible": true,
  "amount": "40000.00",
  "rule": "catalogue",
  "article": "第四条",
  "capped_by": null,
  "payee": "applicant",
  "payable_year": 2027,
  "assumptions": [
    "not given: --industry; assumed a tech enterprise in one of the key industries (第二条)",
    "not given: --specialized; assumed a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise (第四条)",
    "not given: --upper-subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)"
  ],
  "reasons": [],
  "hdpolicy_version": "0.1.0"
}
stderr:
