# --provisional shows the weekend rule, and says so under the grid.
run: calendar 2027-01 --provisional
exit: 0
stdout-contains:
        January 2027
  provisional: no statutory calendar for 2027, weekend rule used
