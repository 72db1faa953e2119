# plan takes one date, so one version: on 2028-03-01, under the successor, rd 2,000,000 × 50% =
# 1,000,000 is cut to its catalogue cap of 600,000, and the caps table lists that version's caps only.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" && hdpolicy plan --policies "$CASE_TMP/policies" --date 2028-03-01 --industry ai --specialized yes --product rd=2000000:0
exit: 0
stdout:
Plan for the year, dated 2028-03-01 (amounts in yuan):
#  type       premium  article  rate     subsidy  limited by
1  rd    2,000,000.00  第四条    50%  600,000.00  第四条 annual-cap
Total: 600,000.00 yuan
One by one (in the order given, the higher per claim under 第十四条): 600,000.00 yuan
Caps:
cap         article         limit  received   plan uses     room left
inclusive   第三条       2,500.00      0.00        0.00      2,500.00
catalogue   第四条     600,000.00      0.00  600,000.00          0.00
innovative  第五条   3,000,000.00      0.00        0.00  3,000,000.00
Policy: 海金融发〔2027〕1号
