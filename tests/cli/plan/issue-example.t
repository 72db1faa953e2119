# Issue #12's example. One by one (第十四条 per claim): cybersecurity takes 第五条,
# 50% × 400,000 = 200,000 (第四条: 30% = 120,000), leaving 2,800,000 of 第五条's
# 3,000,000 for ic-tapeout (50% × 8,000,000 = 4,000,000): 3,000,000. Best:
# cybersecurity under 第四条 (120,000 of its separate 500,000), ic-tapeout 3,000,000:
# 3,120,000. Caps: 第四条 500,000 − 120,000 = 380,000 left; 第五条 none.
run: plan --date 2026-03-01 --industry ai --specialized yes --product cybersecurity=400000:0 --product ic-tapeout=8000000:0
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type                premium  article  rate       subsidy  limited by
1  cybersecurity    400,000.00  第四条    30%    120,000.00
2  ic-tapeout     8,000,000.00  第五条    50%  3,000,000.00  第五条 annual-cap
Total: 3,120,000.00 yuan
One by one (in the order given, the higher per claim under 第十四条): 3,000,000.00 yuan
Claimed otherwise than one by one:
  1 cybersecurity: claim under 第四条 rather than 第五条, which 第十四条 (the higher, 就高不就低) picks for this claim alone (200,000.00 yuan): the 第五条 cap of 3,000,000.00 yuan is then left to the other products, and the year's total is 3,120,000.00 yuan rather than 3,000,000.00 yuan one by one
Caps:
cap         article         limit  received     plan uses   room left
inclusive   第三条       2,500.00      0.00          0.00    2,500.00
catalogue   第四条     500,000.00      0.00    120,000.00  380,000.00
innovative  第五条   3,000,000.00      0.00  3,000,000.00        0.00
Policy: 海金融发〔2025〕4号
stderr:
