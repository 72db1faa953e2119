# examples/deadlines.csv. Counted by hand on the 2025 notice: D2, 10 workdays
# after 2025-01-20 across the Spring Festival (rest 01-28..02-04, make-up
# workdays 01-26 and 02-08) ends 2025-02-08; D3, 1 day after 2025-09-30 is
# 10-01, a holiday (10-01..10-08), so it rolls to 10-09 (第二百零三条); D4/D5
# clamp to 02-28 (第二百零二条); D6, 3 years, no roll. 2027 has no notice (D7).
run: batch deadline --input $EXAMPLES/deadlines.csv --output -
exit: 1
stdout:
case,from,rule,workdays,days,months,years,deadline,error
D1,2025-09-26,renewal.admission-notice,,,,,2025-11-13,
D2,2025-01-20,,10,,,,2025-02-08,
D3,2025-09-30,,,1,,,2025-10-09,
D4,2025-01-31,,,,1,,2025-02-28,
D5,2024-02-29,,,,,1,2025-02-28,
D6,2025-10-01,insurance.inclusive-support,,,,,2028-10-01,
D7,2027-03-01,,5,,,,,no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory
D8,2025-13-01,,,3,,,,from: '2025-13-01' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
D9,2025-05-01,,3,4,,,,"rule, workdays, days, months, years: give only one of them per row"
