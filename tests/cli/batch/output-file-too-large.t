# A write to the output file fails halfway (here a 10 KB file size limit,
# as a full disk would): exit 2 naming the file, the temporary file removed,
# the earlier results.csv left as it was.
run: sh: awk 'BEGIN { print "id,enterprise_id,date,type,premium"; for (i = 1; i <= 20000; i++) printf "B%d,E%d,2025-10-10,rd,80000\n", i, i }' > rows.csv; echo earlier > results.csv; (trap '' XFSZ; ulimit -f 10; hdpolicy batch subsidy --input rows.csv --output results.csv 2>&1); echo "exit $?"; ls; cat results.csv
exit: 0
stdout:
hdpolicy: error: --output: could not write 'results.csv': File too large
exit 2
results.csv
rows.csv
earlier
