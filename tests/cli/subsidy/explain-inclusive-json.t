# --explain in JSON for 第三条: every step's cite is filled, the compound condition's too.
run: subsidy --type inclusive --premium 2000 --date 2026-03-01 --industry ai --employees 50 --revenue 5000000 --support-years-used 0 --explain --format json
exit: 0
stdout:
{
  "eligible": true,
  "subsidy": "2000.00",
  "article": "3",
  "rate": "1.00",
  "capped_by": null,
  "payee": "insurer",
  "payable_year": 2027,
  "assumptions": [],
  "reasons": [
    "第三条: inclusive comprehensive tech insurance (普惠型综合科技保险) at 100% of the premium 2,000.00 yuan = 2,000.00 yuan"
  ],
  "alternatives": [],
  "policy": "海金融发〔2025〕4号",
  "rule": "inclusive",
  "article_cn": "第三条",
  "type": "inclusive",
  "premium": "2000.00",
  "date": "2026-03-01",
  "steps": [
    {
      "text": "Claim: inclusive comprehensive tech insurance (普惠型综合科技保险), premium paid 2,000.00 yuan, dated 2026-03-01"
    },
    {
      "text": "第十五条: the claim date 2026-03-01 is within the effective window 2025-09-16 to 2027-12-31 of 海金融发〔2025〕4号, which applies",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第十五条",
        "quote": "本细则自发布之日起实施,执行期至2027年12月31日。"
      }
    },
    {
      "text": "第三条 (Art. 3) inclusive comprehensive tech insurance group policy: covers inclusive comprehensive tech insurance (普惠型综合科技保险)",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第三条",
        "quote": "给予全额保费支持"
      }
    },
    {
      "text": "第二条: scope: a tech enterprise in one of the key industries (industry is one of ai (人工智能), next-gen-it (新一代信息技术), ic (集成电路), pharma-health (医药健康), smart-equipment (智能装备), energy-saving-env (节能环保), new-materials (新材料), connected-vehicles (智能网联汽车), commercial-space (商业航天), low-altitude (低空经济)) [given: ai (人工智能)]",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第二条",
        "quote": "本细则适用于海淀区重点关注的人工智能、新一代信息技术、集成电路、医药健康、智能装备、节能环保、新材料、智能网联汽车、商业航天、低空经济等重点产业的科技企业。"
      }
    },
    {
      "text": "第三条: who is eligible: either a small or micro tech enterprise (number of employees is at most 100 (不超过) [given: 50] and annual revenue is at most 10,000,000.00 yuan (以下) [given: 5,000,000.00 yuan]) or a national high-tech enterprise certified or re-certified in the year before the claim (high-tech certification year is 2025, the year before the claim) [not given]; and supported for fewer than three years so far (number of years of inclusive support already received is less than 3) [given: 0]",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第三条",
        "quote": "对重点领域内参保普惠型综合科技保险的小微科技企业或国家高新技术企业,给予全额保费支持,原则上对单家企业支持三年"
      }
    },
    {
      "text": "第三条: rate 100%: 2,000.00 yuan × 100% = 2,000.00 yuan (rounded half-up to the fen)",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第三条",
        "quote": "给予全额保费支持"
      }
    },
    {
      "text": "第三条: inclusive policy premium limit per enterprise 2,500.00 yuan; already received this year 0.00 yuan; room 2,500.00 yuan: not cut",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第三条",
        "quote": "普惠型综合科技保险为涵盖研发类、财产类、责任类等相关科技保险的产品组合,单家企业保费金额上限2500元。"
      }
    },
    {
      "text": "第九条: paid to the insurer's bank account",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第九条",
        "quote": "普惠型综合科技保险统保支持资金将统一发放至承保的保险机构银行账户"
      }
    },
    {
      "text": "第八条: payable in 2027, the year after the claim",
      "cite": {
        "document": "海金融发〔2025〕4号",
        "article": "第八条",
        "quote": "审核通过后支持资金纳入财政预算,并在申报下一年度进行政策兑现工作。"
      }
    },
    {
      "text": "Result: 2,000.00 yuan"
    }
  ],
  "hdpolicy_version": "0.1.0"
}
