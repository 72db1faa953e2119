# The hire's date is the claim's date and required (no default of today);
# graduate "no" beside a school date is a contradiction (implied_by); dates
# out of order are refused naming both facts (not_before, not_after).
run: sh: p="$CASE_DIR/../../shapes/hiring"; hdpolicy eval job-expansion --policies "$p" --birth-date 2001-03-10; echo "exit $?"; hdpolicy eval job-expansion --policies "$p" --hire-date 2025-07-15 --birth-date 2001-03-10 --graduate no --left-school-date 2025-06-30; echo "exit $?"; hdpolicy eval job-expansion --policies "$p" --hire-date 2025-07-15 --birth-date 2025-07-16; echo "exit $?"; hdpolicy eval job-expansion --policies "$p" --hire-date 2025-07-15 --birth-date 2001-03-10 --graduation-date 2025-07-16; echo "exit $?"
exit: 0
stdout:
exit 2
exit 2
exit 2
exit 2
stderr:
hdpolicy: error: --hire-date: required: a date written YYYY-MM-DD
hdpolicy: error: --graduate: 'no' is not accepted: yes, or leave it out, when --left-school-date is given: --graduation-date or --left-school-date given means a college graduate
hdpolicy: error: --hire-date: '2025-07-15' is not accepted: a date on or after --birth-date (2025-07-16)
hdpolicy: error: --graduation-date: '2025-07-16' is not accepted: a date on or before --hire-date (2025-07-15)
