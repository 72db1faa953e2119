# --received: 480,000.01 under 第四条 leaves 19,999.99 of its 500,000, so rd 40,000
# × 50% = 20,000 is cut to 19,999.99 and 第四条 is full; 2,900,000 under 第五条
# leaves 100,000, so cybersecurity (第五条 50% = 200,000) gets 100,000, while
# 第四条 has nothing left for it. Total 119,999.99, one by one the same.
run: plan --date 2026-03-01 --industry ai --specialized yes --received catalogue=480000.01 --received innovative=2900000 --product rd=40000:0 --product cybersecurity=400000:0
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type              premium  article  rate     subsidy  limited by
1  rd              40,000.00  第四条    50%   19,999.99  第四条 annual-cap
2  cybersecurity  400,000.00  第五条    50%  100,000.00  第五条 annual-cap
Total: 119,999.99 yuan
One by one (in the order given, the higher per claim under 第十四条): 119,999.99 yuan
Caps:
cap         article         limit      received   plan uses  room left
inclusive   第三条       2,500.00          0.00        0.00   2,500.00
catalogue   第四条     500,000.00    480,000.01   19,999.99       0.00
innovative  第五条   3,000,000.00  2,900,000.00  100,000.00       0.00
Policy: 海金融发〔2025〕4号
stderr:
