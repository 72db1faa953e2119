# eval names any document with an amount to compute: tech-insurance (its
# subsidy: section) answers as `hdpolicy subsidy` does, the same JSON
# (subsidy/json-contract.t): R&D insurance at 50% (第四条) of 80,000.00.
run: eval tech-insurance --type rd --premium 80000 --date 2026-03-01 --format json
exit: 0
stdout:
{
  "eligible": true,
  "subsidy": "40000.00",
  "article": "4",
  "rate": "0.50",
  "capped_by": null,
  "payee": "applicant",
  "payable_year": 2027,
  "assumptions": [
    "not given: --industry; assumed a tech enterprise in one of the key industries (第二条)",
    "not given: --specialized; assumed a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise (第四条)",
    "not given: --upper-subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)"
  ],
  "reasons": [
    "第四条: R&D insurance (研发类保险) at 50% of the premium 80,000.00 yuan = 40,000.00 yuan"
  ],
  "alternatives": [],
  "policy": "海金融发〔2025〕4号",
  "rule": "catalogue",
  "article_cn": "第四条",
  "type": "rd",
  "premium": "80000.00",
  "date": "2026-03-01",
  "hdpolicy_version": "0.1.0"
}
stderr:
