# Monday 1900-01-01 is the first supported date: one workday before Tuesday
# 1900-01-02 is it, two would be in 1899.
run: sh: hdpolicy workdays add --provisional 1900-01-02 -- -1 && hdpolicy workdays add --provisional 1900-01-02 -- -2
exit: 2
stdout:
1900-01-01 (provisional: no statutory calendar for 1900, weekend rule used)
stderr:
hdpolicy: error: 2 workdays before 1900-01-02 falls before 1900-01-01: dates run from 1900-01-01 to 2299-12-31
