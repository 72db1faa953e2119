# A write to the output file fails (here a 10 KB file size limit, as a full
# disk would): exit 2 naming the file, no summary, the temporary file
# removed, the earlier results.csv left as it was. Twice: 20,000 rows (about
# 2.1 MB of output), where a block written on the output thread fails while
# rows are still being computed, and 200 rows (about 21 KB, less than the
# 1 MiB block), where the only block fails and that is known only at the end.
run: sh: for n in 20000 200; do awk -v n=$n 'BEGIN { print "id,enterprise_id,date,type,premium"; for (i = 1; i <= n; i++) printf "B%d,E%d,2025-10-10,rd,80000\n", i, i }' > rows.csv; echo earlier > results.csv; (trap '' XFSZ; ulimit -f 10; hdpolicy batch subsidy --input rows.csv --output results.csv --summary 2>&1); echo "exit $?"; ls; cat results.csv; done
exit: 0
stdout:
hdpolicy: error: --output: could not write 'results.csv': File too large
exit 2
results.csv
rows.csv
earlier
hdpolicy: error: --output: could not write 'results.csv': File too large
exit 2
results.csv
rows.csv
earlier
