# The batch writes its rows to the descriptor itself: a reader that stops
# early ends it just as quietly, with SIGPIPE ignored too.
run: sh: awk 'BEGIN { print "id,enterprise_id,date,type,premium"; for (i = 1; i <= 100000; i++) printf "A%d,E%d,2025-10-10,rd,80000\n", i, i }' > rows.csv; trap '' PIPE; hdpolicy batch subsidy --input rows.csv --output - 2>err.txt | head -c 5; status=${PIPESTATUS[0]}; echo; echo "status $status"; cat err.txt
exit: 0
stdout:
id,en
status 141
stderr:
