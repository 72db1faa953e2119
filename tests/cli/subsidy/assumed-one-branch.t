# 第三条 small or micro, or high-tech certified the year before: with 500 employees the
# first is ruled out (不超过100人), so the answer assumes the second alone, not the alternative.
run: subsidy --type inclusive --premium 2000 --date 2026-03-01 --industry ai --employees 500 --support-years-used 0
exit: 0
stdout:
Subsidy: 2,000.00 yuan
Under: 第三条 (Art. 3) inclusive comprehensive tech insurance group policy, at 100%
Paid to: the insurer, in 2027
Assumptions:
  - not given: --high-tech-year; assumed a national high-tech enterprise certified or re-certified in the year before the claim (第三条)
Policy: 海金融发〔2025〕4号
