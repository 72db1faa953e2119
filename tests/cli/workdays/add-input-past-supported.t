# 9999-12-31 + 1 used to print 10000-01-03, a date the tool refuses as input.
# Dates run from 1900-01-01 to 2299-12-31, for input and output alike.
run: workdays add 9999-12-31 1 --provisional
exit: 2
stdout:
stderr:
hdpolicy: error: DATE: '9999-12-31' is not accepted: a date from 1900-01-01 to 2299-12-31 (the dates this tool handles)
