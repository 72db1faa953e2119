# 150 failed rows: the JSON summary lists the first 100 errors (lines 2 to
# 101) and counts all 150 in "failed"; stderr holds the JSON alone.
run: sh: awk 'BEGIN { print "id,enterprise_id,date,type,premium"; for (i = 1; i <= 150; i++) printf "B%d,E1,2025-10-10,rd,bad%d\n", i, i }' > rows.csv; hdpolicy batch subsidy --input rows.csv --output out.csv --summary --format json 2> summary.json; echo "exit $?"; grep -c '^    "line ' summary.json; grep -E '^  "failed"' summary.json; grep -E '"line (2|101|102):' summary.json | cut -c1-16; head -c1 summary.json; echo; echo "lines that are not JSON: $(grep -vc '^[ {}]' summary.json)"
exit: 0
stdout:
exit 1
100
  "failed": 150,
    "line 2: pre
    "line 101: p
{
lines that are not JSON: 0
