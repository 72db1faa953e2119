# A real year outside the supported dates is told the range; 2299-12 is the last month.
run: sh: hdpolicy calendar 2299-12 --provisional --format json | grep '"month"'; hdpolicy calendar 2300; echo "exit $?"; hdpolicy calendar 1899-12; echo "exit $?"
stdout:
  "month": "2299-12",
exit 2
exit 2
stderr:
hdpolicy: error: YYYY-MM: '2300' is not accepted: a month or year from 1900 to 2299 (the dates this tool handles)
hdpolicy: error: YYYY-MM: '1899-12' is not accepted: a month or year from 1900 to 2299 (the dates this tool handles)
