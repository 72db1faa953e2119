# The text summary counts in English: "1 row" under each heading, not "1 rows".
# R&D insurance at 50% (第四条) of 80,000 = 40,000.00.
run: sh: printf 'id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy\nB1,E1,2025-10-10,rd,80000,ai,yes,0\n' > rows.csv && hdpolicy batch subsidy --input rows.csv --output out.csv --summary 2>&1 | grep -v '^hdpolicy: warning'
exit: 0
stdout:
rows read: 1
rows failed: 0
rows eligible: 1
total: 40,000.00
by article:
  第三条 (inclusive): 0 rows, 0.00
  第四条 (catalogue): 1 row, 40,000.00
  第五条 (innovative): 0 rows, 0.00
by cap:
  inclusive: 0 rows, 0.00
  catalogue: 1 row, 40,000.00
  innovative: 0 rows, 0.00
enterprises: 1
largest payments:
  line 2: id B1, enterprise E1, 40,000.00 (第四条)
