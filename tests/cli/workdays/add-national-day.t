# The issue's first example. 2025 National Day and Mid-autumn Festival (国办发明电
# notice for 2025): rest 10-01..10-08, make-up workdays Sunday 09-28 and Saturday
# 10-11. After Friday 09-26: 09-28, 29, 30, 10-09, 10, 11, 13, 14, 15, 16.
run: workdays add 2025-09-26 10
exit: 0
stdout:
2025-10-16
