# The only block of a small output fails to be written (a 10 KB file size
# limit; the output of 200 rows is about 21 KB, less than the 1 MiB block
# the batch writes at once), so the failure is known only when the run
# ends, after the last row: exit 2 naming the file, no summary, the
# temporary file removed, the earlier results.csv left as it was.
run: sh: awk 'BEGIN { print "id,enterprise_id,date,type,premium"; for (i = 1; i <= 200; i++) printf "B%d,E%d,2025-10-10,rd,80000\n", i, i }' > rows.csv; echo earlier > results.csv; (trap '' XFSZ; ulimit -f 10; hdpolicy batch subsidy --input rows.csv --output results.csv --summary 2>&1); echo "exit $?"; ls; cat results.csv
exit: 0
stdout:
hdpolicy: error: --output: could not write 'results.csv': File too large
exit 2
results.csv
rows.csv
earlier
