# Brackets (tests/shapes/policies/rd-reward.yaml 第三条): increase 5,000,100 =
# 10% x 5,000,000 + 5% x 100 = 500,005.00; growth 50% >= 20% (第二条, 以上); paid the
# year after the claim (第四条). The derived increase is worded as the law states it.
run: --policies $CASE_DIR/../../shapes/policies eval rd-reward --rd-this-year 15000100 --rd-last-year 10000000 --date 2026-03-01 --format json --explain
exit: 0
stdout:
{
  "policy": "rd-reward",
  "document": "示例研〔2026〕2号",
  "eligible": true,
  "amount": "500005.00",
  "rule": "growth",
  "article": "第三条",
  "capped_by": null,
  "payee": "applicant",
  "payable_year": 2027,
  "assumptions": [],
  "reasons": [],
  "steps": [
    {
      "text": "示例研〔2026〕2号 is in force from 2026-01-01 to 2027-12-31; the claim's date 2026-03-01 is within it",
      "cite": {
        "document": "示例研〔2026〕2号",
        "article": "第五条",
        "quote": "本办法自2026年1月1日起施行,有效期至2027年12月31日。"
      }
    },
    {
      "text": "第三条 reward for R&D investment growth, condition met: R&D investment grew by at least 20% year on year (year-on-year increase of R&D investment is at least 20% of R&D investment last year (以上)) [given: 5,000,100.00 yuan]",
      "cite": {
        "document": "示例研〔2026〕2号",
        "article": "第二条",
        "quote": "对研发投入同比增幅20%以上的企业给予奖励。"
      }
    },
    {
      "text": "第三条 reward for R&D investment growth, amount: year-on-year increase of R&D investment 5,000,100.00 yuan: 10% of the part up to 5,000,000.00 yuan, 5% of the part above = 500,005.00 yuan, rounded half-up to the fen",
      "cite": {
        "document": "示例研〔2026〕2号",
        "article": "第三条",
        "quote": "按照研发投入同比增加额给予奖励"
      }
    },
    {
      "text": "annual limit per enterprise: 2,000,000.00 yuan left this year; not reached",
      "cite": {
        "document": "示例研〔2026〕2号",
        "article": "第三条",
        "quote": "单家企业每年奖励金额最高不超过200万元。"
      }
    },
    {
      "text": "payable in the year after the claim, 2027",
      "cite": {
        "document": "示例研〔2026〕2号",
        "article": "第四条",
        "quote": "奖励资金纳入财政预算,于申报下一年度兑付。"
      }
    }
  ],
  "hdpolicy_version": "0.1.0"
}
stderr:
