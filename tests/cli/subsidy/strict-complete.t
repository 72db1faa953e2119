# --strict with every fact given answers
run: subsidy --type rd --premium 80000 --date 2026-03-01 --strict --industry 人工智能 --specialized 是 --upper-subsidy 0
exit: 0
stdout:
Subsidy: 40,000.00 yuan
Under: 第四条 (Art. 4) premium subsidy for catalogue insurance products, at 50%
Paid to: the applicant, in 2027
Policy: 海金融发〔2025〕4号
