# The README example: 80,000 yuan of R&D insurance -> 40,000.00 under 第四条 (50%), payable the next year (第八条)
run: subsidy --type rd --premium 80000 --date 2026-03-01
exit: 0
stdout:
Subsidy: 40,000.00 yuan
Under: 第四条 (Art. 4) premium subsidy for catalogue insurance products, at 50%
Paid to: the applicant, in 2027
Assumptions:
  - not given: --industry; assumed a tech enterprise in one of the key industries (第二条)
  - not given: --specialized; assumed a "specialized, refined, distinctive and innovative" (专精特新) enterprise (第四条)
  - not given: --upper-subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)
Policy: 海金融发〔2025〕4号
