# 第十五条: 2025-09-15 is the day before the rules took effect
run: subsidy --type rd --premium 80000 --date 2025-09-15 --specialized yes --industry ai --format json
exit: 0
stdout:
{
  "eligible": false,
  "subsidy": "0.00",
  "article": null,
  "rate": null,
  "capped_by": null,
  "payee": null,
  "payable_year": null,
  "assumptions": [],
  "reasons": [
    "no version of the policy in force on 2025-09-15; nearest: 海金融发〔2025〕4号 (第十五条: in force 2025-09-16 to 2027-12-31)"
  ],
  "alternatives": [],
  "policy": "",
  "rule": null,
  "article_cn": null,
  "type": "rd",
  "premium": "80000.00",
  "date": "2025-09-15",
  "hdpolicy_version": "0.1.0"
}
