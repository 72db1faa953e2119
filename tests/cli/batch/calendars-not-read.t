# batch subsidy does not read the calendars (a broken one does not stop it);
# batch deadline does.
run: sh: cp -r "$POLICIES" p && printf 'year: [\n' > p/calendars/cn/2025.yaml && hdpolicy --policies p batch subsidy --input "$EXAMPLES/applications.csv" --output out.csv 2>/dev/null; echo "subsidy exit $?"; hdpolicy --policies p batch deadline --input "$EXAMPLES/deadlines.csv" --output out2.csv 2>/dev/null; echo "deadline exit $?"
exit: 0
stdout:
subsidy exit 1
deadline exit 2
