# The made-up row's option is listed with its help, from the row alone.
run: sh: hdpolicy subsidy --help | grep -e --madeup
exit: 0
stdout:
  --madeup TEXT               A made-up count (tests only)
