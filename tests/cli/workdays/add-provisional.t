# --provisional: Dec 21-25, 28-31 are nine workdays of 2026; the tenth is judged
# by the weekend rule (Friday 2027-01-01) and the answer says so.
run: workdays add 2026-12-20 10 --provisional
exit: 0
stdout:
2027-01-01 (provisional: no statutory calendar for 2027, weekend rule used)
