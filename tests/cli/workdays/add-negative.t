# Negative N counts back: the same ten workdays as add-national-day.t, reversed.
run: workdays add 2025-10-16 -10
exit: 0
stdout:
2025-09-26
