# Without --strict the same plan answers and lists what it assumed: rd 80,000
# × 50% = 40,000 under 第四条, the all-levels limit assumed to leave room.
run: plan --date 2026-03-01 --industry ai --specialized yes --product cybersecurity=400000:0 --product rd=80000
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type              premium  article  rate     subsidy  limited by
1  cybersecurity  400,000.00  第五条    50%  200,000.00
2  rd              80,000.00  第四条    50%   40,000.00
Total: 240,000.00 yuan
One by one (in the order given, the higher per claim under 第十四条): 240,000.00 yuan
Caps:
cap         article         limit  received   plan uses     room left
inclusive   第三条       2,500.00      0.00        0.00      2,500.00
catalogue   第四条     500,000.00      0.00   40,000.00    460,000.00
innovative  第五条   3,000,000.00      0.00  200,000.00  2,800,000.00
Assumptions:
  - product 2: not given: upper_subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)
Policy: 海金融发〔2025〕4号
stderr:
