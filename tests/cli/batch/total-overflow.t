# The batch's sums are checked: with the 第三条 cap raised to the largest amount
# accepted (10^15 yuan) and rows paying all of it, 92 rows fit in 64-bit fen
# (92 × 10^17 < 2^63 - 1 ≈ 92.2 × 10^17) and the 93rd would not. It fails with
# a row error (exit 1) instead of wrapping the totals negative.
run: sh: cp -r "$POLICIES" p && sed -i 's/^\( *\)amount: 2500.00$/\1amount: 1000000000000000.00/' p/tech-insurance.yaml && { echo id,enterprise_id,date,type,premium; for i in $(seq 1 93); do echo "A$i,E$i,2026-03-01,inclusive,1000000000000000"; done; } > in.csv && hdpolicy --policies p batch subsidy --input in.csv --output out.csv --summary 2>err; echo "exit $?"; tail -2 out.csv | cut -d, -f1,6-; grep -v warning err | head -6
stdout:
exit 1
A92,yes,1000000000000000.00,3,,insurer,2027,"assumed: industry,employees,revenue,high_tech_year,support_years_used",
A93,,,,,,,,"the batch's total would pass 92,233,720,368,547,758.07 yuan, the most this tool sums exactly: split the input into smaller files"
hdpolicy: line 94: the batch's total would pass 92,233,720,368,547,758.07 yuan, the most this tool sums exactly: split the input into smaller files
rows read: 93
rows failed: 1
rows eligible: 92
total: 92,000,000,000,000,000.00
by article:
