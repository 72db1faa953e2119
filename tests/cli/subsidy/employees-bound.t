# Counts accept exactly what input.hpp documents, 0 to 10^12: 10^12 itself is a
# count, 10^12 + 1 and 13 nines are not, and neither is "-0".
run: sh: for n in 1000000000000 1000000000001 9999999999999 -0; do hdpolicy subsidy --type rd --premium 1 --date 2026-03-01 --employees="$n" > /dev/null; echo "$n: exit $?"; done
stdout:
1000000000000: exit 0
1000000000001: exit 2
9999999999999: exit 2
-0: exit 2
stderr:
hdpolicy: error: --employees: '1000000000001' is not accepted: a whole number from 0 to 10^12 (e.g. 80)
hdpolicy: error: --employees: '9999999999999' is not accepted: a whole number from 0 to 10^12 (e.g. 80)
hdpolicy: error: --employees: '-0' is not accepted: a whole number from 0 to 10^12 (e.g. 80)
