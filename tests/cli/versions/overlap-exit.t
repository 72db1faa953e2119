# The overlapping successor: check exits 1.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" 2027-06-01 && hdpolicy check "$CASE_TMP/policies" >/dev/null 2>&1
exit: 1
