# 第四条 annual cap: 480,000.01 already received leaves 19,999.99 of the 500,000
run: subsidy --type rd --premium 40000 --date 2026-03-01 --industry ai --specialized yes --upper-subsidy 0 --received catalogue=480000.01
exit: 0
stdout:
Subsidy: 19,999.99 yuan
Under: 第四条 (Art. 4) premium subsidy for catalogue insurance products, at 50%
Limited: 20,000.00 yuan by rate, cut by 第四条 (annual-cap)
Paid to: the applicant, in 2027
Policy: 海金融发〔2025〕4号
