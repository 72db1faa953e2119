# Not 专精特新: rd has only 第四条, whose 支持对象 it is not, so it pays nothing; cybersecurity
# still gets 第五条's 50% = 200,000 and, having one article left, no choice.
run: plan --date 2026-03-01 --industry ai --specialized no --product rd=100000:0 --product cybersecurity=400000:0
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type              premium  article  rate     subsidy  limited by
1  rd             100,000.00  -           -        0.00  not eligible
2  cybersecurity  400,000.00  第五条    50%  200,000.00
Total: 200,000.00 yuan
One by one (in the order given, the higher per claim under 第十四条): 200,000.00 yuan
Not eligible:
  1 rd: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
Caps:
cap         article         limit  received   plan uses     room left
inclusive   第三条       2,500.00      0.00        0.00      2,500.00
catalogue   第四条     500,000.00      0.00        0.00    500,000.00
innovative  第五条   3,000,000.00      0.00  200,000.00  2,800,000.00
Policy: 海金融发〔2025〕4号
stderr:
