# A row whose deadline would fall after 2299-12-31 fails with its own error
# (exit 1) and the other rows are answered: 2025-01-01 + 1 day is Thursday
# 2025-01-02, a workday; a year from 2299-06-30 and 10,000 months from
# 2200-01-01 end after the supported dates.
run: sh: printf 'from,days,months,years\n2025-01-01,1,,\n2299-06-30,,,1\n2200-01-01,,10000,\n' > in.csv && hdpolicy batch deadline --input in.csv --output - 2>err; echo "exit $?"; cat err
stdout:
from,days,months,years,deadline,error
2025-01-01,1,,,2025-01-02,
2299-06-30,,,1,,the period of 1 year from 2299-06-30 falls after 2299-12-31: dates run from 1900-01-01 to 2299-12-31
2200-01-01,,10000,,,the period of 10000 months from 2200-01-01 falls after 2299-12-31: dates run from 1900-01-01 to 2299-12-31
exit 1
hdpolicy: line 3: the period of 1 year from 2299-06-30 falls after 2299-12-31: dates run from 1900-01-01 to 2299-12-31
hdpolicy: line 4: the period of 10000 months from 2200-01-01 falls after 2299-12-31: dates run from 1900-01-01 to 2299-12-31
