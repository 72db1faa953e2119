# Stacked rules share the annual cap in the order written (第四条): 第二条
# pays 500,000.00, leaving 500,000.00 of the 1,000,000 cap; 第三条's
# 2,500,000.05 x 20% = 500,000.01 is cut to 500,000.00; 1,000,000.00 in all.
run: --policies $CASE_DIR/../../shapes/stacked eval landing-support --newly-settled yes --equipment-cost 2500000.05 --date 2026-03-01 --explain
exit: 0
stdout:
support for newly settled enterprises (example) (示例落〔2026〕3号)
Eligible: yes
Amount: 1,000,000.00 yuan
Rule: settling+equipment (settling reward + R&D equipment subsidy)
Article: 第二条+第三条
Capped by: annual
Payee: applicant
Payable year: 2026
Steps:
 1. 示例落〔2026〕3号 is in force from 2026-01-01 to 2027-12-31; the claim's date 2026-03-01 is within it
    示例落〔2026〕3号 第六条: 「本办法自2026年1月1日起施行,有效期至2027年12月31日。」
 2. 第二条 settling reward, condition met: newly settled in the district [given: yes]
    示例落〔2026〕3号 第二条: 「对新落户本区的企业」
 3. 第二条 settling reward, amount: a fixed 500,000.00 yuan
    示例落〔2026〕3号 第二条: 「给予一次性落户奖励50万元」
 4. the settling reward once per enterprise: 0 times received in all, at most 1; not reached
    示例落〔2026〕3号 第二条: 「同一企业限享受一次」
 5. annual limit of all support per enterprise: 1,000,000.00 yuan left this year; not reached
    示例落〔2026〕3号 第四条: 「单家企业每年获得的支持合计不超过100万元」
 6. 第三条 R&D equipment subsidy, amount: 20% × R&D equipment bought 2,500,000.05 yuan = 500,000.01 yuan, rounded half-up to the fen
    示例落〔2026〕3号 第三条: 「按照设备购置金额的20%给予补贴」
 7. annual limit of all support per enterprise: 500,000.00 yuan left this year; the amount is cut from 500,000.01 yuan to 500,000.00 yuan
    示例落〔2026〕3号 第四条: 「单家企业每年获得的支持合计不超过100万元」
 8. the rules stack: 500,000.00 yuan under 第二条 + 500,000.00 yuan under 第三条, 1,000,000.00 yuan in all
    示例落〔2026〕3号 第四条: 「本办法第二条、第三条所列支持可叠加享受」
 9. paid to: the applicant
    示例落〔2026〕3号 第五条: 「支持资金发放至申报企业开设的银行账户。」
stderr:
