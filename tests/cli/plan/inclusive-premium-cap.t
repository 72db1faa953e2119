# 第三条: full premium support within a premium limit of 2,500 per enterprise,
# shared by the two inclusive policies in the given order: 2,000, then 500.
run: plan --date 2026-03-01 --industry ai --employees 50 --revenue 1000000 --support-years-used 0 --product inclusive=2000 --product inclusive=2000
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type        premium  article  rate   subsidy  limited by
1  inclusive  2,000.00  第三条   100%  2,000.00
2  inclusive  2,000.00  第三条   100%    500.00  第三条 premium-cap
Total: 2,500.00 yuan
One by one (in the order given, the higher per claim under 第十四条): 2,500.00 yuan
Caps:
cap         article         limit  received  plan uses     room left
inclusive   第三条       2,500.00      0.00   2,500.00          0.00
catalogue   第四条     500,000.00      0.00       0.00    500,000.00
innovative  第五条   3,000,000.00      0.00       0.00  3,000,000.00
Policy: 海金融发〔2025〕4号
stderr:
