# --input: the products from a CSV (the issue's example, amounts as in
# issue-example.t); the column insurer is not an input and is passed through.
run: sh: printf 'type,premium,upper_subsidy,insurer\ncybersecurity,400000,0,PICC\nic-tapeout,8000000,0,"Ping An, Beijing"\n' > p.csv && hdpolicy plan --date 2026-03-01 --industry ai --specialized yes --input p.csv
exit: 0
stdout:
Plan for the year, dated 2026-03-01 (amounts in yuan):
#  type                premium  article  rate       subsidy  limited by         insurer
1  cybersecurity    400,000.00  第四条    30%    120,000.00                     PICC
2  ic-tapeout     8,000,000.00  第五条    50%  3,000,000.00  第五条 annual-cap  Ping An, Beijing
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
