# 第十四条 就高不就低: cybersecurity is 50% under 第五条 (50,000) and 30% under 第四条 (30,000)
run: subsidy --type cybersecurity --premium 100000 --date 2026-03-01 --industry ai --specialized yes --upper-subsidy 0 --format json
exit: 0
stdout:
{
  "eligible": true,
  "subsidy": "50000.00",
  "article": "5",
  "rate": "0.50",
  "capped_by": null,
  "payee": "applicant",
  "payable_year": 2027,
  "assumptions": [],
  "reasons": [
    "第五条: cybersecurity insurance (网络安全险) at 50% of the premium 100,000.00 yuan = 50,000.00 yuan",
    "第四条: cybersecurity insurance (网络安全险) at 30% of the premium 100,000.00 yuan = 30,000.00 yuan"
  ],
  "alternatives": [
    {
      "article": "4",
      "rule": "catalogue",
      "eligible": true,
      "subsidy": "30000.00",
      "reason": "第四条: cybersecurity insurance (网络安全险) at 30% of the premium 100,000.00 yuan = 30,000.00 yuan"
    }
  ],
  "policy": "海金融发〔2025〕4号",
  "rule": "innovative",
  "article_cn": "第五条",
  "type": "cybersecurity",
  "premium": "100000.00",
  "date": "2026-03-01",
  "hdpolicy_version": "0.1.0"
}
