# The JSON contract of issue #12 on its example (amounts worked out in issue-example.t).
run: plan --date 2026-03-01 --industry ai --specialized yes --product cybersecurity=400000:0 --product ic-tapeout=8000000:0 --format json
exit: 0
stdout:
{
  "date": "2026-03-01",
  "total": "3120000.00",
  "sequential_total": "3000000.00",
  "products": [
    {
      "type": "cybersecurity",
      "premium": "400000.00",
      "upper_subsidy": "0.00",
      "eligible": true,
      "article": "4",
      "rule": "catalogue",
      "rate": "0.30",
      "subsidy": "120000.00",
      "capped_by": null,
      "reason": "第四条: cybersecurity insurance (网络安全险) at 30% of the premium 400,000.00 yuan = 120,000.00 yuan; claim under 第四条 rather than 第五条, which 第十四条 (the higher, 就高不就低) picks for this claim alone (200,000.00 yuan): the 第五条 cap of 3,000,000.00 yuan is then left to the other products, and the year's total is 3,120,000.00 yuan rather than 3,000,000.00 yuan one by one",
      "sequential_article": "5",
      "sequential_subsidy": "200000.00",
      "claimed_differently": true
    },
    {
      "type": "ic-tapeout",
      "premium": "8000000.00",
      "upper_subsidy": "0.00",
      "eligible": true,
      "article": "5",
      "rule": "innovative",
      "rate": "0.50",
      "subsidy": "3000000.00",
      "capped_by": "annual-cap",
      "reason": "第五条: first IC tape-out insurance (集成电路首次流片险) at 50% of the premium 8,000,000.00 yuan = 4,000,000.00 yuan, limited to 3,000,000.00 yuan by 第五条",
      "sequential_article": "5",
      "sequential_subsidy": "2800000.00",
      "claimed_differently": false
    }
  ],
  "caps": [
    {
      "id": "inclusive",
      "article": "第三条",
      "limit": "2500.00",
      "received": "0.00",
      "used": "0.00",
      "room": "2500.00"
    },
    {
      "id": "catalogue",
      "article": "第四条",
      "limit": "500000.00",
      "received": "0.00",
      "used": "120000.00",
      "room": "380000.00"
    },
    {
      "id": "innovative",
      "article": "第五条",
      "limit": "3000000.00",
      "received": "0.00",
      "used": "3000000.00",
      "room": "0.00"
    }
  ],
  "assumptions": [],
  "choices": 1,
  "policy": "海金融发〔2025〕4号",
  "hdpolicy_version": "0.1.0"
}
stderr:
