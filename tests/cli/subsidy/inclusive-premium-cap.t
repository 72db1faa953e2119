# 第三条: the whole premium up to 2,500 yuan; 3,000 is cut to 2,500 (premium-cap), paid to the insurer (第九条)
run: subsidy --type inclusive --premium 3000 --date 2026-03-01 --industry ic --employees 100 --revenue 10000000 --support-years-used 0 --format json
exit: 0
stdout:
{
  "eligible": true,
  "subsidy": "2500.00",
  "article": "3",
  "rate": "1.00",
  "capped_by": "premium-cap",
  "payee": "insurer",
  "payable_year": 2027,
  "assumptions": [],
  "reasons": [
    "第三条: inclusive comprehensive tech insurance (普惠型综合科技保险) at 100% of the premium 3,000.00 yuan = 3,000.00 yuan, limited to 2,500.00 yuan by 第三条"
  ],
  "alternatives": [],
  "policy": "海金融发〔2025〕4号",
  "rule": "inclusive",
  "article_cn": "第三条",
  "type": "inclusive",
  "premium": "3000.00",
  "date": "2026-03-01",
  "hdpolicy_version": "0.1.0"
}
