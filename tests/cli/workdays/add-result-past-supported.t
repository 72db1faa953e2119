# By the weekend rule the last workday of the supported dates is Friday
# 2299-12-29 (2299-12-31 is a Sunday): one workday after Thursday 2299-12-28 is
# it, two would be Monday 2300-01-01, refused rather than printed.
run: sh: hdpolicy workdays add 2299-12-28 1 --provisional && hdpolicy workdays add 2299-12-28 2 --provisional
exit: 2
stdout:
2299-12-29 (provisional: no statutory calendar for 2299, weekend rule used)
stderr:
hdpolicy: error: 2 workdays after 2299-12-28 falls after 2299-12-31: dates run from 1900-01-01 to 2299-12-31
