run: calendar 2027-01
exit: 2
stderr:
hdpolicy: error: no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory
