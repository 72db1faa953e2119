# 第四条's all-levels limit per product: three-firsts 1,000,000 premium with 900,000
# from the national and municipal levels: 20% = 200,000, but all levels together
# within the premium leave the district 1,000,000 − 900,000 = 100,000.
run: plan --date 2026-03-01 --industry ai --specialized yes --product three-firsts=1000000:900000
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type               premium  article  rate     subsidy  limited by
1  three-firsts  1,000,000.00  第四条    20%  100,000.00  第四条 all-levels
Total: 100,000.00 yuan
One by one (in the order given, the higher per claim under 第十四条): 100,000.00 yuan
Caps:
cap         article         limit  received   plan uses     room left
inclusive   第三条       2,500.00      0.00        0.00      2,500.00
catalogue   第四条     500,000.00      0.00  100,000.00    400,000.00
innovative  第五条   3,000,000.00      0.00        0.00  3,000,000.00
Policy: 海金融发〔2025〕4号
stderr:
