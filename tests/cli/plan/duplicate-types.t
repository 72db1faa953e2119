# Two cybersecurity 400,000 and ic-tapeout 8,000,000. One by one: 200,000 and
# 200,000 under 第五条 (50% > 30%), leaving 2,600,000 for ic-tapeout: 3,000,000.
# Best: both cybersecurity under 第四条 (2 × 120,000 = 240,000 of its 500,000) and
# ic-tapeout 3,000,000: 3,240,000.
run: plan --date 2026-03-01 --industry ai --specialized yes --product cybersecurity=400000:0 --product cybersecurity=400000:0 --product ic-tapeout=8000000:0
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type                premium  article  rate       subsidy  limited by
1  cybersecurity    400,000.00  第四条    30%    120,000.00
2  cybersecurity    400,000.00  第四条    30%    120,000.00
3  ic-tapeout     8,000,000.00  第五条    50%  3,000,000.00  第五条 annual-cap
Total: 3,240,000.00 yuan
One by one (in the order given, the higher per claim under 第十四条): 3,000,000.00 yuan
Claimed otherwise than one by one:
  1 cybersecurity: claim under 第四条 rather than 第五条, which 第十四条 (the higher, 就高不就低) picks for this claim alone (200,000.00 yuan): the 第五条 cap of 3,000,000.00 yuan is then left to the other products, and the year's total is 3,240,000.00 yuan rather than 3,000,000.00 yuan one by one
  2 cybersecurity: claim under 第四条 rather than 第五条, which 第十四条 (the higher, 就高不就低) picks for this claim alone (200,000.00 yuan): the 第五条 cap of 3,000,000.00 yuan is then left to the other products, and the year's total is 3,240,000.00 yuan rather than 3,000,000.00 yuan one by one
Caps:
cap         article         limit  received     plan uses   room left
inclusive   第三条       2,500.00      0.00          0.00    2,500.00
catalogue   第四条     500,000.00      0.00    240,000.00  260,000.00
innovative  第五条   3,000,000.00      0.00  3,000,000.00        0.00
Policy: 海金融发〔2025〕4号
stderr:
