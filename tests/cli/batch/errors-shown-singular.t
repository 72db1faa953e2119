# Without --summary the first ten row errors are printed; "1 more failed
# row" for the eleventh, singular.
run: sh: awk 'BEGIN { print "id,enterprise_id,date,type,premium"; for (i = 1; i <= 11; i++) printf "B%d,E1,2025-10-10,rd,bad%d\n", i, i }' > rows.csv; hdpolicy batch subsidy --input rows.csv --output out.csv 2>&1 | grep -v '^hdpolicy: warning' | cut -c1-40
exit: 0
stdout:
hdpolicy: line 2: premium: 'bad1' is not
hdpolicy: line 3: premium: 'bad2' is not
hdpolicy: line 4: premium: 'bad3' is not
hdpolicy: line 5: premium: 'bad4' is not
hdpolicy: line 6: premium: 'bad5' is not
hdpolicy: line 7: premium: 'bad6' is not
hdpolicy: line 8: premium: 'bad7' is not
hdpolicy: line 9: premium: 'bad8' is not
hdpolicy: line 10: premium: 'bad9' is no
hdpolicy: line 11: premium: 'bad10' is n
hdpolicy: ... and 1 more failed row (see
